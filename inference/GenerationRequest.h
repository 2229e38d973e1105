#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/SampleTime.h"
#include "core/types/VideoFrame.h"
#include "inference/Sampler.h"

#include <cstdint>
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
    float text = 3.0f;      // caption (+ reference audio), after the semantic adapter has read the video
    float negative = 1.0f;  // negative caption; ignored when the negative caption is empty
    float video = 1.5f;     // frame-aligned video features; ignored without video
};

// A half-open range [start, end) in samples at kModelRate.
struct SampleRange {
    int64_t start = 0;
    int64_t end = 0;
    int64_t length() const { return end - start; }
};

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
    int steps = 20;
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

    // Region regeneration: only [region) is resampled; everything outside stays sample-identical to existingTake
    // (16 kHz, durationSamples long or longer; the result has durationSamples).
    std::optional<SampleRange> region;
    AudioBuffer existingTake;
};

}  // namespace foley::inference
