// Caption, mask, settings and take commands: redo -> undo -> redo, merging per gesture, empty edits.

#include "CoreTestSupport.h"

#include "core/commands/CaptionCommands.h"
#include "core/commands/MaskCommands.h"
#include "core/commands/SettingsCommands.h"
#include "core/commands/TakeCommands.h"

#include <QTest>

using namespace foley;
using namespace foley::core;

class TstProjectCommands : public QObject {
    Q_OBJECT

private:
    static void seed(Project& project)
    {
        QVERIFY(project.restoreState(foley::core::testing::richState(QStringLiteral("/m/v.mp4"), QStringLiteral("/m/t.wav"))));
    }

private slots:
    // --- captions ---
    void userEditMakesCaptionOriginUser()
    {
        Project project;
        seed(project);
        QCOMPARE(project.captions().caption().origin, CaptionOrigin::Mllm);
        FOLEY_VERIFY_ROUND_TRIP(project, new EditCaptionTextCommand(&project.captions(), QStringLiteral("footsteps")));
        QCOMPARE(project.captions().caption().origin, CaptionOrigin::User);
        project.undoStack().undo();
        QCOMPARE(project.captions().caption().origin, CaptionOrigin::Mllm);
    }

    void machineCaptionKeepsItsOrigin()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, new SetCaptionCommand(&project.captions(), Caption{QStringLiteral("rain"), CaptionOrigin::Detector}));
        QCOMPARE(project.captions().caption().origin, CaptionOrigin::Detector);
    }

    void typingMergesPerSession()
    {
        Project project;
        seed(project);
        const QString original = project.captions().caption().text;
        const GestureId typing = project.newGestureId();
        QString text;
        for (QChar c : QStringLiteral("steps")) {
            text += c;
            QVERIFY(project.push(new EditCaptionTextCommand(&project.captions(), text, typing)));
        }
        QCOMPARE(project.undoStack().count(), 1);
        project.undoStack().undo();
        QCOMPARE(project.captions().caption().text, original);
    }

    void negativeAndQualityTag()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, new SetPromptFieldCommand(&project.captions(), PromptField::NegativePrompt, QStringLiteral("wind")));
        QCOMPARE(project.captions().negativePrompt(), QStringLiteral("wind"));
        FOLEY_VERIFY_ROUND_TRIP(project, new SetPromptFieldCommand(&project.captions(), PromptField::QualityTag, QString()));
        QCOMPARE(project.captions().qualityTag(), QString());
        const GestureId typing = project.newGestureId();
        QVERIFY(project.push(new SetPromptFieldCommand(&project.captions(), PromptField::NegativePrompt, QStringLiteral("w"), typing)));
        // A different field with the same gesture id does not merge.
        QVERIFY(project.push(new SetPromptFieldCommand(&project.captions(), PromptField::QualityTag, QStringLiteral("hq"), typing)));
        QCOMPARE(project.undoStack().count(), 4);
    }

    void captionSegments()
    {
        Project project;
        seed(project);
        auto* add = new AddCaptionSegmentCommand(&project.captions(), CaptionSegment{kInvalidId, 1000, 2000, QStringLiteral("thud"), CaptionOrigin::Detector});
        const SegmentId id = add->segmentId();
        FOLEY_VERIFY_ROUND_TRIP(project, add);
        QCOMPARE(project.captions().segment(id)->text, QStringLiteral("thud"));

        FOLEY_VERIFY_ROUND_TRIP(project, new EditCaptionSegmentCommand(&project.captions(), id, CaptionSegmentEdit{std::nullopt, 3000, QStringLiteral("heavy thud")}));
        QCOMPARE(project.captions().segment(id)->end, SampleTime(3000));
        QCOMPARE(project.captions().segment(id)->origin, CaptionOrigin::User);  // text edited by the user

        const GestureId drag = project.newGestureId();
        for (SampleTime start : {1100, 1200, 1300}) {
            QVERIFY(project.push(new EditCaptionSegmentCommand(&project.captions(), id, CaptionSegmentEdit{start, std::nullopt, std::nullopt}, drag)));
        }
        QCOMPARE(project.undoStack().count(), 3);
        QCOMPARE(project.captions().segment(id)->start, SampleTime(1300));

        FOLEY_VERIFY_ROUND_TRIP(project, new RemoveCaptionSegmentCommand(&project.captions(), id));
        QVERIFY(!project.captions().segment(id));
        QVERIFY(!project.push(new RemoveCaptionSegmentCommand(&project.captions(), id)));
        QVERIFY(!project.push(new EditCaptionSegmentCommand(&project.captions(), 3, CaptionSegmentEdit{})));
    }

    // --- mask ---
    void paintMaskRange()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, new PaintMaskCommand(&project.mask(), 30, {0.2f, 0.4f, 0.6f}));
        QCOMPARE(project.mask().value(31), 0.4f);
        QCOMPARE(project.mask().value(33), 0.0f);
    }

    void paintStrokeMergesIntoOneStep()
    {
        Project project;
        seed(project);
        const ProjectState original = project.state();
        const GestureId stroke = project.newGestureId();
        // A fast stroke: overlapping dabs (frame 42 is painted twice: its "before" must stay the
        // original 0), a jump that leaves a gap (frames 45..49 untouched), then a dab over frames that
        // had values before the stroke (10..12 were 0.7).
        QVERIFY(project.push(new PaintMaskCommand(&project.mask(), 40, {0.5f, 0.5f, 0.5f}, stroke)));
        QVERIFY(project.push(new PaintMaskCommand(&project.mask(), 42, {0.8f, 0.8f, 0.8f}, stroke)));
        QVERIFY(project.push(new PaintMaskCommand(&project.mask(), 50, {1.0f}, stroke)));
        QVERIFY(project.push(new PaintMaskCommand(&project.mask(), 8, std::vector<float>(5, 0.9f), stroke)));  // overlaps 10..12 (0.7)
        QCOMPARE(project.undoStack().count(), 1);
        QCOMPARE(project.mask().value(42), 0.8f);
        QCOMPARE(project.mask().value(47), 0.0f);
        QCOMPARE(project.mask().value(11), 0.9f);
        const ProjectState painted = project.state();
        project.undoStack().undo();
        QVERIFY(project.state() == original);
        QCOMPARE(project.mask().value(11), 0.7f);
        project.undoStack().redo();
        QVERIFY(project.state() == painted);
    }

    void emptyPaintPushesNothing()
    {
        Project project;
        seed(project);
        QVERIFY(!project.push(new PaintMaskCommand(&project.mask(), 10, {0.7f, 0.7f})));  // same values
        QVERIFY(!project.push(new PaintMaskCommand(&project.mask(), 5000, {1.0f})));       // beyond the curve
        QVERIFY(!project.push(new PaintMaskCommand(&project.mask(), 0, {})));
        QCOMPARE(project.undoStack().count(), 0);
    }

    // --- settings ---
    void changeSettings()
    {
        Project project;
        seed(project);
        GenerationParameters p = project.settings().parameters();
        p.steps = 12;
        p.region.reset();
        p.seed = -5;
        FOLEY_VERIFY_ROUND_TRIP(project, new ChangeGenerationSettingsCommand(&project.settings(), p));
        QCOMPARE(project.settings().parameters().steps, 12);
        QVERIFY(!project.settings().parameters().region);
        const GestureId slider = project.newGestureId();
        for (double g : {1.0, 2.0, 3.0}) {
            p.guidance = g;
            QVERIFY(project.push(new ChangeGenerationSettingsCommand(&project.settings(), p, slider)));
        }
        QCOMPARE(project.undoStack().count(), 2);
        QVERIFY(!project.push(new ChangeGenerationSettingsCommand(&project.settings(), p)));
    }

    // --- takes ---
    void addTakeBecomesActive()
    {
        Project project;
        seed(project);
        Take take;
        take.audioPath = QStringLiteral("/m/take3.wav");
        auto* add = new AddTakeCommand(&project.takes(), take);
        const TakeId id = add->takeId();
        QVERIFY(id > 9);
        FOLEY_VERIFY_ROUND_TRIP(project, add);
        QCOMPARE(project.takes().activeTakeId(), id);
        QCOMPARE(project.takes().take(id)->name, QStringLiteral("Take 3"));
        project.undoStack().undo();
        QCOMPARE(project.takes().activeTakeId(), TakeId(4));
    }

    void removeActiveTakeAndUndo()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, new RemoveTakeCommand(&project.takes(), 4));
        QCOMPARE(project.takes().activeTakeId(), kInvalidId);
        QCOMPARE(project.takes().count(), 1);
        project.undoStack().undo();
        QCOMPARE(project.takes().takes().first().id, TakeId(4));  // back at its place
        QCOMPARE(project.takes().activeTakeId(), TakeId(4));
        QVERIFY(!project.push(new RemoveTakeCommand(&project.takes(), 1234)));
    }

    void renameAndActivateTake()
    {
        Project project;
        seed(project);
        FOLEY_VERIFY_ROUND_TRIP(project, new RenameTakeCommand(&project.takes(), 9, QStringLiteral("  Glass, final  ")));
        QCOMPARE(project.takes().take(9)->name, QStringLiteral("Glass, final"));
        QVERIFY(!project.push(new RenameTakeCommand(&project.takes(), 9, QStringLiteral("   "))));
        FOLEY_VERIFY_ROUND_TRIP(project, new SetActiveTakeCommand(&project.takes(), 9));
        QCOMPARE(project.takes().activeTakeId(), TakeId(9));
        QVERIFY(!project.push(new SetActiveTakeCommand(&project.takes(), 9)));
        QVERIFY(!project.push(new SetActiveTakeCommand(&project.takes(), 555)));
        FOLEY_VERIFY_ROUND_TRIP(project, new SetActiveTakeCommand(&project.takes(), kInvalidId));
    }

    void commandsHaveReadableText()
    {
        Project project;
        seed(project);
        QVERIFY(project.push(new RemoveTakeCommand(&project.takes(), 9)));
        QCOMPARE(project.undoStack().undoText(), QStringLiteral("Delete take \"Take 2\""));
    }
};

QTEST_GUILESS_MAIN(TstProjectCommands)
#include "tst_projectcommands.moc"
