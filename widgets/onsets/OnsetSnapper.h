#pragma once

#include "core/timeline/TimelineState.h"

#include <vector>

namespace foley::widgets {

// Where a dragged, tapped or added onset lands: on a detected peak if one is within a few pixels (when peak
// snapping is on), else on the nearest video frame start (when frame snapping is on), else where it was dropped.
class OnsetSnapper {
public:
    static constexpr double kPeakSnapPixels = 8.0;

    explicit OnsetSnapper(const core::TimelineState* timeline);

    void setSnapToFrames(bool on) { m_frames = on; }
    bool snapToFrames() const { return m_frames; }
    void setSnapToPeaks(bool on) { m_peaks = on; }
    bool snapToPeaks() const { return m_peaks; }
    void setPeaks(std::vector<SampleTime> peaks);  // detector peak times, any order
    const std::vector<SampleTime>& peaks() const { return m_peakTimes; }

    // `samplesPerPixel` turns the peak radius into time at the current zoom.
    SampleTime snap(SampleTime t, double samplesPerPixel) const;

private:
    const SampleTime* nearestPeak(SampleTime t) const;

    const core::TimelineState* m_timeline;
    std::vector<SampleTime> m_peakTimes;  // sorted
    bool m_frames = true;
    bool m_peaks = false;
};

}  // namespace foley::widgets
