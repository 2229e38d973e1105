#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/AudioSink.h"
#include "core/types/GenerationDefaults.h"
#include "core/types/SampleTime.h"
#include "core/types/VideoFrame.h"
#include "inference/Sampler.h"
#include "inference/render/RecordingPlan.h"
#include "inference/render/RenderMode.h"
#include "inference/retrieval/SoundLibrary.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace foley::inference {

// The mel frame rate every time-aligned input uses: 16 kHz / hop 160 = 100 frames per second.
inline constexpr int kConditionRate = 100;

// Per-frame visual features at kConditionRate, as returned by Engine::computeVideoFeatures (cache them per video).
struct VideoFeatures {
    int dim = 0;                // must equal the pack's video feature size
    std::vector<float> values;  // frameCount() x dim, row-major
    size_t frameCount() const { return dim > 0 ? values.size() / static_cast<size_t>(dim) : 0; }
};

// Separate classifier-free guidance weights (TA-V2A eq. 14): v = v0 + wT (vT - v0) - wN (vN - v0) + wV (vV - v0).
struct GuidanceWeights {
    // caption (+ reference audio), after the semantic adapter has read the video
    float text = static_cast<float>(generation::kDefaultGuidance);
    // negative caption; ignored when the negative caption is empty
    float negative = static_cast<float>(generation::kDefaultNegativeGuidance);
    // frame-aligned video features; ignored without video
    float video = static_cast<float>(generation::kDefaultVideoGuidance);
};

// A half-open range [start, end) of audio frames; the rate is in the name of the field that holds it (modelRegion:
// kModelRate, outputRegion: the take rate).
struct FrameRange {
    int64_t start = 0;
    int64_t end = 0;
    int64_t length() const { return end - start; }
};

// The recordings a take is rendered from (RenderMode::Recordings): the library and what to take from it
// (RetrievalPlanner fills both from the caption).
struct RecordingInput {
    std::shared_ptr<const SoundLibrary> library;
    RecordingPlan plan;
};

// The model's drawing that guides a render from recordings: its own (from the scaffold noised to at least this
// level, so the choice is the model's rather than an echo of the cuts the scaffold was made from), in a few steps
// (envelope and brightness settle early; fine texture is the recordings' job).
inline constexpr float kTargetVariation = 0.8f;
inline constexpr int kTargetSteps = 8;

// Everything one generation needs, as values (a snapshot: never the live project).
struct GenerationRequest {
    // Video: decoded frames (any size, Gray8/Rgb24, timeSeconds relative to the clip start, ascending), or the
    // features computed from them earlier. Frames win when both are given. Neither = no video condition.
    std::vector<VideoFrame> frames;
    VideoFeatures videoFeatures;

    std::string caption;          // empty = no text condition
    std::string negativeCaption;  // empty = no negative guidance
    std::vector<float> temporalCurve;  // onset/mask probability at kConditionRate, 0..1; empty = no timing control

    int64_t durationSamples = 8 * kModelRate;  // exact length of the returned audio
    int steps = generation::kDefaultSteps;
    Sampler sampler = Sampler::Euler;
    float ddimEta = 0.5f;  // only for Sampler::Ddim
    GuidanceWeights guidance;
    float semanticStrength = 1.0f;  // scales the semantic adapter's residual (0 = text ignores video)
    float temporalStrength = 1.0f;  // scales the temporal adapter's residual (0 = timing not controlled)
    uint64_t seed = 0;
    bool promptTokens = true;  // false leaves the learned prompt tokens out (an ablation; the pack was trained with them)

    AudioBuffer referenceAudio;  // optional, 16 kHz (mono or mixed down): steers timbre

    // Retrieval-augmented start (SDEdit-style): real recordings already placed at the onsets (ScaffoldComposer).
    // Sampling starts from the scaffold's mel noised to t = variation instead of from pure noise, so timing and
    // timbre come from the recordings and the denoiser re-synthesises everything finer than that noise level.
    // variation 1 (or no scaffold) = generation from noise; smaller = closer to the recordings, and fewer steps run.
    AudioBuffer scaffoldAudio;  // 16 kHz, at least durationSamples long when given
    float variation = 1.0f;     // ignored without a scaffold

    // How the take's audio is made. Recordings (the default) needs `recordings` with a plan; without one the engine
    // renders neurally and says why (GenerationReport::notes).
    RenderMode render = RenderMode::Recordings;
    RecordingInput recordings;
    int outputRate = kDefaultTakeRate;  // the take's rate when rendered from recordings (the neural render is 16 kHz)
    int64_t outputFrames = 0;           // exact length at outputRate; 0 = durationSamples converted

    // Region regeneration: a neural render resamples only [modelRegion); everything outside stays sample-identical to
    // existingTake (16 kHz, durationSamples long or longer; the result has durationSamples). A render from recordings
    // uses outputRegion instead, with existingTake at outputRate, outputFrames long or longer.
    std::optional<FrameRange> modelRegion;  // at kModelRate
    std::optional<FrameRange> outputRegion;  // at outputRate
    AudioBuffer existingTake;

    // Where the take's audio goes, when not into GenerationResult::audio (which then stays empty): a render from
    // recordings hands it over block by block as it is rendered (a long take streamed to disk never exists in memory
    // at once); a neural render hands over its whole buffer. Not with a region (a splice needs the existing take).
    AudioSink* sink = nullptr;

    int64_t outputFrameCount() const
    {
        return outputFrames > 0 ? outputFrames : (durationSamples * outputRate + kModelRate / 2) / kModelRate;
    }
};

}  // namespace foley::inference
