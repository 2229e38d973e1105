#include "inference/training/TrainingStepProbe.h"

#include "inference/training/TrainingLosses.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/optim/adamw.h>

#include <chrono>

namespace foley::inference {

Result<TrainingStepTiming> measureGeneratorTrainingStep(const ArchitectureConfig& config, int batch, int repeats)
{
    try {
        ArchitectureConfig c = config;
        c.textVocabulary = 2;
        GeneratorModel model(c);
        const WordTokenizer tokenizer({"door", "slam"}, c.textHashBuckets, c.textMaxTokens);
        GeneratorBatch b;
        b.logMel = torch::randn({batch, c.melBins, c.windowFrames}) - 4.0;
        b.captions.assign(static_cast<size_t>(batch), "a heavy door slam on wood");
        const int64_t framesPerClip = c.windowFrames / 4;  // 25 fps video under 100 Hz mel frames
        b.frames = torch::rand({batch * framesPerClip, 2, c.videoFrameSize, c.videoFrameSize});
        b.frameOfMel = torch::arange(batch * c.windowFrames, torch::kLong).div(4, "floor").view({batch, c.windowFrames});
        b.hasVideo = torch::ones({batch});
        b.temporal = model->temporal->curveFeatures(torch::rand({batch, c.windowFrames}));
        b.hasCurve = torch::ones({batch});
        b.reference = torch::randn({batch, 2 * c.melBins});
        b.hasReference = torch::ones({batch});
        torch::optim::AdamW optimiser(model->parameters(), torch::optim::AdamWOptions(3e-4));
        at::Generator generator = at::detail::createCPUGenerator(1);
        TrainingStepTiming timing;
        timing.batch = batch;
        timing.milliseconds = 1e300;
        for (const torch::Tensor& p : model->parameters()) timing.parameters += static_cast<double>(p.numel());
        timing.forwardFlops = model->flops(batch, c.promptTokens + 8.0) + model->video->flops(static_cast<double>(batch * framesPerClip));
        for (int i = 0; i < repeats + 1; ++i) {  // the first step warms up allocators and is not counted
            const auto start = std::chrono::steady_clock::now();
            optimiser.zero_grad();
            generatorLoss(model, tokenizer, b, ConditionDropout{}, generator).loss.backward();
            optimiser.step();
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            if (i > 0) timing.milliseconds = std::min(timing.milliseconds, ms);
        }
        return timing;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InferenceRuntime, "training step probe failed", e.what());
    }
}

}  // namespace foley::inference
