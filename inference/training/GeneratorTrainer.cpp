// The denoiser's training run: rendered scenes from the corpus' train split -> batches of model windows ->
// rectified-flow loss with condition dropout -> AdamW, EMA weights, resumable checkpoints.
#include "inference/training/TrainingRun.h"
#include "inference/training/WeightAverage.h"

#include "inference/FramePreprocessor.h"
#include "inference/GenerationRequest.h"
#include "inference/TorchRuntime.h"
#include "inference/text/SoundClassVocabulary.h"
#include "inference/text/CaptionWriter.h"
#include "inference/training/SceneSampler.h"
#include "inference/training/TrainingCheckpoint.h"
#include "inference/training/TrainingLoop.h"
#include "inference/training/TrainingLosses.h"

#include "core/dsp/MelSpectrogram.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/optim/adamw.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

namespace foley::inference {

namespace {


// The words of many sampled captions (all classes, phrasings, counts, backgrounds): the pack's vocabulary.
std::vector<std::string> captionVocabulary()
{
    std::set<std::string> words;
    std::mt19937_64 rng(7);
    const CaptionWriter writer;
    for (const auto& c : soundClassVocabulary()) {
        for (const auto& k : c.keywords) words.insert(k);
        for (int i = 0; i < 300; ++i) {
            const CaptionWriter::Caption caption = writer.write(c.name, i % 7, rng);
            for (const auto& w : WordTokenizer::words(caption.text + " " + caption.negative)) words.insert(w);
        }
    }
    return {words.begin(), words.end()};
}

// Core's log-mel of the first `frames` frames, as [melBins, frames].
at::Tensor logMelOf(dsp::MelSpectrogram& mel, const AudioBuffer& audio, int64_t frames)
{
    const dsp::MelFrames m = mel.compute(audio.data(), static_cast<int64_t>(audio.frameCount()));
    at::Tensor t = at::full({frames, m.melCount}, std::log(1e-5f));
    const int64_t n = std::min(frames, m.frameCount);
    if (n > 0) t.narrow(0, 0, n).copy_(at::from_blob(const_cast<float*>(m.values.data()), {n, m.melCount}, at::kFloat));
    return t.t().contiguous();
}

struct BatchBuilder {
    const SceneSampler& scenes;
    dsp::MelSpectrogram mel;
    int windowFrames;
    int frameSize;

    GeneratorBatch build(GeneratorModel& model, int batch, uint64_t& sceneSeed)
    {
        std::vector<at::Tensor> mels, curves, references, frames, frameOfMel;
        std::vector<float> hasReference;
        GeneratorBatch out;
        int64_t frameOffset = 0;
        while (static_cast<int>(mels.size()) < batch) {
            Result<TrainingScene> scene = scenes.sample(sceneSeed++);
            if (!scene) continue;  // an undecodable clip: draw another scene
            mels.push_back(logMelOf(mel, scene->audio, windowFrames));
            const std::vector<float> curve = dsp::TemporalCondition().build(scene->onsets, scene->mask, windowFrames);
            curves.push_back(at::tensor(curve));
            if (scene->reference.isEmpty()) {
                references.push_back(at::zeros({2 * model->config().melBins}));
                hasReference.push_back(0.0f);
            } else {
                at::Tensor refMel = logMelOf(mel, scene->reference, mel.frameCount(static_cast<int64_t>(scene->reference.frameCount())));
                references.push_back(poolReferenceMel(model->normalise(refMel.unsqueeze(0))).squeeze(0));
                hasReference.push_back(1.0f);
            }
            const PreparedFrames prepared = prepareFrames(scene->frames, frameSize, windowFrames);
            frames.push_back(at::from_blob(const_cast<float*>(prepared.values.data()), {prepared.count, 2, frameSize, frameSize}, at::kFloat).clone());
            frameOfMel.push_back(at::tensor(prepared.frameOfMel, at::kLong) + frameOffset);
            frameOffset += prepared.count;
            out.captions.push_back(scene->caption);
        }
        out.logMel = at::stack(mels);
        out.temporal = model->temporal->curveFeatures(at::stack(curves));
        out.hasCurve = at::ones({batch});
        out.reference = at::stack(references);
        out.hasReference = at::tensor(hasReference);
        out.frames = at::cat(frames);
        out.frameOfMel = at::stack(frameOfMel);
        out.hasVideo = at::ones({batch});
        return out;
    }
};

// Per-bin mean and std of the log-mel of rendered scenes (the generator normalises per mel bin; inference/README.md).
void setNormalisationFromScenes(GeneratorModel& model, const SceneSampler& scenes, int windowFrames)
{
    dsp::MelSpectrogram mel;
    std::vector<at::Tensor> all;
    for (uint64_t seed = 0; all.size() < 160 && seed < 400; ++seed)
        if (Result<TrainingScene> s = scenes.sample(1'000'000 + seed)) all.push_back(logMelOf(mel, s->audio, windowFrames));
    const at::Tensor stacked = at::stack(all).permute({1, 0, 2}).reshape({model->config().melBins, -1});
    model->setNormalisation(stacked.mean(1), stacked.std(1).clamp_min(0.3));
}

double learningRateAt(const TrainingOptions& o, int64_t step)
{
    const double warm = std::min(1.0, static_cast<double>(step + 1) / 200.0);
    const double progress = std::min(1.0, static_cast<double>(step) / static_cast<double>(std::max<int64_t>(1, o.totalSteps)));
    return o.learningRate * warm * (1.0 - 0.7 * progress);
}

}  // namespace

Result<TrainingSummary> trainGenerator(const TrainingOptions& options, RunControl& control)
{
    namespace fs = std::filesystem;
    auto log = [&](const std::string& line) { if (options.log) options.log(line); };
    configureTorchThreads(options.threads);
    configureTorchForTraining();
    torch::manual_seed(options.seed);

    Result<SoundLibrary> library = SoundLibrary::open(options.corpusFolder, {"train"});
    if (!library) return library.error();
    SceneOptions sceneOptions;
    ArchitectureConfig config = architectureFor(options.size);
    sceneOptions.durationSeconds = static_cast<double>(config.windowFrames) / kConditionRate + 0.02;
    const SceneSampler scenes(*library, sceneOptions);
    if (scenes.classes().empty()) return makeError(ErrorCode::InvalidArgument, "the corpus has no class with enough train recordings");
    log("classes: " + std::to_string(scenes.classes().size()) + ", train recordings: " + std::to_string(library->size()));

    TrainingCheckpoint checkpoint{options.checkpointFolder};
    fs::create_directories(fs::u8path(options.checkpointFolder));
    const std::string vocabPath = checkpoint.path("vocab.txt");
    const WordTokenizer tokenizer = fs::exists(fs::u8path(vocabPath))
        ? *WordTokenizer::fromFile(vocabPath, config.textHashBuckets, config.textMaxTokens)
        : WordTokenizer(captionVocabulary(), config.textHashBuckets, config.textMaxTokens);
    config.textVocabulary = tokenizer.vocabularySize();
    GeneratorModel model(config), ema(config);
    torch::optim::AdamW optimiser(model->parameters(), torch::optim::AdamWOptions(options.learningRate).weight_decay(0.01));
    if (checkpoint.exists()) {
        if (Status s = checkpoint.load(*model, ema.ptr().get(), optimiser, "generator"); !s) return s.error();
        log("resumed at step " + std::to_string(checkpoint.step));
    } else {
        if (Status s = tokenizer.writeFile(vocabPath); !s) return s.error();
        std::ofstream(fs::u8path(checkpoint.path("size.txt"))) << toString(options.size) << "\n";
        setNormalisationFromScenes(model, scenes, config.windowFrames);
        updateWeightAverage(*ema, *model, 0.0);
    }

    BatchBuilder builder{scenes, dsp::MelSpectrogram(), config.windowFrames, config.videoFrameSize};
    at::Generator generator = at::detail::createCPUGenerator(options.seed + static_cast<uint64_t>(checkpoint.step) * 7919);
    RandomStreams random{{generator, at::detail::getDefaultCPUGenerator()}, nullptr};
    if (Status s = checkpoint.restore(random); !s) return s.error();
    uint64_t sceneSeed = options.seed * 1'000'003 + static_cast<uint64_t>(checkpoint.step) * static_cast<uint64_t>(options.batch);
    TrainingLoop loop(options, control, checkpoint, random, "generator");
    return loop.run(*model, *ema, optimiser, [&](int64_t step) { return learningRateAt(options, step); }, [&] {
        GeneratorBatch batch = builder.build(model, options.batch, sceneSeed);
        optimiser.zero_grad();
        GeneratorLoss loss = generatorLoss(model, tokenizer, batch, ConditionDropout{}, generator);
        loss.loss.backward();
        torch::nn::utils::clip_grad_norm_(model->parameters(), 1.0);
        optimiser.step();
        std::ostringstream detail;
        detail << "loss " << loss.flowMse;
        return TrainingStep{loss.flowMse, loss.flowMse, std::nullopt, detail.str()};
    });
}

}  // namespace foley::inference
