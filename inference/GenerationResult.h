#pragma once

#include "core/types/AudioBuffer.h"
#include "inference/render/TakeProvenance.h"

#include <cstdint>
#include <string>
#include <vector>

namespace foley::inference {

struct StageTiming {
    std::string stage;  // "conditions", "sampling", "vocoder", ...
    double milliseconds = 0.0;
};

// What a generation did and cost, recorded with the take.
struct GenerationReport {
    std::vector<StageTiming> stages;
    double totalMilliseconds = 0.0;
    int stepsRequested = 0;
    int stepsDone = 0;
    uint64_t seed = 0;
    int windows = 0;          // model windows per step (overlapping, fused)
    int guidanceBranches = 0; // forward passes per window per step
    double flops = 0.0;       // analytic estimate of the whole generation
    double denoiserFlops = 0.0;
    double denoiserMilliseconds = 0.0;  // time inside denoiser forwards only
    std::string vocoder;      // "neural" or "griffin-lim"
    std::string render;       // "recordings" or "neural": how the audio was made
    std::vector<std::string> notes;  // e.g. why a render from recordings fell back to the neural one

    double stageMilliseconds(const std::string& stage) const
    {
        for (const StageTiming& s : stages)
            if (s.stage == stage) return s.milliseconds;
        return 0.0;
    }
};

struct GenerationResult {
    // Rendered from recordings: outputRate, mono or stereo, outputFrameCount() frames. Neural: kModelRate mono,
    // exactly durationSamples. Empty when the request gave a sink (the audio went there).
    AudioBuffer audio;
    // The take's format and length, wherever its audio went.
    int sampleRate = 0;
    int channels = 0;
    int64_t frames = 0;
    GenerationReport report;
    TakeProvenance provenance;  // which recordings the take is made of (empty for a neural render)
};

}  // namespace foley::inference
