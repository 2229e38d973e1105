#pragma once

#include "core/timeline/SampleTimeRange.h"
#include "core/types/Rational.h"
#include "core/types/SampleTime.h"

#include <QObject>

namespace foley::core {

// The one playhead / selection / zoom model every view follows, so the video, the spectrogram, the onset track
// and the mask stay in lockstep. View state, not document state: changes are not undoable.
class TimelineState : public QObject {
    Q_OBJECT
public:
    explicit TimelineState(QObject* parent = nullptr);

    SampleTime duration() const { return m_duration; }
    void setDuration(SampleTime duration);
    Rational frameRate() const { return m_frameRate; }
    void setFrameRate(Rational fps);

    SampleTime playhead() const { return m_playhead; }
    void setPlayhead(SampleTime t);  // clamped to [0, duration]
    void stepFrames(int frames);     // moves to the start of the frame `frames` away (negative = back)
    void stepSeconds(double seconds);
    SampleTime snapToFrame(SampleTime t) const;  // nearest video frame start
    SampleTime frameDuration() const;            // one video frame in samples (rounded); 0 without a frame rate

    SampleTimeRange visibleRange() const { return m_visible; }
    void setVisibleRange(SampleTimeRange range);   // clamped; keeps at least kMinVisible samples
    void zoomBy(double factor, SampleTime anchor);  // factor > 1 zooms in around anchor
    void scrollBy(SampleTime delta);
    void zoomToFit();

    SampleTimeRange selection() const { return m_selection; }
    void setSelection(SampleTimeRange range);
    void clearSelection() { setSelection({}); }

    bool isPlaying() const { return m_playing; }
    void setPlaying(bool playing);

    static constexpr SampleTime kMinVisible = kProjectRate / 100;  // 10 ms

signals:
    void durationChanged(SampleTime duration);
    void frameRateChanged();
    void playheadChanged(SampleTime t);
    void visibleRangeChanged(foley::core::SampleTimeRange range);
    void selectionChanged(foley::core::SampleTimeRange range);
    void playingChanged(bool playing);

private:
    SampleTime clampTime(SampleTime t) const;

    SampleTime m_duration = 0;
    Rational m_frameRate{25, 1};
    SampleTime m_playhead = 0;
    SampleTimeRange m_visible;
    SampleTimeRange m_selection;
    bool m_playing = false;
};

}  // namespace foley::core
