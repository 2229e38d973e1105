// CaptionEditor: one intent per edit (Ctrl+Enter / focus loss), the origin badge, negative prompt, quality tag,
// timed captions, import; and the round trip through the app's own wiring (IntentRouter) and the real caption
// commands with undo/redo.
#include "WidgetTestSupport.h"

#include "app/gui/IntentRouter.h"
#include "core/model/Project.h"
#include "core/timeline/TimelineState.h"
#include "widgets/caption/CaptionEditor.h"
#include "widgets/caption/CaptionOriginBadge.h"
#include "widgets/caption/CommitPlainTextEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <memory>

using namespace foley;
using foley::widgets::CaptionEditor;

class TstCaptionEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheModelWithItsOrigin();
    void captionCommitsOncePerEdit();
    void escapeAbandonsTheEdit();
    void negativePromptAndQualityTag();
    void addEditRemoveTimedCaptions();
    void importButtonAsksTheApp();
    void editRoundTripsThroughUndo();

private:
    void connectToProject();

    std::unique_ptr<core::TimelineState> m_timeline;
    std::unique_ptr<core::Project> m_project;
    std::unique_ptr<CaptionEditor> m_editor;
    std::unique_ptr<app::IntentRouter> m_router;  // only the tests that call connectToProject() change the model
};

void TstCaptionEditor::init()
{
    m_timeline = std::make_unique<core::TimelineState>();
    m_timeline->setDuration(20 * kProjectRate);
    m_project = std::make_unique<core::Project>();
    m_project->captions().setCaption({QStringLiteral("a dog barks twice"), core::CaptionOrigin::Mllm});
    m_editor = std::make_unique<CaptionEditor>(m_timeline.get());
    m_editor->setCaptionModel(&m_project->captions());
    m_editor->resize(420, 480);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TstCaptionEditor::cleanup()
{
    m_router.reset();
    m_editor.reset();
    m_project.reset();
    m_timeline.reset();
}

// The app's own wiring, intent → command (not a copy of it, which could drift from what the editor does).
void TstCaptionEditor::connectToProject()
{
    m_router = std::make_unique<app::IntentRouter>();
    m_router->setProject(m_project.get());
    m_router->route(m_editor.get());
}

void TstCaptionEditor::showsTheModelWithItsOrigin()
{
    QCOMPARE(m_editor->captionEdit()->toPlainText(), QStringLiteral("a dog barks twice"));
    QCOMPARE(m_editor->originBadge()->text(), QStringLiteral("MLLM"));
    QCOMPARE(m_editor->qualityBox()->currentText(), core::kDefaultQualityTag);
    m_project->captions().setCaption({QStringLiteral("rain on a tin roof"), core::CaptionOrigin::Detector});
    QCOMPARE(m_editor->captionEdit()->toPlainText(), QStringLiteral("rain on a tin roof"));
    QCOMPARE(m_editor->originBadge()->origin(), core::CaptionOrigin::Detector);
}

void TstCaptionEditor::captionCommitsOncePerEdit()
{
    QSignalSpy spy(m_editor.get(), &CaptionEditor::captionEditRequested);
    auto* edit = m_editor->captionEdit();
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, ", then a door slams");
    QCOMPARE(spy.count(), 0);  // typing is not an edit yet
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].toString(), QStringLiteral("a dog barks twice, then a door slams"));
    m_editor->negativeEdit()->setFocus();  // leaving without a further change: nothing more
    QTRY_VERIFY(m_editor->negativeEdit()->hasFocus());
    QCOMPARE(spy.count(), 1);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::mouseClick(m_editor->negativeEdit(), Qt::LeftButton);  // focus out commits
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy[1][0].toString(), QStringLiteral("a dog barks twice, then a door slam"));
}

void TstCaptionEditor::escapeAbandonsTheEdit()
{
    QSignalSpy spy(m_editor.get(), &CaptionEditor::captionEditRequested);
    auto* edit = m_editor->captionEdit();
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, "xyz");
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(edit->toPlainText(), QStringLiteral("a dog barks twice"));
    m_editor->negativeEdit()->setFocus();
    QTRY_VERIFY(!edit->hasFocus());
    QCOMPARE(spy.count(), 0);
}

void TstCaptionEditor::negativePromptAndQualityTag()
{
    QSignalSpy negative(m_editor.get(), &CaptionEditor::negativePromptEditRequested);
    QSignalSpy quality(m_editor.get(), &CaptionEditor::qualityTagEditRequested);
    m_editor->negativeEdit()->setFocus();
    QTRY_VERIFY(m_editor->negativeEdit()->hasFocus());
    QTest::keyClicks(m_editor->negativeEdit(), "music, speech");
    QCOMPARE(negative.count(), 0);
    QTest::keyClick(m_editor->negativeEdit(), Qt::Key_Return);
    QCOMPARE(negative.count(), 1);
    QCOMPARE(negative[0][0].toString(), QStringLiteral("music, speech"));
    m_editor->qualityBox()->setFocus();
    QTest::keyClick(m_editor->qualityBox(), Qt::Key_Down);  // the next preset, as a keyboard user picks it
    QCOMPARE(quality.count(), 1);
    QCOMPARE(quality[0][0].toString(), QStringLiteral("studio recording, clean"));
}

void TstCaptionEditor::addEditRemoveTimedCaptions()
{
    connectToProject();
    QSignalSpy added(m_editor.get(), &CaptionEditor::addCaptionSegmentRequested);
    QSignalSpy removed(m_editor.get(), &CaptionEditor::removeCaptionSegmentRequested);
    m_timeline->setSelection({3 * kProjectRate, 5 * kProjectRate});
    QTest::mouseClick(m_editor->addSegmentButton(), Qt::LeftButton);
    QCOMPARE(added.count(), 1);
    const auto segment = added[0][0].value<core::CaptionSegment>();
    QCOMPARE(segment.start, SampleTime(3 * kProjectRate));
    QCOMPARE(segment.end, SampleTime(5 * kProjectRate));
    // The new row opens for typing its text right away.
    QCOMPARE(m_project->captions().segments().size(), 1);
    QWidget* textEditor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit*>(textEditor));
    QTest::keyClicks(textEditor, "glass breaks");
    QTest::keyClick(textEditor, Qt::Key_Return);
    QTRY_COMPARE(m_project->captions().segments().first().text, QStringLiteral("glass breaks"));
    // Remove with the button and with Delete.
    m_timeline->clearSelection();
    m_timeline->setPlayhead(10 * kProjectRate);
    QTest::mouseClick(m_editor->addSegmentButton(), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(m_project->captions().segments().size(), 2);
    QCOMPARE(m_project->captions().segments()[1].end, SampleTime(12 * kProjectRate));
    const core::SegmentId glass = m_project->captions().segments()[0].id;
    const core::SegmentId later = m_project->captions().segments()[1].id;
    QTableView* view = m_editor->segmentView();
    const auto rowCenter = [view](int row) { return view->visualRect(view->model()->index(row, 0)).center(); };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rowCenter(0));
    QCOMPARE(m_timeline->selection(), (core::SampleTimeRange{3 * kProjectRate, 5 * kProjectRate}));  // picked = selected span
    QTest::mouseClick(m_editor->removeSegmentButton(), Qt::LeftButton);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed[0][0].value<core::SegmentId>(), glass);
    // The router removes it at once (the test's old copy left removals unrouted), so the later one is row 0 now.
    QCOMPARE(m_project->captions().segments().size(), 1);
    QCOMPARE(m_project->captions().segments()[0].id, later);
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rowCenter(0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed[1][0].value<core::SegmentId>(), later);
    QVERIFY(m_project->captions().segments().isEmpty());
    m_project->undoStack().undo();  // each removal is its own step
    QCOMPARE(m_project->captions().segments().size(), 1);
    QCOMPARE(m_project->captions().segments()[0].id, later);
}

void TstCaptionEditor::importButtonAsksTheApp()
{
    QSignalSpy spy(m_editor.get(), &CaptionEditor::importCaptionRequested);
    QTest::mouseClick(m_editor->importButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
}

void TstCaptionEditor::editRoundTripsThroughUndo()
{
    connectToProject();
    auto& stack = m_project->undoStack();
    auto* edit = m_editor->captionEdit();
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    edit->selectAll();
    QTest::keyClicks(edit, "footsteps on gravel");
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(m_project->captions().caption().text, QStringLiteral("footsteps on gravel"));
    QCOMPARE(m_editor->originBadge()->text(), QStringLiteral("User"));  // the user's words now
    m_editor->negativeEdit()->setFocus();  // as when the user reaches for the Undo button
    QTRY_VERIFY(!edit->hasFocus());
    stack.undo();
    QCOMPARE(edit->toPlainText(), QStringLiteral("a dog barks twice"));
    QCOMPARE(m_editor->originBadge()->text(), QStringLiteral("MLLM"));
    stack.redo();
    QCOMPARE(edit->toPlainText(), QStringLiteral("footsteps on gravel"));
    QCOMPARE(m_editor->originBadge()->origin(), core::CaptionOrigin::User);
    QCOMPARE(stack.count(), 1);  // leaving the box did not add a second step
}

QTEST_MAIN(TstCaptionEditor)
#include "tst_captioneditor.moc"
