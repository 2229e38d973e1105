#pragma once

#include "core/types/SampleTime.h"

#include <vector>

namespace foley::dsp {

// One detected (or reference) sound event: its start time and how strongly it sounds / how sure we are, in [0, 1].
// Seconds here because detectors are the edge where sample times meet frame rates; the project model converts
// to SampleTime (core/types/SampleTime.h) when it stores them.
struct OnsetEvent {
    double seconds = 0.0;
    double strength = 1.0;

    // From the project's integer sample time (kProjectRate unless given).
    static OnsetEvent atSample(SampleTime sample, double strength, int rate = kProjectRate)
    {
        return {samplesToSeconds(sample, rate), strength};
    }

    friend bool operator==(const OnsetEvent& a, const OnsetEvent& b) { return a.seconds == b.seconds && a.strength == b.strength; }
};

using OnsetSecondsList = std::vector<OnsetEvent>;

}  // namespace foley::dsp
