#pragma once

#include "core/dsp/GrayImage.h"

#include <memory>
#include <vector>

namespace foley::dsp {

// Global translation between consecutive frames, such that current(x) ≈ previous(x - (dx, dy)).
struct GlobalShift {
    double dx = 0.0;
    double dy = 0.0;
    double peak = 0.0;  // phase-correlation peak height in [0, 1]: ~1 for a clean translation, ~0 for unrelated frames
};

// Phase correlation (FFTW3f, 2-D) for camera-motion compensation: the normalised cross-power spectrum of two
// Hann-windowed frames has its inverse-transform peak at their relative translation; the peak is refined to
// sub-pixel precision with a parabola. Streaming: each push() reuses the previous frame's spectrum.
// One instance per thread.
class PhaseCorrelator {
public:
    PhaseCorrelator(int width, int height);
    ~PhaseCorrelator();
    PhaseCorrelator(const PhaseCorrelator&) = delete;
    PhaseCorrelator& operator=(const PhaseCorrelator&) = delete;

    int width() const { return m_width; }
    int height() const { return m_height; }

    // Shift of `image` relative to the image of the previous push() (zero shift, zero peak on the first call).
    GlobalShift push(const GrayImage& image);
    // The strongest `count` peaks of the last push() (the first is push()'s answer), strongest first
    // (3x3 local maxima of the correlation surface). Several moving things give several peaks: callers pick the camera's.
    const std::vector<GlobalShift>& candidates() const { return m_candidates; }
    void setCandidateCount(int count) { m_candidateCount = count; }
    void reset() { m_hasPrevious = false; }

private:
    void transform(const GrayImage& image);
    void findPeaks();

    struct Buffers;
    int m_width;
    int m_height;
    bool m_hasPrevious = false;
    int m_candidateCount = 3;
    std::vector<GlobalShift> m_candidates;
    std::unique_ptr<Buffers> m_buffers;
};

}  // namespace foley::dsp
