#pragma once

#include "core/types/Result.h"
#include "core/types/RunControl.h"
#include "inference/GenerationRequest.h"
#include "inference/GenerationResult.h"
#include "inference/pack/ModelPackInfo.h"

#include <functional>
#include <memory>
#include <string>

namespace foley::inference {

class VideoFeatureBuilder;

struct EngineOptions {
    std::string packFolder;  // folder holding model.json and the files it lists
    int threads = 0;         // intra-op threads for libtorch (process-wide); 0 = every core
    int griffinLimIterations = 32;  // fallback vocoder, used when the pack has no neural vocoder
    std::function<void(const std::string&)> log;  // optional: one line per event (load, timings)
};

// The in-process generator (whisper.cpp / sd.cpp style, C++). Holds the immutable weights of one model pack.
//
// Threading contract: one Engine, one thread at a time. generate() and computeVideoFeatures() must not run
// concurrently on the same Engine (the app's single inference worker thread owns it); load() may run on any thread.
// Cancellation: RunControl::cancel() from any thread; it is checked before every sampler step and before the
// vocoder, and generate() then returns ErrorCode::Cancelled. Progress: RunControl::report(stepsDone / steps) after
// every sampler step, then 1.0 when the audio is ready.
class Engine {
public:
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Loads and checks a pack: InferencePackMissing, InferencePackInvalid, InferencePackVersion,
    // InferencePackChecksum, InferencePackShape (names the parameter), InferenceMelMismatch (names the field).
    // With a control: progress while loading, and Cancelled when it is cancelled (checked every 64 KiB of the
    // checksums and after the weights), so closing the application never waits for a load to finish.
    static Result<std::unique_ptr<Engine>> load(const EngineOptions& options, const RunControl* control = nullptr);

    const ModelPackInfo& pack() const;
    bool hasNeuralVocoder() const;
    double loadMilliseconds() const;

    // Sampler steps generate() will run for `request`: with a scaffold only the steps below its variation run, and a
    // render from recordings draws in at most kTargetSteps from at least kTargetVariation. For progress displays.
    static int samplerStepsToRun(const GenerationRequest& request);

    // Same request + same seed -> bit-identical audio on the same machine and thread count.
    Result<GenerationResult> generate(const GenerationRequest& request, RunControl& control);

    // Per-frame visual features at kConditionRate for a clip of `durationSamples`, to cache and reuse across
    // generations of the same video (GenerationRequest::videoFeatures).
    Result<VideoFeatures> computeVideoFeatures(const std::vector<VideoFrame>& frames, int64_t durationSamples);
    // The same features built frame by frame as a video is decoded (a long video never held whole).
    std::unique_ptr<VideoFeatureBuilder> videoFeatureBuilder();

    // The vocoder alone: core's log-mel of `audio` (16 kHz) -> the pack's vocoder (or Griffin-Lim) -> audio of the
    // same length. What the vocoder loses on real recordings (the evaluation's reconstruction error).
    Result<AudioBuffer> resynthesize(const AudioBuffer& audio);

    struct Impl;  // opaque (inference/EngineState.h, internal)

private:
    explicit Engine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace foley::inference
