#pragma once

#include "core/dsp/OnsetEvent.h"
#include "core/dsp/TemporalCondition.h"
#include "core/types/GenerationDefaults.h"
#include "core/types/Result.h"
#include "inference/GenerationRequest.h"
#include "inference/render/RecordingPlan.h"
#include "inference/retrieval/SoundLibrary.h"

#include <optional>
#include <string>

namespace foley::inference {

// Retrieval-augmented generation: the caption names a class (SoundClassVocabulary; a class the negative prompt
// names is never retrieved), real recordings of that class are placed at the requested onsets and held under the
// mask (ScaffoldComposer), and the request starts from that scaffold with another recording as the timbre
// reference. With temporal strength 0 the timing is free: no scaffold, only the reference.
struct RetrievalInput {
    std::string caption;
    std::string negative;
    dsp::OnsetSecondsList onsets;
    dsp::SampledCurve mask;
    int64_t durationSamples = 0;
    float temporalStrength = 1.0f;
    uint64_t seed = 0;
};

struct RetrievalOutcome {
    bool used = false;
    std::string soundClass;   // the class retrieved
    std::string explanation;  // for the status bar and logs: what was retrieved, or why nothing was
    std::vector<size_t> clipsUsed;
    RecordingPlan plan;  // what a render from recordings takes from the library (empty when nothing was retrieved)
};

// Default distance from the recordings. Measured with `foleyforge-train eval` on the default pack: at 0.3 the takes
// keep the requested timing better than the bare scaffold (aubio F1 0.96 vs 0.94); at 0.5 the denoiser redraws
// enough to blur attacks (0.88).
inline constexpr float kDefaultVariation = static_cast<float>(generation::kDefaultVariation);

// The built-in class a caption names (SoundClassVocabulary) among those the library has recordings of, as
// applyRetrieval chooses it, with the texture held under the mask.
struct ClassChoice {
    std::string soundClass;
    std::string textureClass;
    double confidence = 0.0;  // posterior of the caption -> class model
    int words = 0;            // the caption's content words that name the class (its keywords and materials, WordMatch)
};
// Empty when the caption names no class the library has, or not clearly enough; `whyNot` (optional) then says why.
std::optional<ClassChoice> chooseClass(const SoundLibrary& library, const std::string& caption, const std::string& negative,
                                       std::string* whyNot = nullptr);

// Fills request.scaffoldAudio / referenceAudio from the library (request.variation, set by the caller, says how
// far from them to go) and returns the plan a render from recordings follows (the caller puts it with the library
// into request.recordings). Nothing retrievable (no class word, an empty library) leaves the request unchanged and
// says why.
RetrievalOutcome applyRetrieval(const SoundLibrary& library, const RetrievalInput& input, GenerationRequest& request);

// The same for a class chosen by the caller (e.g. the user's recordings a caption found in their own libraries):
// events from `soundClass`, the mask's texture from `textureClass` (a bed when it is "ambience").
RetrievalOutcome retrieveClass(const SoundLibrary& library, const std::string& soundClass, const std::string& textureClass,
                               const RetrievalInput& input, GenerationRequest& request);

}  // namespace foley::inference
