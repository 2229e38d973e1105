// Onset commands: every one goes redo -> undo -> redo; drags merge into one step; accept-all is one
// step; an empty edit pushes nothing and keeps the redo history.

#include "CoreTestSupport.h"

#include "core/commands/OnsetCommands.h"

#include <QTest>

using namespace foley;
using namespace foley::core;
using foley::core::testing::makeOnset;

class TstOnsetCommands : public QObject {
    Q_OBJECT

private:
    // Three onsets at 1 s, 2 s, 3 s with ids 1..3; the stack is empty and clean.
    static void seed(Project& project)
    {
        ProjectState s;
        s.onsets = {makeOnset(1, 48000, 0.5, QStringLiteral("a")), makeOnset(2, 96000, 0.6),
                    makeOnset(3, 144000, 0.7, {}, OnsetOrigin::Detected)};
        QVERIFY(project.restoreState(s));
    }

private slots:
    void addOnset()
    {
        Project project;
        seed(project);
        auto* add = new AddOnsetCommand(&project.onsets(), makeOnset(kInvalidId, 12345, 0.4, QStringLiteral("tap")));
        const OnsetId id = add->onsetId();
        QVERIFY(id > 3);  // fresh id allocated in the constructor, stable across undo/redo
        QCOMPARE(project.onsets().count(), 3);  // the constructor did not mutate
        FOLEY_VERIFY_ROUND_TRIP(project, add);
        QCOMPARE(project.onsets().onset(id)->time, SampleTime(12345));
        QCOMPARE(project.onsets().onsets().first().id, id);  // sorted in front
    }

    void removeOnsets()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, new RemoveOnsetsCommand(&project.onsets(), {1, 3, 99}));
        QCOMPARE(project.onsets().count(), 1);
        project.undoStack().undo();
        QCOMPARE(project.onsets().onset(3)->origin, OnsetOrigin::Detected);  // restored exactly
        QCOMPARE(project.onsets().onset(1)->label, QStringLiteral("a"));
    }

    void moveSelectionIsOneCommand()
    {
        Project project;
        seed(project);
        auto* move = MoveOnsetsCommand::byOffset(&project.onsets(), {1, 2}, 4800);
        QCOMPARE(project.onsets().onset(1)->time, SampleTime(48000));
        FOLEY_VERIFY_ROUND_TRIP(project, move);
        QCOMPARE(project.undoStack().count(), 1);
        QCOMPARE(project.onsets().onset(1)->time, SampleTime(52800));
        QCOMPARE(project.onsets().onset(2)->time, SampleTime(100800));
        QCOMPARE(project.onsets().onset(3)->time, SampleTime(144000));
    }

    void moveAcrossNeighboursResorts()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, new MoveOnsetsCommand(&project.onsets(), {{1, 200000}}));
        QCOMPARE(project.onsets().onsets().last().id, OnsetId(1));
        project.undoStack().undo();
        QCOMPARE(project.onsets().onsets().first().id, OnsetId(1));
    }

    void moveClampsAtZero()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, MoveOnsetsCommand::byOffset(&project.onsets(), {1}, -100000));
        QCOMPARE(project.onsets().onset(1)->time, SampleTime(0));
    }

    void dragMergesIntoOneStep()
    {
        Project project;
        seed(project);
        const ProjectState original = project.state();
        const GestureId drag = project.newGestureId();
        for (int step = 1; step <= 20; ++step) {
            QVERIFY(project.push(new MoveOnsetsCommand(&project.onsets(), {{2, 96000 + step * 480}, {3, 144000 + step * 480}}, drag)));
        }
        QCOMPARE(project.undoStack().count(), 1);
        QCOMPARE(project.onsets().onset(2)->time, SampleTime(96000 + 9600));
        const ProjectState dragged = project.state();
        project.undoStack().undo();
        QVERIFY(project.state() == original);
        project.undoStack().redo();
        QVERIFY(project.state() == dragged);
        // A new gesture is a new step.
        QVERIFY(project.push(MoveOnsetsCommand::byOffset(&project.onsets(), {2}, 10, project.newGestureId())));
        QCOMPARE(project.undoStack().count(), 2);
    }

    void dragThatGrowsTheSelectionMerges()
    {
        Project project;
        seed(project);
        const ProjectState original = project.state();
        const GestureId drag = project.newGestureId();
        QVERIFY(project.push(MoveOnsetsCommand::byOffset(&project.onsets(), {1}, 100, drag)));
        QVERIFY(project.push(MoveOnsetsCommand::byOffset(&project.onsets(), {1, 2}, 100, drag)));
        QCOMPARE(project.undoStack().count(), 1);
        QCOMPARE(project.onsets().onset(1)->time, SampleTime(48200));
        QCOMPARE(project.onsets().onset(2)->time, SampleTime(96100));
        project.undoStack().undo();
        QVERIFY(project.state() == original);
    }

    void dragBackToStartLeavesNoStep()
    {
        Project project;
        seed(project);
        const GestureId drag = project.newGestureId();
        QVERIFY(project.push(MoveOnsetsCommand::byOffset(&project.onsets(), {1}, 500, drag)));
        QVERIFY(project.push(MoveOnsetsCommand::byOffset(&project.onsets(), {1}, -500, drag)));
        QCOMPARE(project.undoStack().count(), 0);
        QVERIFY(!project.isModified());
    }

    void strengthGestureMerges()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, new SetOnsetStrengthCommand(&project.onsets(), {{1, 0.9}, {2, 1.5}}));
        QCOMPARE(project.onsets().onset(2)->strength, 1.0);  // clamped
        const GestureId wheel = project.newGestureId();
        for (double s : {0.1, 0.2, 0.3}) QVERIFY(project.push(new SetOnsetStrengthCommand(&project.onsets(), {{3, s}}, wheel)));
        QCOMPARE(project.undoStack().count(), 2);
        project.undoStack().undo();
        QCOMPARE(project.onsets().onset(3)->strength, 0.7);
    }

    void relabel()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, new RelabelOnsetsCommand(&project.onsets(), {2, 3}, QStringLiteral("glass")));
        QCOMPARE(project.onsets().onset(3)->label, QStringLiteral("glass"));
        QCOMPARE(project.onsets().onset(1)->label, QStringLiteral("a"));
    }

    void acceptAllProposalsIsOneStep()
    {
        Project project;
        seed(project);
        OnsetSampleTimeList proposals;
        for (int i = 0; i < 5; ++i) proposals.append(makeOnset(kInvalidId, 10000 + i * 1000, 0.8, {}, OnsetOrigin::Detected));
        auto* accept = new AcceptOnsetProposalsCommand(&project.onsets(), proposals);
        const QList<OnsetId> ids = accept->onsetIds();
        QCOMPARE(ids.size(), 5);
        FOLEY_VERIFY_ROUND_TRIP(project, accept);
        QCOMPARE(project.onsets().count(), 8);
        for (OnsetId id : ids) QCOMPARE(project.onsets().onset(id)->origin, OnsetOrigin::Detected);
        project.undoStack().undo();
        QCOMPARE(project.onsets().count(), 3);
        project.undoStack().redo();
        QCOMPARE(project.onsets().onset(ids.last())->time, SampleTime(14000));  // same ids after redo
    }

    void replaceAllOnsets()
    {
        Project project;
        seed(project);
        const OnsetSampleTimeList imported = {makeOnset(kInvalidId, 7), makeOnset(kInvalidId, 5), makeOnset(kInvalidId, 9)};
        FOLEY_VERIFY_ROUND_TRIP(project, new ReplaceOnsetsCommand(&project.onsets(), imported));
        QCOMPARE(project.onsets().count(), 3);
        QCOMPARE(project.onsets().onsets()[0].time, SampleTime(5));
        QVERIFY(!project.onsets().contains(1));
    }

    void emptyEditsPushNothing()
    {
        Project project;
        seed(project);
        QVERIFY(project.push(MoveOnsetsCommand::byOffset(&project.onsets(), {1}, 10)));
        project.undoStack().undo();
        QVERIFY(project.undoStack().canRedo());
        OnsetTrack* track = &project.onsets();
        QVERIFY(!project.push(new MoveOnsetsCommand(track, {{1, 48000}})));          // already there
        QVERIFY(!project.push(MoveOnsetsCommand::byOffset(track, {}, 100)));           // nothing selected
        QVERIFY(!project.push(new MoveOnsetsCommand(track, {{42, 5}})));             // unknown id
        QVERIFY(!project.push(new SetOnsetStrengthCommand(track, {{1, 0.5}})));
        QVERIFY(!project.push(new RelabelOnsetsCommand(track, {1}, QStringLiteral("a"))));
        QVERIFY(!project.push(new RemoveOnsetsCommand(track, {77})));
        QVERIFY(!project.push(new AcceptOnsetProposalsCommand(track, {})));
        QVERIFY(!project.push(new ReplaceOnsetsCommand(track, track->onsets())));
        QCOMPARE(project.undoStack().count(), 1);
        QVERIFY(project.undoStack().canRedo());  // the redo history survived
        QVERIFY(!project.isModified());
    }
};

QTEST_GUILESS_MAIN(TstOnsetCommands)
#include "tst_onsetcommands.moc"
