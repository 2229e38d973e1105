// OnsetTrackEditor: every editing gesture with real mouse/keyboard events; asserts the intents it sends
// (and that it never changes the model itself).
#include "WidgetTestSupport.h"

#include "core/dsp/TemporalCondition.h"
#include "core/model/ConditionCurve.h"
#include "core/model/OnsetProposals.h"
#include "core/model/TemporalMask.h"
#include "core/timeline/TimelineState.h"
#include "widgets/onsets/OnsetLabelEditor.h"
#include "widgets/onsets/OnsetSelection.h"
#include "widgets/onsets/OnsetTrackEditor.h"

#include <memory>

using namespace foley;
using foley::widgets::EditTool;
using foley::widgets::OnsetTrackEditor;

namespace {

constexpr SampleTime kSecond = kProjectRate;
constexpr SampleTime kFrame = kProjectRate / 25;  // 1920 samples at 25 fps
constexpr int kWidth = 1000;                      // 10 s over 1000 px: 480 samples per pixel
constexpr int kHeight = 160;

}  // namespace

class TstOnsetTrackEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void semicolonTapsAtThePlayhead();
    void ctrlMTapsAndSnappingCanBeOff();
    void doubleClickAddsAtThePointer();
    void dragSendsSnappedDeltaUnderOneGesture();
    void withoutAGestureSourceStepsNeverMerge();
    void singleMoveDragSendsExactlyOneIntent();
    void dragMovesTheWholeSelection();
    void rubberBandSelectsTheRightIds();
    void clickCtrlToggleShiftExtend();
    void deleteAndBackspaceRemoveSelection();
    void altArrowsNudgeByOneFrame();
    void pageKeysJumpBetweenOnsets();
    void wheelOverMarkerChangesStrength();
    void ctrlWheelZoomsInsteadOfStrength();
    void altDragChangesStrength();
    void pencilStrokeSendsOnePaintIntent();
    void eraserLowersAndRangeSetsLevel();
    void f2AndDoubleClickRenameInline();
    void proposalsAreAcceptedAndRejected();
    void peakSnappingWinsWithinRadius();
    void conditionCurveIsTheModelsCondition();

private:
    QPoint at(SampleTime t, double value = 0.5) const;
    QList<core::OnsetId> ids(std::initializer_list<int> indices) const;

    std::unique_ptr<core::TimelineState> m_timeline;
    std::unique_ptr<core::OnsetTrack> m_track;
    std::unique_ptr<core::TemporalMask> m_mask;
    std::unique_ptr<widgets::OnsetSelection> m_selection;
    std::unique_ptr<OnsetTrackEditor> m_editor;
    QList<core::OnsetId> m_ids;  // onsets at 1, 2, 3, 4 s
};

void TstOnsetTrackEditor::init()
{
    m_timeline = std::make_unique<core::TimelineState>();
    m_timeline->setFrameRate({25, 1});
    m_timeline->setDuration(10 * kSecond);
    m_track = std::make_unique<core::OnsetTrack>();
    m_ids.clear();
    const double strengths[] = {0.5, 0.8, 1.0, 0.6};
    for (int i = 0; i < 4; ++i) m_ids << testing::addOnset(*m_track, (i + 1) * kSecond, strengths[i]);
    m_mask = std::make_unique<core::TemporalMask>();
    m_mask->conformTo(10 * kSecond, {25, 1});
    m_selection = std::make_unique<widgets::OnsetSelection>();
    m_selection->setTrack(m_track.get());
    m_editor = std::make_unique<OnsetTrackEditor>(m_timeline.get(), m_selection.get());
    m_editor->setGestureIdSource(testing::countingGestures());
    m_editor->setOnsetTrack(m_track.get());
    m_editor->setTemporalMask(m_mask.get());
    m_editor->resize(kWidth, kHeight);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->setFocus();
    QCOMPARE(m_timeline->visibleRange(), (core::SampleTimeRange{0, 10 * kSecond}));
}

void TstOnsetTrackEditor::cleanup()
{
    m_editor.reset();
    m_selection.reset();
    m_mask.reset();
    m_track.reset();
    m_timeline.reset();
}

QPoint TstOnsetTrackEditor::at(SampleTime t, double value) const
{
    const auto g = m_editor->laneGeometry();
    return QPoint(static_cast<int>(std::lround(g.xForTime(t))), static_cast<int>(std::lround(g.yForValue(value))));
}

QList<core::OnsetId> TstOnsetTrackEditor::ids(std::initializer_list<int> indices) const
{
    QList<core::OnsetId> result;
    for (int i : indices) result << m_ids[i];
    return result;
}

void TstOnsetTrackEditor::semicolonTapsAtThePlayhead()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::addOnsetRequested);
    m_timeline->setPlayhead(secondsToSamples(1.23));  // 59040: between frames 30 (57600) and 31 (59520)
    QTest::keyClick(m_editor.get(), Qt::Key_Semicolon);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<SampleTime>(), SampleTime(31 * kFrame));  // snapped to the nearest frame
    QCOMPARE(spy[0][1].toDouble(), 1.0);
    QCOMPARE(m_track->count(), 4);  // intents only: the model is untouched
}

void TstOnsetTrackEditor::ctrlMTapsAndSnappingCanBeOff()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::addOnsetRequested);
    m_editor->setSnapToFrames(false);
    m_editor->setDefaultStrength(0.7);
    m_timeline->setPlayhead(secondsToSamples(1.23));
    QTest::keyClick(m_editor.get(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<SampleTime>(), secondsToSamples(1.23));
    QCOMPARE(spy[0][1].toDouble(), 0.7);
}

void TstOnsetTrackEditor::doubleClickAddsAtThePointer()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::addOnsetRequested);
    const QPoint pos(503, at(0, 0.75).y());  // 503 px = 241440 samples; nearest frame start 126 * 1920 = 241920
    testing::doubleClick(m_editor.get(), pos);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<SampleTime>(), SampleTime(126 * kFrame));
    QVERIFY(std::abs(spy[0][1].toDouble() - 0.75) <= 0.01);  // the click's height is the strength
    QCOMPARE(m_timeline->playhead(), SampleTime(503 * 480));  // the first click of the pair seeks
}

// The gesture source is the app's to give (the project's ids); a lane without one marks its steps "never merge".
void TstOnsetTrackEditor::withoutAGestureSourceStepsNeverMerge()
{
    m_editor->setGestureIdSource({});
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::moveOnsetsRequested);
    testing::drag(m_editor.get(), {at(kSecond), at(kSecond) + QPoint(12, 0), at(kSecond) + QPoint(40, 3)});
    QVERIFY(spy.count() >= 1);
    for (const auto& call : spy) QCOMPARE(call[2].value<core::GestureId>(), core::kInvalidId);
}

void TstOnsetTrackEditor::dragSendsSnappedDeltaUnderOneGesture()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::moveOnsetsRequested);
    // Grab the 1 s onset (x = 100) and drop it 73 px later: 1 s + 35040 samples, nearest frame 43 (82560).
    testing::drag(m_editor.get(), {at(kSecond), at(kSecond) + QPoint(12, 0), at(kSecond) + QPoint(40, 3),
                                   at(kSecond) + QPoint(73, 0)});
    QVERIFY(spy.count() >= 1);
    SampleTime total = 0;
    const auto gesture = spy[0][2].value<core::GestureId>();
    QVERIFY(gesture != core::kInvalidId);
    for (const auto& call : spy) {
        QCOMPARE(call[0].value<QList<core::OnsetId>>(), ids({0}));
        QCOMPARE(call[2].value<core::GestureId>(), gesture);
        total += call[1].value<SampleTime>();
    }
    QCOMPARE(total, SampleTime(43 * kFrame - kSecond));
    QCOMPARE(m_track->onset(m_ids[0])->time, kSecond);  // intents only
}

void TstOnsetTrackEditor::singleMoveDragSendsExactlyOneIntent()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::moveOnsetsRequested);
    // 49 px back from 2 s = 72480 samples = frame 37.75: lands on frame 38, 12 frames earlier.
    testing::drag(m_editor.get(), {at(2 * kSecond), at(2 * kSecond) - QPoint(49, 0)});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][1].value<SampleTime>(), SampleTime(-12 * kFrame));
}

void TstOnsetTrackEditor::dragMovesTheWholeSelection()
{
    m_selection->setIds({m_ids[1], m_ids[2]}, m_ids[1]);
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::moveOnsetsRequested);
    testing::drag(m_editor.get(), {at(3 * kSecond), at(3 * kSecond) + QPoint(20, 0)});  // +9600 = 5 frames
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<QList<core::OnsetId>>(), ids({1, 2}));
    QCOMPARE(spy[0][1].value<SampleTime>(), SampleTime(5 * kFrame));
    QCOMPARE(m_selection->ids(), (QSet<core::OnsetId>{m_ids[1], m_ids[2]}));  // a drag keeps the group
}

void TstOnsetTrackEditor::rubberBandSelectsTheRightIds()
{
    // From empty space at 1.5 s to 3.5 s, covering the stems: the 2 s and 3 s onsets.
    testing::drag(m_editor.get(), {QPoint(150, 30), QPoint(250, 150), QPoint(350, 150)});
    QCOMPARE(m_selection->sortedIds(), ids({1, 2}));
    // Shift keeps what was selected and adds.
    testing::drag(m_editor.get(), {QPoint(380, 30), QPoint(420, 150)}, Qt::ShiftModifier);
    QCOMPARE(m_selection->sortedIds(), ids({1, 2, 3}));
    // A plain click on empty space clears the selection and seeks.
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::NoModifier, QPoint(700, 100));
    QVERIFY(m_selection->isEmpty());
    QCOMPARE(m_timeline->playhead(), SampleTime(700 * 480));
}

void TstOnsetTrackEditor::clickCtrlToggleShiftExtend()
{
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::NoModifier, at(kSecond));
    QCOMPARE(m_selection->sortedIds(), ids({0}));
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::ControlModifier, at(3 * kSecond));
    QCOMPARE(m_selection->sortedIds(), ids({0, 2}));
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::ControlModifier, at(kSecond));
    QCOMPARE(m_selection->sortedIds(), ids({2}));
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::ShiftModifier, at(4 * kSecond));
    QCOMPARE(m_selection->sortedIds(), ids({2, 3}));
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::ShiftModifier, at(kSecond));
    QCOMPARE(m_selection->sortedIds(), ids({0, 1, 2, 3}));
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::NoModifier, at(2 * kSecond));
    QCOMPARE(m_selection->sortedIds(), ids({1}));  // a plain click narrows to the clicked one
}

void TstOnsetTrackEditor::deleteAndBackspaceRemoveSelection()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::removeOnsetsRequested);
    QTest::keyClick(m_editor.get(), Qt::Key_Delete);
    QCOMPARE(spy.count(), 0);  // nothing selected, nothing asked
    m_selection->setIds({m_ids[3], m_ids[1]});
    QTest::keyClick(m_editor.get(), Qt::Key_Delete);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<QList<core::OnsetId>>(), ids({1, 3}));
    QTest::keyClick(m_editor.get(), Qt::Key_Backspace);
    QCOMPARE(spy.count(), 2);
}

void TstOnsetTrackEditor::altArrowsNudgeByOneFrame()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::moveOnsetsRequested);
    m_selection->setIds({m_ids[1]});
    QTest::keyClick(m_editor.get(), Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(m_editor.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[0][0].value<QList<core::OnsetId>>(), ids({1}));
    QCOMPARE(spy[0][1].value<SampleTime>(), m_timeline->frameDuration());
    QCOMPARE(spy[1][1].value<SampleTime>(), -kFrame);
    QVERIFY(spy[0][2].value<core::GestureId>() != spy[1][2].value<core::GestureId>());  // two undo steps
    // Never before 0: an onset 960 samples in moves back by 960 only.
    const core::OnsetId early = testing::addOnset(*m_track, 960, 1.0);
    m_selection->setIds({early});
    QTest::keyClick(m_editor.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy[2][1].value<SampleTime>(), SampleTime(-960));
}

void TstOnsetTrackEditor::pageKeysJumpBetweenOnsets()
{
    m_timeline->setPlayhead(secondsToSamples(1.5));
    QTest::keyClick(m_editor.get(), Qt::Key_PageDown);
    QCOMPARE(m_timeline->playhead(), 2 * kSecond);
    QCOMPARE(m_selection->sortedIds(), ids({1}));
    QTest::keyClick(m_editor.get(), Qt::Key_PageDown);
    QCOMPARE(m_timeline->playhead(), 3 * kSecond);
    QTest::keyClick(m_editor.get(), Qt::Key_PageUp);
    QTest::keyClick(m_editor.get(), Qt::Key_PageUp);
    QCOMPARE(m_timeline->playhead(), kSecond);
    QTest::keyClick(m_editor.get(), Qt::Key_PageUp);  // nothing before: stays
    QCOMPARE(m_timeline->playhead(), kSecond);
}

void TstOnsetTrackEditor::wheelOverMarkerChangesStrength()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::setOnsetStrengthRequested);
    const auto range = m_timeline->visibleRange();
    testing::wheel(m_editor.get(), at(2 * kSecond), 1);
    testing::wheel(m_editor.get(), at(2 * kSecond) + QPoint(2, 0), -3);
    QCOMPARE(spy.count(), 2);
    using Strengths = QHash<core::OnsetId, double>;
    QCOMPARE(spy[0][0].value<Strengths>(), (Strengths{{m_ids[1], 0.85}}));
    QCOMPARE(spy[1][0].value<Strengths>(), (Strengths{{m_ids[1], 0.65}}));  // from the model's 0.8
    QCOMPARE(spy[0][1].value<core::GestureId>(), spy[1][1].value<core::GestureId>());  // one wheel gesture
    QCOMPARE(m_timeline->visibleRange(), range);  // no scroll
}

void TstOnsetTrackEditor::ctrlWheelZoomsInsteadOfStrength()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::setOnsetStrengthRequested);
    const SampleTime before = m_timeline->visibleRange().length();
    testing::wheel(m_editor.get(), at(2 * kSecond), 2, Qt::ControlModifier);
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_timeline->visibleRange().length() < before);
    // Plain wheel over empty space scrolls the (now zoomed) view.
    const SampleTime start = m_timeline->visibleRange().start;
    testing::wheel(m_editor.get(), QPoint(kWidth - 5, 100), -2);
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_timeline->visibleRange().start > start);
}

void TstOnsetTrackEditor::altDragChangesStrength()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::setOnsetStrengthRequested);
    const auto g = m_editor->laneGeometry();
    const QPoint press = at(kSecond, 0.3);
    const int up = static_cast<int>(std::lround(0.25 * g.laneHeight()));
    testing::drag(m_editor.get(), {press, press - QPoint(0, up / 2), press - QPoint(0, up)}, Qt::AltModifier);
    QVERIFY(spy.count() >= 1);
    using Strengths = QHash<core::OnsetId, double>;
    const auto last = spy.last()[0].value<Strengths>();
    QCOMPARE(last.keys(), ids({0}));
    QVERIFY(std::abs(last.value(m_ids[0]) - 0.75) < 0.011);
    for (const auto& call : spy) QCOMPARE(call[1].value<core::GestureId>(), spy[0][1].value<core::GestureId>());
}

void TstOnsetTrackEditor::pencilStrokeSendsOnePaintIntent()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::paintMaskRequested);
    m_editor->setTool(EditTool::Pencil);
    const int y = at(0, 0.8).y();
    const float level = static_cast<float>(m_editor->laneGeometry().valueForY(y));
    testing::drag(m_editor.get(), {QPoint(200, y), QPoint(215, y), QPoint(240, y), QPoint(260, y)});
    QCOMPARE(spy.count(), 1);
    // x 200..260 = 96000..124800 samples = mask frames 50..65 at 25 fps.
    QCOMPARE(spy[0][0].toInt(), 50);
    const auto values = spy[0][1].value<std::vector<float>>();
    QCOMPARE(values.size(), size_t(16));
    for (float v : values) QCOMPARE(v, level);
    QVERIFY(spy[0][2].value<core::GestureId>() != core::kInvalidId);
    QCOMPARE(m_mask->value(55), 0.0f);  // intents only
    // The same stroke again changes nothing: no intent.
    m_editor->setTool(EditTool::Select);
    m_editor->setTool(EditTool::Pencil);
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::NoModifier, QPoint(600, m_editor->height() - 6));
    QCOMPARE(spy.count(), 1);  // level 0 over a 0 mask: an empty edit
}

void TstOnsetTrackEditor::eraserLowersAndRangeSetsLevel()
{
    m_mask->setRange(40, std::vector<float>(30, 1.0f));  // fixture: frames 40..69 full
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::paintMaskRequested);
    m_editor->setTool(EditTool::Eraser);
    const int low = at(0, 0.25).y();
    testing::drag(m_editor.get(), {QPoint(220, low), QPoint(250, low)});  // frames 55..62
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].toInt(), 55);
    auto values = spy[0][1].value<std::vector<float>>();
    QCOMPARE(values.size(), size_t(8));
    for (float v : values) QVERIFY(std::abs(v - 0.25f) < 0.01f);
    // The eraser never raises: a stroke high over empty frames sends nothing.
    testing::drag(m_editor.get(), {QPoint(700, 30), QPoint(760, 30)});
    QCOMPARE(spy.count(), 1);

    m_editor->setTool(EditTool::Range);
    const int half = at(0, 0.5).y();
    testing::drag(m_editor.get(), {QPoint(150, half), QPoint(120, 20), QPoint(100, half)});  // frames 25..37
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[1][0].toInt(), 25);
    values = spy[1][1].value<std::vector<float>>();
    QCOMPARE(values.size(), size_t(13));
    for (float v : values) QVERIFY(std::abs(v - 0.5f) < 0.01f);
    QVERIFY(spy[0][2].value<core::GestureId>() != spy[1][2].value<core::GestureId>());
}

void TstOnsetTrackEditor::f2AndDoubleClickRenameInline()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::relabelOnsetRequested);
    m_selection->select(m_ids[1]);
    QTest::keyClick(m_editor.get(), Qt::Key_F2);
    auto* line = m_editor->findChild<widgets::OnsetLabelEditor*>();
    QVERIFY(line && line->isVisible());
    QTRY_VERIFY(line->hasFocus());
    QTest::keyClicks(line, "glass");
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<core::OnsetId>(), m_ids[1]);
    QCOMPARE(spy[0][1].toString(), QStringLiteral("glass"));
    QVERIFY(!line->isVisible());

    testing::doubleClick(m_editor.get(), at(3 * kSecond));
    QVERIFY(line->isVisible());
    QTest::keyClicks(line, "left foot");
    QTest::keyClick(line, Qt::Key_Escape);  // cancelled: nothing asked
    QCOMPARE(spy.count(), 1);
    QVERIFY(!line->isVisible());
}

void TstOnsetTrackEditor::proposalsAreAcceptedAndRejected()
{
    const core::OnsetSampleTimeList proposals{{core::kInvalidId, 5 * kSecond, 0.7, {}, core::OnsetOrigin::Detected},
                                    {core::kInvalidId, 6 * kSecond, 0.4, {}, core::OnsetOrigin::Detected},
                                    {core::kInvalidId, 7 * kSecond, 0.9, {}, core::OnsetOrigin::Detected}};
    core::OnsetProposals model;  // the editor session's, in the app
    m_editor->setProposalModel(&model);
    model.set(proposals);
    QCOMPARE(m_editor->proposals(), proposals);
    QSignalSpy accepted(m_editor.get(), &OnsetTrackEditor::acceptProposalsRequested);
    QSignalSpy rejected(m_editor.get(), &OnsetTrackEditor::rejectProposalsRequested);
    QTest::mouseClick(m_editor.get(), Qt::LeftButton, Qt::NoModifier, at(5 * kSecond));
    QTest::keyClick(m_editor.get(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(accepted[0][0].value<core::OnsetSampleTimeList>(), core::OnsetSampleTimeList{proposals[0]});
    testing::doubleClick(m_editor.get(), at(6 * kSecond));
    QCOMPARE(accepted.count(), 2);
    QCOMPARE(accepted[1][0].value<core::OnsetSampleTimeList>(), core::OnsetSampleTimeList{proposals[1]});
    testing::drag(m_editor.get(), {QPoint(450, 20), QPoint(750, 150)});  // all three proposals
    QTest::keyClick(m_editor.get(), Qt::Key_Delete);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected[0][0].value<core::OnsetSampleTimeList>(), proposals);
    QCOMPARE(model.list(), proposals);  // the lane asks; it never changes the proposals itself
    // When the session's proposals change, the selection stays on those still there.
    model.remove({proposals[0]});
    QCOMPARE(m_editor->selectedProposals(), (core::OnsetSampleTimeList{proposals[1], proposals[2]}));
    m_editor->setProposalModel(nullptr);
    QVERIFY(m_editor->proposals().isEmpty());
}

void TstOnsetTrackEditor::peakSnappingWinsWithinRadius()
{
    QSignalSpy spy(m_editor.get(), &OnsetTrackEditor::addOnsetRequested);
    const SampleTime peak = secondsToSamples(7.013);  // x = 701.3, not on a frame
    m_editor->setDetectorPeaks({peak});
    testing::doubleClick(m_editor.get(), QPoint(705, 100));
    QCOMPARE(spy.last()[0].value<SampleTime>(), SampleTime(176 * kFrame));  // peak snapping off: frame
    m_editor->setSnapToPeaks(true);
    testing::doubleClick(m_editor.get(), QPoint(705, 100));
    QCOMPARE(spy.last()[0].value<SampleTime>(), peak);
    testing::doubleClick(m_editor.get(), QPoint(730, 100));  // 29 px away: out of reach, frame again
    QCOMPARE(spy.last()[0].value<SampleTime>(), SampleTime(182 * kFrame));
}

void TstOnsetTrackEditor::conditionCurveIsTheModelsCondition()
{
    m_mask->setRange(100, std::vector<float>(25, 0.4f));  // 4..5 s
    const dsp::TemporalCondition reference;
    dsp::OnsetSecondsList events;
    for (const auto& onset : m_track->onsets()) events.push_back({samplesToSeconds(onset.time), onset.strength});
    const auto expected = reference.build(events, {25.0, m_mask->values()}, reference.frameCountFor(10.0));
    QCOMPARE(m_editor->conditionCurve(), expected);
    QCOMPARE(m_editor->conditionCurve()[200], 0.8f);  // the 2 s onset's peak is its strength
    QCOMPARE(m_editor->conditionRate(), 100.0);     // the mel frame rate
    // The same function the engine request is built with.
    QCOMPARE(m_editor->conditionCurve(), core::conditionCurve(m_track->onsets(), m_mask->values(), {25, 1}, 10 * kProjectRate));
    m_editor->grab();  // paints with the curve without tripping over anything
}

QTEST_MAIN(TstOnsetTrackEditor)
#include "tst_onsettrackeditor.moc"
