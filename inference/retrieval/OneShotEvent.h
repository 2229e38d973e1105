#pragma once

#include <vector>

namespace foley::inference {

// One event cut from a library recording for placement at an onset: it starts at the recording's attack, keeps
// the body for a moment, then decays exponentially and ends within kMaxSeconds, so a recording that holds several
// hits (a drum roll, two footsteps) contributes one clear transient. attacks = onsets core's detector finds in
// the cut: retrieval prefers cuts with exactly one.
struct OneShotEvent {
    static constexpr double kMaxSeconds = 0.6;
    static constexpr double kHoldSeconds = 0.04;   // after the peak, before the decay starts
    static constexpr double kDecaySeconds = 0.12;  // time constant of the decay envelope

    static constexpr double kMaxNaturalSeconds = 2.5;

    std::vector<float> samples;  // 16 kHz, peak-normalised to 1
    int attacks = 0;
    // The recording's own event, for a render at full quality: from the cut's start (5 ms before the attack) to
    // just before the recording's next attack or before its level first rises above the attack's, or to its end,
    // at most kMaxNaturalSeconds; no imposed decay.
    double naturalSeconds = 0.0;

    static OneShotEvent cut(const std::vector<float>& recording);
};

}  // namespace foley::inference
