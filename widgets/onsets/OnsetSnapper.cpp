#include "widgets/onsets/OnsetSnapper.h"

#include <algorithm>
#include <cmath>

namespace foley::widgets {

OnsetSnapper::OnsetSnapper(const core::TimelineState* timeline) : m_timeline(timeline) {}

void OnsetSnapper::setPeaks(std::vector<SampleTime> peaks)
{
    std::sort(peaks.begin(), peaks.end());
    m_peakTimes = std::move(peaks);
}

const SampleTime* OnsetSnapper::nearestPeak(SampleTime t) const
{
    if (m_peakTimes.empty()) return nullptr;
    const auto it = std::lower_bound(m_peakTimes.cbegin(), m_peakTimes.cend(), t);
    const SampleTime* best = nullptr;
    if (it != m_peakTimes.cend()) best = &*it;
    if (it != m_peakTimes.cbegin()) {
        const SampleTime* before = &*(it - 1);
        if (!best || t - *before <= *best - t) best = before;
    }
    return best;
}

SampleTime OnsetSnapper::snap(SampleTime t, double samplesPerPixel) const
{
    t = std::max<SampleTime>(0, t);
    if (m_peaks) {
        const SampleTime* peak = nearestPeak(t);
        if (peak && std::abs(static_cast<double>(*peak - t)) <= kPeakSnapPixels * samplesPerPixel) return *peak;
    }
    if (m_frames && m_timeline && m_timeline->frameRate().isValid()) return m_timeline->snapToFrame(t);
    return t;
}

}  // namespace foley::widgets
