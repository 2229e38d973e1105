#include "inference/sampling/WindowPlan.h"

#include <algorithm>

namespace foley::inference {

WindowPlan::WindowPlan(int64_t frames, int window, int overlap)
    : m_frames(frames), m_window(window), m_overlap(std::clamp(overlap, 0, window / 2))
{
    if (frames <= window) {
        m_starts.push_back(0);  // a short clip is computed in one (padded) window and cropped
        return;
    }
    const int64_t stride = window - m_overlap;
    for (int64_t s = 0; s + window < frames; s += stride) m_starts.push_back(s);
    m_starts.push_back(frames - window);  // the last window ends exactly at the clip's end
}

float WindowPlan::weight(int index, int offset) const
{
    if (m_overlap == 0 || m_starts.size() == 1) return 1.0f;
    const int64_t s = start(index);
    float w = 1.0f;
    if (index > 0) {  // rising edge across the overlap with the previous window
        const int64_t shared = start(index - 1) + m_window - s;
        if (offset < shared) w = std::min(w, (static_cast<float>(offset) + 0.5f) / static_cast<float>(shared));
    }
    if (index + 1 < count()) {  // falling edge across the overlap with the next window
        const int64_t shared = s + m_window - start(index + 1);
        const int64_t fromEnd = m_window - 1 - offset;
        if (fromEnd < shared) w = std::min(w, (static_cast<float>(fromEnd) + 0.5f) / static_cast<float>(shared));
    }
    return w;
}

}  // namespace foley::inference
