// Inference benchmark (figures in inference/README.md): default architecture size on this machine. Prints load
// time, time per sampler step, totals for 8 s and 60 s of audio with full guidance, FLOPs per generation, achieved
// GFLOP/s against a torch::matmul peak measured in the same run, and the cost of one training step. Random weights:
// the audio is noise; only the cost is measured.
#include "inference/Engine.h"
#include "inference/TorchRuntime.h"
#include "inference/pack/RandomPack.h"
#include "inference/training/TrainingStepProbe.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

using namespace foley;
using namespace foley::inference;

namespace {

std::vector<VideoFrame> syntheticVideo(double seconds)
{
    std::vector<VideoFrame> frames;
    const int count = static_cast<int>(seconds * 25.0);
    for (int i = 0; i < count; ++i) {
        VideoFrame f;
        f.width = 160;
        f.height = 90;
        f.format = PixelFormat::Gray8;
        f.index = i;
        f.timeSeconds = i / 25.0;
        f.pixels.assign(static_cast<size_t>(160 * 90), static_cast<uint8_t>(40 + (i * 7) % 150));
        frames.push_back(std::move(f));
    }
    return frames;
}

GenerationRequest fullRequest(double seconds)
{
    GenerationRequest r;
    r.caption = "heavy footsteps on gravel, a door slams in a large hall";
    r.negativeCaption = "music, speech";
    r.durationSamples = static_cast<int64_t>(seconds * kModelRate);
    r.steps = 20;
    r.seed = 1;
    r.frames = syntheticVideo(seconds);
    r.temporalCurve.assign(static_cast<size_t>(seconds * 100) + 2, 0.0f);
    for (size_t i = 0; i < r.temporalCurve.size(); i += 45) r.temporalCurve[i] = 1.0f;
    std::vector<float> ref(16000);
    for (size_t i = 0; i < ref.size(); ++i) ref[i] = 0.2f * static_cast<float>(std::sin(0.05 * static_cast<double>(i)));
    r.referenceAudio = AudioBuffer(ref, kModelRate, 1);
    return r;
}

void report(const char* label, const GenerationResult& g, double peak)
{
    const GenerationReport& r = g.report;
    const double denoiserGflops = r.denoiserFlops / (r.denoiserMilliseconds / 1000.0) / 1e9;
    std::printf("%s: total %.0f ms (conditions %.0f, sampling %.0f, vocoder %.0f); %d steps x %d windows x %d branches; "
                "%.1f ms/step\n",
                label, r.totalMilliseconds, r.stageMilliseconds("conditions"), r.stageMilliseconds("sampling"),
                r.stageMilliseconds("vocoder"), r.stepsDone, r.windows, r.guidanceBranches,
                r.stageMilliseconds("sampling") / r.stepsDone);
    std::printf("%s: %.1f GFLOP per generation (denoiser %.1f); overall %.1f GFLOP/s; denoiser %.1f GFLOP/s = %.0f %% of "
                "matmul peak\n",
                label, r.flops / 1e9, r.denoiserFlops / 1e9, r.flops / (r.totalMilliseconds / 1000.0) / 1e9, denoiserGflops,
                100.0 * denoiserGflops / peak);
}

}  // namespace

int main(int, char** argv)
{
    // libgomp reads its wait policy when it loads, before main. Its default spin-waiting makes every parallel op
    // wait for descheduled threads when other processes load the CPU (measured: a denoiser forward 3.6 s instead
    // of 0.17 s at load average 8). Run with OMP_WAIT_POLICY=PASSIVE unless the caller chose a policy.
    if (!std::getenv("OMP_WAIT_POLICY")) {
        setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
        execv("/proc/self/exe", argv);
    }
    configureTorchThreads(0);
    const char* core = std::getenv("OPENBLAS_CORETYPE");
    std::printf("torch %s, %d threads, OPENBLAS_CORETYPE=%s, OMP_WAIT_POLICY=%s\n", torchVersion().c_str(), torchThreads(),
                core ? core : "(auto)", std::getenv("OMP_WAIT_POLICY"));
    const double peak = measureMatmulGflops(1024, 10);
    std::printf("torch::matmul 1024^3 peak: %.1f GFLOP/s\n", peak);

    const std::string folder = (std::filesystem::temp_directory_path() / "foley-bench-default-pack").string();
    RandomPackOptions options;
    options.preset = SizePreset::Default;
    options.perturbTemporalBranch = true;
    if (!makeRandomPack(folder, options)) return 1;
    EngineOptions engineOptions;
    engineOptions.packFolder = folder;
    Result<std::unique_ptr<Engine>> engine = Engine::load(engineOptions);
    if (!engine) {
        std::fprintf(stderr, "error: %s\n", engine.error().message.c_str());
        return 1;
    }
    std::printf("load (default size, neural vocoder): %.0f ms\n", (*engine)->loadMilliseconds());

    RunControl control;
    (void)(*engine)->generate(fullRequest(2.0), control);  // warm-up
    for (double seconds : {8.0, 60.0}) {
        const Result<GenerationResult> g = (*engine)->generate(fullRequest(seconds), control);
        if (!g) {
            std::fprintf(stderr, "error: %s\n", g.error().message.c_str());
            return 1;
        }
        report(seconds < 10 ? "8 s " : "60 s", *g, peak);
    }

    const Result<TrainingStepTiming> train = measureGeneratorTrainingStep(architectureFor(SizePreset::Default), 32, 3);
    if (train) {
        const double steps2h = 7200.0 / (train->milliseconds / 1000.0);
        std::printf("training: %.2f M parameters; batch %d windows: %.0f ms per optimiser step (~%.0f steps in 2 h); "
                    "%.1f GFLOP/s (3x forward)\n",
                    train->parameters / 1e6, train->batch, train->milliseconds, steps2h,
                    3.0 * train->forwardFlops / (train->milliseconds / 1000.0) / 1e9);
    } else {
        std::fprintf(stderr, "training probe: %s (%s)\n", train.error().message.c_str(), train.error().detail.c_str());
    }
    std::filesystem::remove_all(folder);
    return 0;
}
