#include "core/timeline/TimelineState.h"

#include <algorithm>
#include <cmath>

namespace foley::core {

TimelineState::TimelineState(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<foley::core::SampleTimeRange>();
}

void TimelineState::setDuration(SampleTime duration)
{
    duration = std::max<SampleTime>(0, duration);
    if (duration == m_duration) return;
    m_duration = duration;
    emit durationChanged(duration);
    setPlayhead(m_playhead);
    zoomToFit();
}

void TimelineState::setFrameRate(Rational fps)
{
    if (!fps.isValid() || fps == m_frameRate) return;
    m_frameRate = fps.reduced();
    emit frameRateChanged();
}

SampleTime TimelineState::clampTime(SampleTime t) const
{
    return std::clamp<SampleTime>(t, 0, m_duration);
}

void TimelineState::setPlayhead(SampleTime t)
{
    t = clampTime(t);
    if (t == m_playhead) return;
    m_playhead = t;
    emit playheadChanged(t);
}

void TimelineState::stepFrames(int frames)
{
    const int64_t current = samplesToVideoFrame(m_playhead, m_frameRate);
    setPlayhead(videoFrameToSamples(std::max<int64_t>(0, current + frames), m_frameRate));
}

void TimelineState::stepSeconds(double seconds)
{
    setPlayhead(m_playhead + secondsToSamples(seconds));
}

SampleTime TimelineState::snapToFrame(SampleTime t) const
{
    const int64_t frame = samplesToVideoFrame(t, m_frameRate);
    const SampleTime a = videoFrameToSamples(frame, m_frameRate);
    const SampleTime b = videoFrameToSamples(frame + 1, m_frameRate);
    return clampTime(t - a <= b - t ? a : b);
}

SampleTime TimelineState::frameDuration() const
{
    return videoFrameToSamples(1, m_frameRate);
}

void TimelineState::setVisibleRange(SampleTimeRange range)
{
    const SampleTime total = std::max<SampleTime>(m_duration, kMinVisible);
    SampleTime length = std::clamp<SampleTime>(range.length(), kMinVisible, total);
    SampleTime start = std::clamp<SampleTime>(range.start, 0, total - length);
    const SampleTimeRange clamped{start, start + length};
    if (clamped == m_visible) return;
    m_visible = clamped;
    emit visibleRangeChanged(clamped);
}

void TimelineState::zoomBy(double factor, SampleTime anchor)
{
    if (factor <= 0.0) return;
    const double length = static_cast<double>(m_visible.length()) / factor;
    const double anchorFraction = m_visible.isEmpty()
        ? 0.5
        : static_cast<double>(anchor - m_visible.start) / static_cast<double>(m_visible.length());
    const auto newLength = static_cast<SampleTime>(std::llround(length));
    const auto newStart = anchor - static_cast<SampleTime>(std::llround(anchorFraction * length));
    setVisibleRange({newStart, newStart + newLength});
}

void TimelineState::scrollBy(SampleTime delta)
{
    setVisibleRange({m_visible.start + delta, m_visible.end + delta});
}

void TimelineState::zoomToFit()
{
    setVisibleRange({0, std::max<SampleTime>(m_duration, kMinVisible)});
}

void TimelineState::setSelection(SampleTimeRange range)
{
    if (!range.isEmpty()) range = {clampTime(range.start), clampTime(range.end)};
    else range = {};
    if (range == m_selection) return;
    m_selection = range;
    emit selectionChanged(range);
}

void TimelineState::setPlaying(bool playing)
{
    if (playing == m_playing) return;
    m_playing = playing;
    emit playingChanged(playing);
}

}  // namespace foley::core
