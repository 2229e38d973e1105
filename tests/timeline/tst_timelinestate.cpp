#include "core/timeline/TimelineState.h"

#include <QSignalSpy>
#include <QtTest>

using foley::core::TimelineState;
using foley::core::SampleTimeRange;
using foley::kProjectRate;

class TstTimelineState : public QObject {
    Q_OBJECT

private slots:
    void playheadIsClampedToDuration()
    {
        TimelineState t;
        t.setDuration(10 * kProjectRate);
        QSignalSpy spy(&t, &TimelineState::playheadChanged);
        t.setPlayhead(-5);
        QCOMPARE(t.playhead(), 0);
        QCOMPARE(spy.count(), 0);  // unchanged → no signal
        t.setPlayhead(11 * kProjectRate);
        QCOMPARE(t.playhead(), 10 * kProjectRate);
        QCOMPARE(spy.count(), 1);
    }

    void frameSteppingFollowsTheRationalFrameRate()
    {
        TimelineState t;
        t.setDuration(10 * kProjectRate);
        t.setFrameRate({30000, 1001});
        t.stepFrames(3);
        // frame 3 at 29.97 fps starts at 3 * 1001/30000 s = 0.1001 s = 4804.8 samples → 4805
        QCOMPARE(t.playhead(), 4805);
        t.stepFrames(-1);
        QCOMPARE(t.playhead(), 3203);  // frame 2: 3203.2 → 3203
        t.stepFrames(-10);
        QCOMPARE(t.playhead(), 0);
    }

    void snapPicksTheNearestFrameStart()
    {
        TimelineState t;
        t.setDuration(10 * kProjectRate);
        t.setFrameRate({25, 1});  // 1920 samples per frame
        QCOMPARE(t.frameDuration(), 1920);
        QCOMPARE(t.snapToFrame(959), 0);
        QCOMPARE(t.snapToFrame(961), 1920);
        QCOMPARE(t.snapToFrame(3840 + 100), 3840);
    }

    void zoomKeepsTheAnchorInPlace()
    {
        TimelineState t;
        t.setDuration(100 * kProjectRate);
        QCOMPARE(t.visibleRange(), (SampleTimeRange{0, 100 * kProjectRate}));
        const qint64 anchor = 25 * kProjectRate;
        t.zoomBy(2.0, anchor);
        QCOMPARE(t.visibleRange().length(), 50 * kProjectRate);
        // anchor was at 25 % of the view and stays at 25 %
        QCOMPARE(t.visibleRange().start, anchor - t.visibleRange().length() / 4);
        t.zoomToFit();
        QCOMPARE(t.visibleRange(), (SampleTimeRange{0, 100 * kProjectRate}));
    }

    void scrollStopsAtTheEnds()
    {
        TimelineState t;
        t.setDuration(100 * kProjectRate);
        t.setVisibleRange({10 * kProjectRate, 20 * kProjectRate});
        t.scrollBy(-50 * kProjectRate);
        QCOMPARE(t.visibleRange(), (SampleTimeRange{0, 10 * kProjectRate}));
        t.scrollBy(500 * kProjectRate);
        QCOMPARE(t.visibleRange(), (SampleTimeRange{90 * kProjectRate, 100 * kProjectRate}));
    }

    void zoomInIsLimited()
    {
        TimelineState t;
        t.setDuration(kProjectRate);
        t.zoomBy(1e9, 0);
        QCOMPARE(t.visibleRange().length(), TimelineState::kMinVisible);
    }

    void selectionIsClampedAndEmptyClears()
    {
        TimelineState t;
        t.setDuration(kProjectRate);
        QSignalSpy spy(&t, &TimelineState::selectionChanged);
        t.setSelection({-100, 2 * kProjectRate});
        QCOMPARE(t.selection(), (SampleTimeRange{0, kProjectRate}));
        t.setSelection({500, 400});
        QVERIFY(t.selection().isEmpty());
        QCOMPARE(spy.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TstTimelineState)
#include "tst_timelinestate.moc"
