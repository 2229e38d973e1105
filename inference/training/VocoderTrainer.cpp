// The neural vocoder's training run: random one-second crops of real recordings (every class of the corpus'
// train split) -> core's log-mel -> Vocos-like vocoder -> log-mel L1 + multi-resolution STFT loss; the pack ships
// the weights' moving average (vocoder-ema.pt).
#include "inference/training/TrainingRun.h"

#include "inference/TorchRuntime.h"
#include "inference/retrieval/SoundLibrary.h"
#include "inference/training/TrainingCheckpoint.h"
#include "inference/training/TrainingLoop.h"
#include "inference/training/TrainingLosses.h"
#include "inference/training/WeightAverage.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/optim/adamw.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace foley::inference {

namespace {

constexpr int64_t kCropFrames = 64;  // 0.64 s per crop

at::Tensor randomCrops(const SoundLibrary& library, int batch, std::mt19937_64& rng)
{
    const int64_t samples = (kCropFrames - 1) * kMelHop;
    std::vector<at::Tensor> crops;
    std::uniform_int_distribution<size_t> pickClip(0, library.size() - 1);
    for (int attempts = 0; static_cast<int>(crops.size()) < batch && attempts < batch * 20; ++attempts) {
        Result<AudioBuffer> audio = library.audio(pickClip(rng));
        if (!audio || audio->frameCount() < 2000) continue;
        const std::vector<float>& x = audio->samples();
        at::Tensor crop = at::zeros({samples});
        const int64_t n = static_cast<int64_t>(x.size());
        const int64_t start = n > samples ? std::uniform_int_distribution<int64_t>(0, n - samples)(rng) : 0;
        const int64_t length = std::min(samples, n - start);
        crop.narrow(0, 0, length).copy_(at::from_blob(const_cast<float*>(x.data() + start), {length}, at::kFloat));
        const float peak = crop.abs().max().item<float>();
        if (peak < 1e-3f) continue;  // silence teaches nothing
        const float gain = std::uniform_real_distribution<float>(0.1f, 0.9f)(rng) / peak;
        crops.push_back(crop * gain);
    }
    return at::stack(crops);
}

}  // namespace

Result<TrainingSummary> trainVocoder(const TrainingOptions& options, RunControl& control)
{
    namespace fs = std::filesystem;
    auto log = [&](const std::string& line) { if (options.log) options.log(line); };
    configureTorchThreads(options.threads);
    configureTorchForTraining();
    torch::manual_seed(options.seed);
    Result<SoundLibrary> library = SoundLibrary::open(options.corpusFolder, {"train"});
    if (!library) return library.error();
    if (library->isEmpty()) return makeError(ErrorCode::InvalidArgument, "the corpus has no train recordings");
    log("vocoder: " + std::to_string(library->size()) + " train recordings");

    const ArchitectureConfig config = architectureFor(options.size);
    Vocoder vocoder(config), ema(config);
    const DifferentiableMel mel;
    torch::optim::AdamW optimiser(vocoder->parameters(), torch::optim::AdamWOptions(options.learningRate).weight_decay(0.01));
    TrainingCheckpoint checkpoint{options.checkpointFolder};
    fs::create_directories(fs::u8path(options.checkpointFolder));
    const bool hasAverage = fs::exists(fs::u8path(checkpoint.path("vocoder-ema.pt")));
    if (checkpoint.exists()) {
        if (Status s = checkpoint.load(*vocoder, hasAverage ? ema.ptr().get() : nullptr, optimiser, "vocoder"); !s) return s.error();
        if (!hasAverage) updateWeightAverage(*ema, *vocoder, 0.0);  // a checkpoint from before the average: start it here
        log("resumed at step " + std::to_string(checkpoint.step));
    } else {
        updateWeightAverage(*ema, *vocoder, 0.0);
        std::ofstream(fs::u8path(checkpoint.path("size.txt"))) << toString(options.size) << "\n";
    }
    std::mt19937_64 rng(options.seed * 31 + static_cast<uint64_t>(checkpoint.step));
    RandomStreams random{{at::detail::getDefaultCPUGenerator()}, &rng};
    if (Status s = checkpoint.restore(random); !s) return s.error();
    TrainingLoop loop(options, control, checkpoint, random, "vocoder");
    const auto learningRateAt = [&](int64_t step) {
        const double progress = static_cast<double>(step) / static_cast<double>(options.totalSteps);
        return options.learningRate * (1.0 - 0.8 * progress);
    };
    return loop.run(*vocoder, *ema, optimiser, learningRateAt, [&] {
        const at::Tensor audio = randomCrops(*library, options.batch, rng);
        at::Tensor logMel;
        {
            torch::NoGradGuard noGrad;
            logMel = mel.logMel(audio);
        }
        optimiser.zero_grad();
        VocoderLoss loss = vocoderLoss(vocoder, mel, logMel, audio);
        loss.loss.backward();
        torch::nn::utils::clip_grad_norm_(vocoder->parameters(), 5.0);
        optimiser.step();
        std::ostringstream detail;
        detail << "mel L1 " << loss.melL1 << "  stft " << loss.stftLoss;
        return TrainingStep{loss.melL1, loss.loss.item<double>(), loss.melL1, detail.str()};
    }, "vocoder ");
}

}  // namespace foley::inference
