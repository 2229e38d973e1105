#pragma once

#include "core/dsp/OnsetEvent.h"
#include "core/dsp/TemporalCondition.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "inference/retrieval/SoundLibrary.h"

#include <cstdint>
#include <string>
#include <vector>

namespace foley::inference {

// What to build from the library: recordings of one class placed at the requested onsets (events, loudness from
// strength) and held under the mask (textures), over a faint room tone. The same composition renders training
// scenes and, at generation time, the retrieved scaffold the denoiser starts from.
struct ScaffoldPlan {
    std::string soundClass;
    dsp::OnsetSecondsList onsets;          // seconds from the clip start, strength 0..1
    dsp::SampledCurve mask;         // sustained level 0..1; empty = none
    std::string textureClass;       // class of the recording held under the mask; empty = soundClass
    // The texture is a background bed under events, not the sound itself: the steadiest of several recordings,
    // looped with crossfades, its level following the mask in dB (as onset strengths do) rather than linearly.
    bool textureIsBed = false;
    int64_t durationSamples = 0;    // at kModelRate
    double roomToneDb = -58.0;      // level of the room tone (dBFS RMS); <= -120 = none
    double sameClipProbability = 0.6;  // repeated onsets often come from one object
    uint64_t seed = 0;
    std::vector<size_t> allowedClips;  // restricts the choice (e.g. the train split); empty = every clip of the class
};

struct Scaffold {
    AudioBuffer audio;            // 16 kHz mono, durationSamples long
    AudioBuffer reference;        // another recording of the class (<= 2 s): the timbre reference
    std::vector<size_t> clipsUsed;
    bool textureUsed = false;     // a recording is held under the mask (the last of clipsUsed)
};

class ScaffoldComposer {
public:
    explicit ScaffoldComposer(const SoundLibrary& library) : m_library(library) {}
    Result<Scaffold> compose(const ScaffoldPlan& plan) const;

private:
    const SoundLibrary& m_library;
};

}  // namespace foley::inference
