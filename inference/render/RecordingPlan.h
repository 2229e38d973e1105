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
    // The recording the user chose for an onset (a library index, parallel to `onsets`; kFreeChoice = the take
    // chooses). Empty = every onset is free.
    std::vector<size_t> chosenClips;
    static constexpr size_t kFreeChoice = static_cast<size_t>(-1);

    bool isEmpty() const { return soundClass.empty(); }
};

}  // namespace foley::inference
