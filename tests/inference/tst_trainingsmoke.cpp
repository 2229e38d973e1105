// torch before Qt, with `slots` undefined: ATen headers use `slots` as a name, which Qt's `slots` macro breaks.
#pragma push_macro("slots")
#undef slots
#include "inference/TorchRuntime.h"
#include "inference/sampling/FlowSampler.h"
#include "inference/sampling/GuidedDenoiser.h"
#include "inference/training/TrainingLosses.h"
#include <ATen/CPUGeneratorImpl.h>
#include <c10/core/InferenceMode.h>
#include <torch/optim/adam.h>
#include <torch/utils.h>
#pragma pop_macro("slots")

#include <QtTest>

using namespace foley::inference;

namespace {

// Windows of silence (log-mel -9) with three decaying events (-2 at the onset) at random frames; the curve marks them.
void syntheticBatch(const ArchitectureConfig& c, int batch, at::Generator& g, at::Tensor& mel, at::Tensor& curve)
{
    mel = torch::full({batch, c.melBins, c.windowFrames}, -9.0);
    curve = torch::zeros({batch, c.windowFrames});
    for (int i = 0; i < batch; ++i)
        for (int k = 0; k < 3; ++k) {
            const int64_t onset = at::randint(0, c.windowFrames - 10, {1}, g).item<int64_t>();
            curve[i][onset] = 1.0;
            for (int d = 0; d < 10; ++d) mel[i].select(1, onset + d).fill_(-2.0 - 0.7 * d);
        }
}

}  // namespace

// The training objective, the temporal adapter and the windowed sampler agree: a tiny generator trained for a few
// hundred steps on synthetic events puts generated events exactly on requested onsets, in a clip longer than
// its window, and nowhere else. (This caught oneDNN's wrong convolution gradients; see configureTorchForTraining.)
class TstTrainingSmoke : public QObject {
    Q_OBJECT

private slots:
    void generatedEventsFollowTheCurve()
    {
        torch::manual_seed(0);
        ArchitectureConfig c = architectureFor(SizePreset::Tiny);
        c.textVocabulary = 1;
        c.width = 64;
        c.heads = 4;
        GeneratorModel model(c);
        model->setNormalisation(torch::full({c.melBins}, -7.0), torch::full({c.melBins}, 3.0));
        const WordTokenizer tokenizer({"x"}, c.textHashBuckets, c.textMaxTokens);
        torch::optim::Adam optimiser(model->parameters(), torch::optim::AdamOptions(1e-3));
        at::Generator g = at::detail::createCPUGenerator(1);
        constexpr int kBatch = 16;
        for (int step = 0; step < 1000; ++step) {
            GeneratorBatch batch;
            at::Tensor curve;
            syntheticBatch(c, kBatch, g, batch.logMel, curve);
            batch.captions.assign(kBatch, "");
            batch.hasVideo = torch::zeros({kBatch});
            batch.temporal = model->temporal->curveFeatures(curve);
            batch.hasCurve = torch::ones({kBatch});
            batch.reference = torch::zeros({kBatch, 2 * c.melBins});
            batch.hasReference = torch::zeros({kBatch});
            optimiser.zero_grad();
            generatorLoss(model, tokenizer, batch, ConditionDropout{0, 0, 0, 0, 0}, g).loss.backward();
            optimiser.step();
        }

        c10::InferenceMode inferenceMode;
        constexpr int64_t kFrames = 150;  // > 2 windows of 64 frames
        at::Tensor curve = torch::zeros({1, kFrames});
        const std::vector<int64_t> onsets = {20, 70, 120};
        for (int64_t o : onsets) curve[0][o] = 1.0;
        ClipConditions clip;
        clip.text = model->text(padTokenIds({{1}, {1}, {1}}));
        clip.temporal = model->temporal->curveFeatures(curve);
        clip.temporalStrength = 1.0f;
        const WindowPlan plan(kFrames, c.windowFrames, c.overlapFrames);
        GuidedDenoiser denoiser(model, clip, {{0, false, false, false, 0.0f}}, plan);
        const FlowSampler sampler(Sampler::Euler, 20, 0.0f);
        at::Tensor x = at::randn({1, c.melBins, kFrames}, g);
        for (int i = 0; i < sampler.steps(); ++i) x = sampler.step(x, denoiser.velocity(x, sampler.times()[static_cast<size_t>(i)]), i, g);
        const at::Tensor level = model->denormalise(x)[0].mean(0);
        qInfo() << "levels at onsets" << level[20].item<float>() << level[70].item<float>() << level[120].item<float>();
        for (int64_t o : onsets) {
            QVERIFY2(level[o].item<float>() > -4.0f, std::to_string(level[o].item<float>()).c_str());
            QVERIFY(level[o - 3].item<float>() < -7.0f);
        }
        for (int64_t f : {40, 50, 95, 100, 140}) QVERIFY2(level[f].item<float>() < -7.0f, std::to_string(f).c_str());
    }
};

QTEST_GUILESS_MAIN(TstTrainingSmoke)
#include "tst_trainingsmoke.moc"
