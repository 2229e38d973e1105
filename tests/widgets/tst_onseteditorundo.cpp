// The onset editor's intents through the app's own wiring (IntentRouter) and the real commands (core/commands) on
// a project's undo stack: every gesture changes the model as asked, is one undo step, and undo → redo restores it
// exactly.
#include "WidgetTestSupport.h"

#include "app/gui/IntentRouter.h"
#include "core/model/OnsetProposals.h"
#include "core/model/Project.h"
#include "core/timeline/TimelineState.h"
#include "widgets/onsets/OnsetSelection.h"
#include "widgets/onsets/OnsetTableModel.h"
#include "widgets/onsets/OnsetTableView.h"
#include "widgets/onsets/OnsetTrackEditor.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>

#include <memory>

using namespace foley;
using foley::widgets::EditTool;
using foley::widgets::OnsetTrackEditor;

namespace {

constexpr SampleTime kSecond = kProjectRate;
constexpr SampleTime kFrame = kProjectRate / 25;

}  // namespace

class TstOnsetEditorUndo : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tapUndoRedo();
    void dragIsLiveAndOneStep();
    void escapeDuringDragLeavesNothing();
    void rubberBandDeleteUndoRedo();
    void nudgesAreSeparateSteps();
    void wheelStrengthMergesIntoOneStep();
    void maskStrokeUndoRedo();
    void tableRelabelUndoRedo();
    void acceptingProposalsIsOneStep();

private:
    QPoint at(SampleTime t, double value = 0.5) const;

    std::unique_ptr<core::TimelineState> m_timeline;
    std::unique_ptr<core::Project> m_project;
    std::unique_ptr<widgets::OnsetSelection> m_selection;
    std::unique_ptr<OnsetTrackEditor> m_editor;
    std::unique_ptr<widgets::OnsetTableView> m_table;
    std::unique_ptr<app::IntentRouter> m_router;
    std::unique_ptr<core::OnsetProposals> m_proposals;  // the editor session's, in the app
};

void TstOnsetEditorUndo::init()
{
    m_timeline = std::make_unique<core::TimelineState>();
    m_timeline->setFrameRate({25, 1});
    m_timeline->setDuration(10 * kSecond);
    m_project = std::make_unique<core::Project>();
    m_project->mask().conformTo(10 * kSecond, {25, 1});
    for (int i = 1; i <= 3; ++i) testing::addOnset(m_project->onsets(), i * kSecond, 0.5, QStringLiteral("hit %1").arg(i));
    m_selection = std::make_unique<widgets::OnsetSelection>();
    m_selection->setTrack(&m_project->onsets());
    m_editor = std::make_unique<OnsetTrackEditor>(m_timeline.get(), m_selection.get());
    m_editor->setOnsetTrack(&m_project->onsets());
    m_editor->setGestureIdSource(testing::projectGestures(*m_project));
    m_editor->setTemporalMask(&m_project->mask());
    m_editor->resize(1000, 160);
    m_table = std::make_unique<widgets::OnsetTableView>(m_selection.get(), m_timeline.get());
    m_table->setOnsetTrack(&m_project->onsets());
    m_table->setGestureIdSource(testing::projectGestures(*m_project));
    m_table->resize(400, 300);
    // The app's own wiring, intent → command (not a copy of it, which could drift from what the editor does).
    m_proposals = std::make_unique<core::OnsetProposals>();
    m_editor->setProposalModel(m_proposals.get());
    m_router = std::make_unique<app::IntentRouter>();
    m_router->setProject(m_project.get());
    m_router->setProposals(m_proposals.get());
    m_router->route(m_editor.get());
    m_router->route(m_table.get());
    m_table->show();
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    m_editor->setFocus();
}

void TstOnsetEditorUndo::cleanup()
{
    m_router.reset();
    m_proposals.reset();
    m_table.reset();
    m_editor.reset();
    m_selection.reset();
    m_project.reset();
    m_timeline.reset();
}

QPoint TstOnsetEditorUndo::at(SampleTime t, double value) const
{
    const auto g = m_editor->laneGeometry();
    return QPoint(static_cast<int>(std::lround(g.xForTime(t))), static_cast<int>(std::lround(g.yForValue(value))));
}

void TstOnsetEditorUndo::tapUndoRedo()
{
    auto& stack = m_project->undoStack();
    m_timeline->setPlayhead(secondsToSamples(4.51));  // between frames 112 and 113: 113 is nearer
    QTest::keyClick(m_editor.get(), Qt::Key_Semicolon);
    QCOMPARE(m_project->onsets().count(), 4);
    const core::Onset tapped = *m_project->onsets().nextAfter(3 * kSecond);
    QCOMPARE(tapped.time, SampleTime(113 * kFrame));
    QCOMPARE(m_table->model()->rowCount(), 4);
    stack.undo();
    QCOMPARE(m_project->onsets().count(), 3);
    QCOMPARE(m_table->model()->rowCount(), 3);
    stack.redo();
    QCOMPARE(*m_project->onsets().onset(tapped.id), tapped);
}

void TstOnsetEditorUndo::dragIsLiveAndOneStep()
{
    auto& stack = m_project->undoStack();
    const core::OnsetId id = m_project->onsets().onsets()[1].id;  // 2 s, x = 200
    const QPoint start = at(2 * kSecond);
    QTest::mousePress(m_editor.get(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(m_editor.get(), start + QPoint(31, 0));
    // Live: the model (and so the table and the condition curve) already follow the pointer.
    QCOMPARE(m_project->onsets().onset(id)->time, SampleTime(2 * kSecond + 8 * kFrame));  // +14880 = 7.75 frames → 8
    QTest::mouseMove(m_editor.get(), start + QPoint(61, 0));
    QTest::mouseMove(m_editor.get(), start + QPoint(100, 0));
    QTest::mouseRelease(m_editor.get(), Qt::LeftButton, Qt::NoModifier, start + QPoint(100, 0));
    QCOMPARE(m_project->onsets().onset(id)->time, SampleTime(3 * kSecond));  // +48000 = 25 frames
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(m_project->onsets().onset(id)->time, SampleTime(2 * kSecond));
    stack.redo();
    QCOMPARE(m_project->onsets().onset(id)->time, SampleTime(3 * kSecond));
    QCOMPARE(m_project->onsets().onset(id)->label, QStringLiteral("hit 2"));
}

void TstOnsetEditorUndo::escapeDuringDragLeavesNothing()
{
    const QPoint start = at(kSecond);
    QTest::mousePress(m_editor.get(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(m_editor.get(), start + QPoint(40, 0));
    QVERIFY(m_project->onsets().onsets()[0].time != kSecond);
    QTest::keyClick(m_editor.get(), Qt::Key_Escape);
    QTest::mouseRelease(m_editor.get(), Qt::LeftButton, Qt::NoModifier, start + QPoint(40, 0));
    QCOMPARE(m_project->onsets().onsets()[0].time, kSecond);
    QCOMPARE(m_project->undoStack().count(), 0);  // a gesture that ends where it started is not a step
}

void TstOnsetEditorUndo::rubberBandDeleteUndoRedo()
{
    auto& stack = m_project->undoStack();
    const core::OnsetSampleTimeList before = m_project->onsets().onsets();
    testing::drag(m_editor.get(), {QPoint(150, 20), QPoint(250, 150), QPoint(350, 150)});
    QCOMPARE(m_selection->count(), 2);
    QTest::keyClick(m_editor.get(), Qt::Key_Delete);
    QCOMPARE(m_project->onsets().count(), 1);
    QVERIFY(m_selection->isEmpty());  // removed onsets leave the selection
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(m_project->onsets().onsets(), before);
    stack.redo();
    QCOMPARE(m_project->onsets().onsets(), core::OnsetSampleTimeList{before[0]});
}

void TstOnsetEditorUndo::nudgesAreSeparateSteps()
{
    auto& stack = m_project->undoStack();
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::NoModifier, at(3 * kSecond));
    const core::OnsetId id = m_selection->sortedIds().first();
    QTest::keyClick(m_editor.get(), Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(m_editor.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_project->onsets().onset(id)->time, 3 * kSecond + 2 * kFrame);
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(m_project->onsets().onset(id)->time, 3 * kSecond + kFrame);
    stack.undo();
    QCOMPARE(m_project->onsets().onset(id)->time, 3 * kSecond);
    stack.redo();
    QCOMPARE(m_project->onsets().onset(id)->time, 3 * kSecond + kFrame);
}

void TstOnsetEditorUndo::wheelStrengthMergesIntoOneStep()
{
    auto& stack = m_project->undoStack();
    const core::OnsetId id = m_project->onsets().onsets()[0].id;
    for (int i = 0; i < 3; ++i) testing::wheel(m_editor.get(), at(kSecond), 1);
    QVERIFY(std::abs(m_project->onsets().onset(id)->strength - 0.65) < 1e-9);
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(m_project->onsets().onset(id)->strength, 0.5);
    stack.redo();
    QVERIFY(std::abs(m_project->onsets().onset(id)->strength - 0.65) < 1e-9);
}

void TstOnsetEditorUndo::maskStrokeUndoRedo()
{
    auto& stack = m_project->undoStack();
    const auto& mask = m_project->mask();
    m_editor->setTool(EditTool::Pencil);
    const int y = at(0, 0.6).y();
    testing::drag(m_editor.get(), {QPoint(500, y), QPoint(530, y), QPoint(560, y)});  // frames 125..140
    QCOMPARE(stack.count(), 1);
    for (int frame = 125; frame <= 140; ++frame) QVERIFY(std::abs(mask.value(frame) - 0.6f) < 0.01f);
    QCOMPARE(mask.value(124), 0.0f);
    QCOMPARE(mask.value(141), 0.0f);
    // The condition the model will see now holds the mask there.
    const auto& condition = m_editor->conditionCurve();
    QVERIFY(condition[520] > 0.55f);  // 5.2 s at 100 frames/s
    stack.undo();
    for (int frame = 125; frame <= 140; ++frame) QCOMPARE(mask.value(frame), 0.0f);
    QCOMPARE(m_editor->conditionCurve()[520], 0.0f);
    stack.redo();
    QVERIFY(std::abs(mask.value(130) - 0.6f) < 0.01f);
}

void TstOnsetEditorUndo::tableRelabelUndoRedo()
{
    auto& stack = m_project->undoStack();
    const core::OnsetId id = m_project->onsets().onsets()[2].id;
    const QModelIndex cell = m_table->model()->index(m_table->rowOf(id), widgets::OnsetTableModel::LabelColumn);
    m_table->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_table.get()));
    m_table->setFocus();
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, Qt::NoModifier, m_table->visualRect(cell).center());
    QTest::keyClick(m_table.get(), Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit*>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, "door slam");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_project->onsets().onset(id)->label, QStringLiteral("door slam"));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(m_project->onsets().onset(id)->label, QStringLiteral("hit 3"));
    QCOMPARE(cell.data().toString(), QStringLiteral("hit 3"));
    stack.redo();
    QCOMPARE(cell.data().toString(), QStringLiteral("door slam"));
}

void TstOnsetEditorUndo::acceptingProposalsIsOneStep()
{
    auto& stack = m_project->undoStack();
    m_proposals->set({{core::kInvalidId, 6 * kSecond, 0.7, {}, core::OnsetOrigin::Detected},
                      {core::kInvalidId, 7 * kSecond, 0.9, {}, core::OnsetOrigin::Detected},
                      {core::kInvalidId, 9 * kSecond, 0.3, {}, core::OnsetOrigin::Detected}});
    testing::drag(m_editor.get(), {QPoint(550, 20), QPoint(750, 150)});
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(m_project->onsets().count(), 5);
    // The router takes the accepted ones out of the session's proposals; the lane paints what is left.
    QCOMPARE(m_proposals->list().size(), 1);
    QCOMPARE(m_editor->proposals().size(), 1);
    const auto accepted = m_project->onsets().nextAfter(5 * kSecond);
    QCOMPARE(accepted->origin, core::OnsetOrigin::Detected);
    QCOMPARE(accepted->strength, 0.7);
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(m_project->onsets().count(), 3);
    stack.redo();
    QCOMPARE(m_project->onsets().count(), 5);
    // Rejecting is no project edit: the proposal goes, the history does not change.
    testing::drag(m_editor.get(), {QPoint(850, 20), QPoint(950, 150)});
    QTest::keyClick(m_editor.get(), Qt::Key_Delete);
    QVERIFY(m_proposals->isEmpty());
    QCOMPARE(stack.count(), 1);
    QCOMPARE(m_project->onsets().count(), 5);
}

QTEST_MAIN(TstOnsetEditorUndo)
#include "tst_onseteditorundo.moc"
