#pragma once

#include "core/dsp/GrayImage.h"
#include "core/dsp/PhaseCorrelator.h"

#include <memory>

namespace foley::dsp {

// The camera's translation between consecutive frames, robust to objects moving in the shot.
//
// Phase correlation proposes candidates (its strongest peaks: the camera, but also a high-contrast ball or
// a textured object may win the top peak), plus "no motion" and the previous frame's answer; each
// candidate is scored by the median, over a grid of blocks, of the mean absolute difference between the
// frames once the candidate is undone (after matching contrast, so fades do not bias it). The median follows
// whatever covers most of the picture — the background — so a pan is compensated and a falling ball is not.
class CameraMotionEstimator {
public:
    CameraMotionEstimator(int width, int height);

    // Translation of `image` relative to the previous push() (zero on the first call).
    GlobalShift push(const GrayImage& image);
    void reset();
    // Median block residual of the chosen shift (grey levels): the frame pair's "static" noise level.
    double residual() const { return m_residual; }

private:
    struct Levels {  // grey-level statistics of the two frames (contrast matching)
        double meanCurrent = 0, meanPrevious = 0, gain = 1;
    };
    double cost(const GrayImage& current, const Levels& levels, double dx, double dy) const;

    PhaseCorrelator m_correlator;
    GrayImage m_previous;
    GlobalShift m_last;
    double m_residual = 0;
};

}  // namespace foley::dsp
