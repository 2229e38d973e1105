// CaptionSegmentLane: timed captions on the timeline — select, move and resize by dragging (snapped, one gesture),
// add by double-click, edit the text in place, delete; through the app's own wiring (IntentRouter) and the real
// caption commands with undo.
#include "WidgetTestSupport.h"

#include "app/gui/IntentRouter.h"
#include "core/model/Project.h"
#include "core/timeline/TimelineState.h"
#include "widgets/caption/CaptionSegmentLane.h"

#include <QLineEdit>

#include <memory>

using namespace foley;
using foley::widgets::CaptionSegmentLane;

namespace {

constexpr SampleTime kSecond = kProjectRate;
constexpr SampleTime kFrame = kProjectRate / 25;

}  // namespace

class TstCaptionSegmentLane : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clickSelectsTheSpan();
    void dragMovesAsOneUndoStep();
    void dragEdgeResizes();
    void doubleClickAddsAndEditsText();
    void deleteRemoves();

private:
    std::unique_ptr<core::TimelineState> m_timeline;
    std::unique_ptr<core::Project> m_project;
    std::unique_ptr<CaptionSegmentLane> m_lane;
    std::unique_ptr<app::IntentRouter> m_router;
    core::SegmentId m_glass = core::kInvalidId;  // 2..4 s
};

void TstCaptionSegmentLane::init()
{
    m_timeline = std::make_unique<core::TimelineState>();
    m_timeline->setFrameRate({25, 1});
    m_timeline->setDuration(10 * kSecond);  // 1000 px wide: 480 samples per pixel
    m_project = std::make_unique<core::Project>();
    auto& captions = m_project->captions();
    m_glass = captions.allocateSegmentId();
    captions.insertSegment({m_glass, 2 * kSecond, 4 * kSecond, QStringLiteral("glass breaks"), core::CaptionOrigin::User});
    m_lane = std::make_unique<CaptionSegmentLane>(m_timeline.get());
    m_lane->setCaptionModel(&captions);
    m_lane->setGestureIdSource(testing::projectGestures(*m_project));
    // The app's own wiring, intent → command (not a copy of it, which could drift from what the editor does).
    m_router = std::make_unique<app::IntentRouter>();
    m_router->setProject(m_project.get());
    m_router->route(m_lane.get());
    m_lane->resize(1000, 60);
    m_lane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_lane.get()));
}

void TstCaptionSegmentLane::cleanup()
{
    m_router.reset();
    m_lane.reset();
    m_project.reset();
    m_timeline.reset();
}

void TstCaptionSegmentLane::clickSelectsTheSpan()
{
    QSignalSpy spy(m_lane.get(), &CaptionSegmentLane::segmentSelected);
    QTest::mouseClick(m_lane.get(), Qt::LeftButton, Qt::NoModifier, m_lane->segmentRect(m_glass).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_lane->selectedSegment(), m_glass);
    QCOMPARE(m_timeline->selection(), (core::SampleTimeRange{2 * kSecond, 4 * kSecond}));
    QTest::mouseClick(m_lane.get(), Qt::LeftButton, Qt::NoModifier, QPoint(700, 10));  // empty: seek
    QCOMPARE(m_lane->selectedSegment(), core::kInvalidId);
    QCOMPARE(m_timeline->playhead(), SampleTime(700 * 480));
}

void TstCaptionSegmentLane::dragMovesAsOneUndoStep()
{
    const QPoint grab = m_lane->segmentRect(m_glass).center();
    testing::drag(m_lane.get(), {grab, grab + QPoint(20, 0), grab + QPoint(50, 0), grab + QPoint(101, 0)});
    // +101 px = 48480 samples: 1 s + 0.25 frame, snapped to whole frames → +1 s.
    const auto moved = *m_project->captions().segment(m_glass);
    QCOMPARE(moved.start, 3 * kSecond);
    QCOMPARE(moved.end, 5 * kSecond);
    QCOMPARE(moved.text, QStringLiteral("glass breaks"));
    QCOMPARE(m_project->undoStack().count(), 1);
    m_project->undoStack().undo();
    QCOMPARE(m_project->captions().segment(m_glass)->start, 2 * kSecond);
    m_project->undoStack().redo();
    QCOMPARE(m_project->captions().segment(m_glass)->start, 3 * kSecond);
}

void TstCaptionSegmentLane::dragEdgeResizes()
{
    const QRect bar = m_lane->segmentRect(m_glass);
    const QPoint rightEdge(bar.right(), bar.center().y());
    testing::drag(m_lane.get(), {rightEdge, rightEdge + QPoint(30, 0), rightEdge + QPoint(63, 0)});
    const auto resized = *m_project->captions().segment(m_glass);
    QCOMPARE(resized.start, 2 * kSecond);
    QCOMPARE(resized.end % kFrame, SampleTime(0));  // on a frame
    QVERIFY(std::abs(resized.end - (4 * kSecond + 63 * 480)) <= kFrame);
    QCOMPARE(m_project->undoStack().count(), 1);
}

void TstCaptionSegmentLane::doubleClickAddsAndEditsText()
{
    testing::doubleClick(m_lane.get(), QPoint(701, 10));  // 336480 samples = frame 175.25 → frame 175 (7 s)
    QCOMPARE(m_project->captions().segments().size(), 2);
    const auto added = m_project->captions().segments().last();
    QCOMPARE(added.start, SampleTime(175 * kFrame));
    QCOMPARE(added.end, added.start + 2 * kSecond);
    testing::doubleClick(m_lane.get(), m_lane->segmentRect(added.id).center());
    auto* editor = m_lane->findChild<QLineEdit*>();
    QVERIFY(editor && editor->isVisible());
    QTest::keyClicks(editor, "thunder");
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_project->captions().segment(added.id)->text, QStringLiteral("thunder"));
    QCOMPARE(m_project->undoStack().count(), 2);
}

void TstCaptionSegmentLane::deleteRemoves()
{
    m_lane->setFocus();
    QTest::mouseClick(m_lane.get(), Qt::LeftButton, Qt::NoModifier, m_lane->segmentRect(m_glass).center());
    QTest::keyClick(m_lane.get(), Qt::Key_Delete);
    QVERIFY(m_project->captions().segments().isEmpty());
    m_project->undoStack().undo();
    QCOMPARE(m_project->captions().segments().size(), 1);
}

QTEST_MAIN(TstCaptionSegmentLane)
#include "tst_captionsegmentlane.moc"
