#pragma once

#include "core/dsp/MelFrames.h"

#include <cstdint>
#include <vector>

namespace foley::inference {

// What unit selection compares between the model's drawing of an event (or a texture span) and a candidate
// recording, on core's natural-log mel at 100 frames per second: the level envelope over the event's first
// kEnvelopeFrames (its shape, peak at 0) and the spectrum of its body (its brightness, loudness removed). Both are
// what the model's own drawing carries well (timing, loudness contour, brightness), not fine timbre.
struct UnitFeatures {
    static constexpr int kEnvelopeFrames = 30;  // 300 ms
    static constexpr int kBodyFrames = 8;       // 80 ms from the attack
    static constexpr float kEnvelopeFloor = -6.0f;  // natural-log units under the peak (~ -52 dB)

    std::vector<float> envelope;  // kEnvelopeFrames values, max 0, floored
    std::vector<float> spectrum;  // one value per mel bin, mean over bins removed

    bool isEmpty() const { return spectrum.empty(); }

    // The event starting at `firstFrame` of `mel` (frames past its end count as silence).
    static UnitFeatures ofEvent(const dsp::MelFrames& mel, int64_t firstFrame);
    // Squared distance of two events' features: envelope and spectrum, each a mean over its values.
    static double eventDistance(const UnitFeatures& a, const UnitFeatures& b);

    // Mean spectrum shape over frames [first, first + count) (mean over bins removed): a texture's colour.
    static std::vector<float> spectrumShape(const dsp::MelFrames& mel, int64_t first, int64_t count);
    static double spectrumDistance(const std::vector<float>& a, const std::vector<float>& b);
};

}  // namespace foley::inference
