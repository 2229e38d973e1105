#pragma once

#include <cstdint>
#include <vector>

namespace foley::dsp {

struct TransientEnvelopeConfig {
    double stepSeconds = 0.0025;     // envelope resolution
    double windowSeconds = 0.004;    // energy "after" window; the "before" window is 4x longer
    double gateDecibels = -60.0;     // ignore rises into anything quieter than this relative to the loudest window
};

// A fine-grained onset cue for very short sounds (clicks, ticks) that a 64 ms spectral frame dilutes:
// the log ratio between the energy of the first-difference signal (emphasising high frequencies, removing
// hum and rumble) in the 4 ms after t and the larger of the 16 ms and 4 ms before t (so ramps and fades,
// whose recent past is almost as loud, do not count). Values are in nats, >= 0; ~0 in stationary sound.
class TransientEnvelope {
public:
    explicit TransientEnvelope(const TransientEnvelopeConfig& config = {}) : m_config(config) {}

    // One value per step (value i at i * step seconds).
    std::vector<float> compute(const float* samples, int64_t count, int sampleRate) const;
    double rate() const { return 1.0 / m_config.stepSeconds; }

private:
    TransientEnvelopeConfig m_config;
};

}  // namespace foley::dsp
