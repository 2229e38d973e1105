#pragma once

#include "core/dsp/GrayImage.h"

#include <deque>
#include <vector>

namespace foley::dsp {

struct ShotCutConfig {
    int bins = 32;                   // histogram of the contrast-normalised image (z-scores in [-2.5, 2.5])
    double minHistogramJump = 0.3;   // a cut's histogram distance (half L1, 0..1) is at least this ...
    double histogramSpike = 3.0;     // ... and this many times the recent median (+0.05)
    double maxCutCorrelation = 0.35; // or the aligned frames' correlation falls below this ...
    double correlationDrop = 0.35;   // ... from a recent median at least this much higher
    int history = 8;                 // frames of recent statistics
};

struct CutDecision {
    double histogramDistance = 0;    // 0 = same grey-level distribution (after contrast normalisation)
    double correlation = 1;          // normalised cross-correlation of the camera-aligned frames
    bool cut = false;
};

// Hard-cut detection for the visual onset detector. Both statistics are computed on contrast-normalised
// images, so fades and flashes (which scale and offset the grey levels) do not look like cuts, and the
// correlation uses camera-aligned frames, so pans do not either. A cut is a spike against the recent past,
// not a fixed level: busy shots with constant change stay uncut.
class ShotCutDetector {
public:
    explicit ShotCutDetector(const ShotCutConfig& config = {}) : m_config(config) {}

    // `previousAligned` is the previous frame already shifted onto `current` (nullptr for the first frame).
    CutDecision push(const GrayImage* previousAligned, const GrayImage& current);
    void reset();

private:
    std::vector<double> histogram(const GrayImage& image) const;

    ShotCutConfig m_config;
    std::vector<double> m_previousHistogram;
    std::deque<double> m_recentDistances;
    std::deque<double> m_recentCorrelations;
};

}  // namespace foley::dsp
