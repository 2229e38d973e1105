#pragma once

#include "core/dsp/OnsetEvent.h"
#include "core/dsp/TemporalCondition.h"

#include <cstddef>
#include <string>
#include <vector>

namespace foley::inference {

// What a take is made of when it is rendered from recordings (RetrievalPlanner decides it from the caption):
// events of `soundClass` at the onsets, and `textureClass` held under the mask.
struct RecordingPlan {
    std::string soundClass;       // empty = nothing to render from (the engine falls back to the neural render)
    std::string textureClass;     // under the mask; empty = soundClass
    bool textureIsBed = false;    // a background bed under events (steadiest recording, level in dB)
    dsp::OnsetSecondsList onsets;        // seconds from the clip start, strength 0..1
    dsp::SampledCurve mask;       // sustained level 0..1; empty = none
    std::vector<size_t> allowedClips;  // restricts the events' recordings (e.g. a split); empty = the class's clips
    // Recordings that particular onsets take theirs from instead of the class's (library indices): the one the user
    // chose for an onset (a pool of one), or those a timed caption segment names for the onsets inside it.
    std::vector<std::vector<size_t>> eventPools;
    // Per onset (parallel to `onsets`), its pool in eventPools; kClassPool = the class's recordings. Empty = every
    // onset takes the class's.
    std::vector<size_t> onsetPools;
    static constexpr size_t kClassPool = static_cast<size_t>(-1);
    // Recordings that the mask's spans starting inside a timed caption segment loop instead of textureClass's.
    struct TimedTextures {
        double startSeconds = 0.0;
        double endSeconds = 0.0;
        std::vector<size_t> clips;  // library indices
    };
    std::vector<TimedTextures> segmentTextures;

    bool isEmpty() const { return soundClass.empty(); }
};

}  // namespace foley::inference
