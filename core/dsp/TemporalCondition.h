#pragma once

#include "core/dsp/OnsetEvent.h"

#include <cstdint>
#include <vector>

namespace foley::dsp {

// A curve sampled at a fixed rate starting at t = 0 (value i at i / rate seconds): the project's temporal mask.
struct SampledCurve {
    double rate = 25.0;
    std::vector<float> values;
};

struct TemporalConditionConfig {
    enum class Kernel {
        Decaying,  // peak at the onset frame, exp decay afterwards, a one-frame ramp before: sound-like
        Gaussian,  // symmetric bump
    };
    double frameRate = 100.0;    // the mel frame rate (MelConfig::framesPerSecond())
    Kernel kernel = Kernel::Decaying;
    double widthSeconds = 0.03;  // Decaying: time to fall to half; Gaussian: full width at half maximum
};

// The temporal condition the model sees (and the GUI draws): onsets become short bumps whose peak is the
// onset's strength, each mask value holds over its frame span (as the project stores it), and the result is
// clamp(max(onset curve, mask), 0, 1) on frames k = 0 .. frameCount-1 at k / frameRate seconds (the mel frames:
// frame k is centred on sample k * hop, so frameCount = MelConfig::frameCount(samples) lines them up).
// Each bump peaks exactly at the frame nearest the onset, so a strength survives resampling unchanged.
class TemporalCondition {
public:
    explicit TemporalCondition(const TemporalConditionConfig& config = {}) : m_config(config) {}
    const TemporalConditionConfig& config() const { return m_config; }

    std::vector<float> build(const OnsetSecondsList& onsets, const SampledCurve& mask, int64_t frameCount) const;
    // Frames covering `durationSeconds` the way the mel spectrogram does: 1 + floor(duration * frameRate).
    int64_t frameCountFor(double durationSeconds) const;

    // The two halves, for display and tests.
    std::vector<float> onsetCurve(const OnsetSecondsList& onsets, int64_t frameCount) const;
    std::vector<float> resampleMask(const SampledCurve& mask, int64_t frameCount) const;
    // Kernel value `offsetFrames` frames after (positive) or before (negative) the onset frame; 1 at 0.
    double kernel(int64_t offsetFrames) const;

private:
    TemporalConditionConfig m_config;
};

}  // namespace foley::dsp
