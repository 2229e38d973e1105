#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace foley::inference {

// How a clip of `frames` mel frames is covered by fixed model windows that overlap by `overlap` frames.
// At every sampler step the windows' predictions are fused on the clip's timeline with these weights
// (a linear cross-fade across each overlap, 1 elsewhere), so long clips have no seams and the exact length.
class WindowPlan {
public:
    WindowPlan(int64_t frames, int window, int overlap);

    int64_t frames() const { return m_frames; }
    int window() const { return m_window; }
    int count() const { return static_cast<int>(m_starts.size()); }
    int64_t start(int index) const { return m_starts[static_cast<size_t>(index)]; }
    // Frames the model computes in total (padding of a short clip included).
    int64_t computedFrames() const { return static_cast<int64_t>(m_starts.size()) * m_window; }
    // Clip frames covered by the padded timeline: max(frames, window).
    int64_t paddedFrames() const { return m_frames > m_window ? m_frames : m_window; }

    // Weight of window-local frame `offset` of window `index` (> 0 everywhere inside the window).
    float weight(int index, int offset) const;

private:
    int64_t m_frames;
    int m_window;
    int m_overlap;
    std::vector<int64_t> m_starts;
};

}  // namespace foley::inference
