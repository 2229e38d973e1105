// torch before Qt, with `slots` undefined: ATen headers use `slots` as a name, which Qt's `slots` macro breaks.
#pragma push_macro("slots")
#undef slots
#include "inference/TorchRuntime.h"
#include "inference/nn/GeneratorModel.h"
#include "inference/nn/GriffinLim.h"
#include "inference/nn/Vocoder.h"
#include "inference/nn/WeightFile.h"
#include "inference/sampling/WindowPlan.h"
#include "inference/training/TrainingLosses.h"
#include <ATen/CPUGeneratorImpl.h>
#include <torch/utils.h>
#pragma pop_macro("slots")

#include "core/dsp/MelSpectrogram.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace foley;
using namespace foley::inference;

namespace {

ArchitectureConfig tinyConfig()
{
    ArchitectureConfig c = architectureFor(SizePreset::Tiny);
    c.textVocabulary = 3;
    return c;
}

WindowConditions conditionsFor(GeneratorModel& model, int64_t batch)
{
    const ArchitectureConfig& c = model->config();
    WindowConditions w;
    w.text = model->text(padTokenIds(std::vector<std::vector<int64_t>>(static_cast<size_t>(batch), {1, 2, 3})));
    w.video = torch::randn({batch, c.windowFrames, c.videoFeatureDim});
    w.videoSemantic = torch::ones({batch});
    w.videoAligned = torch::ones({batch});
    w.temporal = model->temporal->curveFeatures(torch::rand({batch, c.windowFrames}));
    w.temporalStrength = torch::ones({batch});
    w.reference = torch::randn({batch, 2 * c.melBins});
    w.referencePresent = torch::ones({batch});
    return w;
}

}  // namespace

// Shapes through every module, the fused-window weights, the training objectives and core-mel agreement.
class TstInferenceModules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { torch::manual_seed(3); }

    void textEncoderPrependsPromptTokens()
    {
        const ArchitectureConfig c = tinyConfig();
        TextEncoder text(c);
        const TextTokens t = text(padTokenIds({{1, 2, 3, 4}, {1}}));
        QCOMPARE(t.tokens.sizes().vec(), (std::vector<int64_t>{2, c.promptTokens + 4, c.textWidth}));
        QCOMPARE(t.mask.sum().item<int64_t>(), int64_t{2 * c.promptTokens + 4 + 1});
    }

    void videoAndSemanticAdapterShapes()
    {
        const ArchitectureConfig c = tinyConfig();
        VideoEncoder video(c);
        const torch::Tensor features = video(torch::rand({5, 2, c.videoFrameSize, c.videoFrameSize}));
        QCOMPARE(features.sizes().vec(), (std::vector<int64_t>{5, c.videoFeatureDim}));
        SemanticAdapter adapter(c);
        const torch::Tensor text = torch::randn({2, 7, c.textWidth});
        const torch::Tensor adapted = adapter(text, torch::randn({2, 16, c.videoFeatureDim}), torch::tensor({1.0f, 0.0f}));
        QCOMPARE(adapted.sizes(), text.sizes());
        QVERIFY(torch::equal(adapted[1], text[1]));  // strength 0 = the text unchanged
        QVERIFY(!torch::equal(adapted[0], text[0]));
    }

    void temporalAdapterStartsAtZeroAndDecaysCausally()
    {
        const ArchitectureConfig c = tinyConfig();
        TemporalAdapter temporal(c);
        torch::Tensor curve = torch::zeros({1, c.windowFrames});
        curve[0][10] = 1.0f;
        const torch::Tensor f = temporal->curveFeatures(curve);
        QCOMPARE(f.sizes().vec(), (std::vector<int64_t>{1, TemporalAdapterImpl::kChannels, c.windowFrames}));
        QCOMPARE(f[0][1][9].item<float>(), 0.0f);  // nothing before the onset
        QCOMPARE(f[0][1][10].item<float>(), 1.0f);
        QVERIFY(std::abs(f[0][1][13].item<float>() - std::exp(-1.0f)) < 1e-5f);  // 3-frame decay
        const std::vector<torch::Tensor> residuals = temporal(f, torch::ones({1}));
        QCOMPARE(static_cast<int>(residuals.size()), c.depth);
        QCOMPARE(residuals[0].sizes().vec(), (std::vector<int64_t>{1, c.windowTokens(), c.width}));
        for (const torch::Tensor& r : residuals) QCOMPARE(r.abs().max().item<float>(), 0.0f);
    }

    void generatorVelocityShape()
    {
        GeneratorModel model(tinyConfig());
        const ArchitectureConfig& c = model->config();
        const torch::Tensor x = torch::randn({3, c.melBins, c.windowFrames});
        const torch::Tensor v = model->forward(x, torch::rand({3}), conditionsFor(model, 3));
        QCOMPARE(v.sizes(), x.sizes());
        QVERIFY(model->flops(3, 10) > 0.0);
        const torch::Tensor mel = torch::randn({1, c.melBins, 5});
        QVERIFY(torch::allclose(model->denormalise(model->normalise(mel)), mel));
    }

    void vocodersProduceHopAlignedAudio()
    {
        const ArchitectureConfig c = tinyConfig();
        Vocoder vocoder(c);
        const torch::Tensor logMel = torch::randn({2, c.melBins, 21}) - 4.0;
        QCOMPARE(vocoder(logMel).sizes().vec(), (std::vector<int64_t>{2, 20 * kMelHop}));
        GriffinLim griffinLim;
        at::Generator g = at::detail::createCPUGenerator(1);
        QCOMPARE(griffinLim.run(logMel, 2, g).sizes().vec(), (std::vector<int64_t>{2, 20 * kMelHop}));
    }

    void windowPlanCoversTheClip()
    {
        const WindowPlan single(40, 64, 16);
        QCOMPARE(single.count(), 1);
        QCOMPARE(single.paddedFrames(), int64_t{64});
        const WindowPlan plan(2001, 64, 16);
        QCOMPARE(plan.start(0), int64_t{0});
        QCOMPARE(plan.start(plan.count() - 1) + 64, int64_t{2001});
        for (int k = 1; k < plan.count(); ++k) {
            QVERIFY(plan.start(k) - plan.start(k - 1) <= 48);  // overlap >= 16 frames
            QVERIFY(plan.weight(k, 0) < 0.1f && plan.weight(k - 1, 63) < 0.1f);
        }
        QCOMPARE(plan.weight(0, 0), 1.0f);
        QCOMPARE(plan.weight(plan.count() - 1, 63), 1.0f);
    }

    void differentiableMelMatchesCore()
    {
        std::vector<float> audio(16000);
        uint32_t state = 12345;  // tone + broadband noise, so every mel band carries energy
        for (size_t i = 0; i < audio.size(); ++i) {
            state = state * 1664525u + 1013904223u;
            const double noise = static_cast<double>(state >> 8) / 16777216.0 - 0.5;
            audio[i] = static_cast<float>(0.4 * std::sin(0.07 * static_cast<double>(i)) + 0.2 * noise);
        }
        dsp::MelSpectrogram core;
        const dsp::MelFrames expected = core.compute(audio.data(), static_cast<int64_t>(audio.size()));
        const torch::Tensor got = DifferentiableMel().logMel(torch::from_blob(audio.data(), {1, 16000}).clone())[0];
        QCOMPARE(got.size(1), expected.frameCount);
        const torch::Tensor want = torch::from_blob(const_cast<float*>(expected.values.data()), {expected.frameCount, expected.melCount}).t();
        // The torch version adds 1e-12 under the square root (finite gradients at silence), which only shows near
        // the log floor; above -7 (magnitude 1e-3) the two must agree to float precision.
        const torch::Tensor audible = want > -7.0;
        QVERIFY(audible.sum().item<int64_t>() > want.numel() / 2);
        const torch::Tensor diff = (got - want).abs().masked_select(audible);
        qInfo("max |log diff| where audible: %g", diff.max().item<double>());
        QVERIFY(diff.max().item<float>() < 1e-3f);
        QVERIFY((got - want).abs().max().item<float>() < 1e-2f);
    }

    void generatorLossTrainsPromptTokensAndAdapters()
    {
        GeneratorModel model(tinyConfig());
        const ArchitectureConfig& c = model->config();
        {
            // adaLN-Zero and the zero output layer block every gradient but their own at initialisation; one
            // optimiser step moves them, which this emulates.
            torch::NoGradGuard noGrad;
            for (const torch::Tensor& p : model->zeroInitialisedParameters()) p.normal_(0.0, 0.05);
        }
        const WordTokenizer tokenizer({"door", "slam", "wood"}, c.textHashBuckets, c.textMaxTokens);
        GeneratorBatch batch;
        batch.logMel = torch::randn({2, c.melBins, c.windowFrames}) - 4.0;
        batch.captions = {"door slam", "wood"};
        batch.frames = torch::rand({6, 2, c.videoFrameSize, c.videoFrameSize});
        batch.frameOfMel = torch::randint(0, 6, {2, c.windowFrames}, torch::kLong);
        batch.hasVideo = torch::ones({2});
        batch.temporal = model->temporal->curveFeatures(torch::rand({2, c.windowFrames}));
        batch.hasCurve = torch::ones({2});
        batch.reference = torch::randn({2, 2 * c.melBins});
        batch.hasReference = torch::ones({2});
        at::Generator g = at::detail::createCPUGenerator(5);
        const GeneratorLoss loss = generatorLoss(model, tokenizer, batch, ConditionDropout{0, 0, 0, 0, 0}, g);
        QVERIFY(std::isfinite(loss.flowMse) && loss.flowMse > 0.0);
        loss.loss.backward();
        for (const auto& item : model->named_parameters()) {
            const std::string& name = item.key();
            if (name == "text.prompt" || name == "temporal.out0.weight" || name == "semantic.attention.q.weight")
                QVERIFY2(item.value().grad().defined() && item.value().grad().abs().sum().item<float>() > 0.0f, name.c_str());
        }
    }

    void vocoderLossIsFiniteAndDifferentiable()
    {
        const ArchitectureConfig c = tinyConfig();
        Vocoder vocoder(c);
        const torch::Tensor audio = torch::randn({1, 20 * kMelHop}) * 0.1;
        const DifferentiableMel mel;
        const VocoderLoss loss = vocoderLoss(vocoder, mel, mel.logMel(audio), audio);
        QVERIFY(std::isfinite(loss.melL1) && std::isfinite(loss.stftLoss));
        loss.loss.backward();
        QVERIFY(vocoder->parameters().front().grad().defined());
    }

    void trainingConvolutionGradientsAreRepeatable()
    {
        // oneDNN's convolution backward in this libtorch differs between identical passes; training turns it off.
        configureTorchForTraining();
        torch::nn::Conv1d conv(torch::nn::Conv1dOptions(16, 16, 5).padding(2));
        torch::nn::Linear out(16, 8);
        const torch::Tensor x = torch::zeros({16, 16, 16}).index_fill_(2, torch::tensor({3}), 1.0);
        std::vector<torch::Tensor> grads;
        for (int i = 0; i < 2; ++i) {
            conv->zero_grad();
            out(torch::gelu(conv(x)).transpose(1, 2)).square().sum().backward();
            grads.push_back(conv->bias.grad().clone());
        }
        QVERIFY(torch::equal(grads[0], grads[1]));
    }

    // Every parameter and buffer comes back byte-equal, and b was different before loading (so loading that loads
    // nothing fails here): the models are perturbed away from their zero-initialised output layers first.
    void weightsRoundTrip()
    {
        QTemporaryDir dir;
        GeneratorModel a(tinyConfig()), b(tinyConfig());
        {
            torch::NoGradGuard noGrad;
            torch::manual_seed(11);
            for (auto& p : a->parameters()) p.add_(torch::randn_like(p) * 0.05);
            torch::manual_seed(12);
            for (auto& p : b->parameters()) p.add_(torch::randn_like(p) * 0.05);
        }
        const auto before = a->named_parameters();
        bool differed = false;
        for (const auto& item : b->named_parameters()) differed |= !torch::equal(item.value(), before[item.key()]);
        QVERIFY(differed);
        const std::string path = dir.filePath("w.pt").toStdString();
        QVERIFY(saveWeights(*a, path).ok());
        QVERIFY(loadWeights(*b, path).ok());
        const auto loaded = b->named_parameters();
        QCOMPARE(loaded.size(), before.size());
        for (const auto& item : before) QVERIFY2(torch::equal(item.value(), loaded[item.key()]), item.key().c_str());
        const auto buffers = b->named_buffers();
        for (const auto& item : a->named_buffers()) QVERIFY2(torch::equal(item.value(), buffers[item.key()]), item.key().c_str());
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({1, a->config().melBins, a->config().windowFrames});
        torch::manual_seed(1);
        const WindowConditions c = conditionsFor(a, 1);
        const torch::Tensor out = a->forward(x, torch::full({1}, 0.5), c);
        QVERIFY(out.abs().max().item<float>() > 0.0f);  // the outputs compared are not all zero
        QVERIFY(torch::equal(out, b->forward(x, torch::full({1}, 0.5), c)));
    }

    void tokenizerHashesUnknownWords()
    {
        const WordTokenizer tok({"door", "slam"}, 16, 4);
        QCOMPARE(tok.encode("Door SLAM!"), (std::vector<int64_t>{1, 2, 3}));
        const std::vector<int64_t> unknown = tok.encode("creaky");
        QCOMPARE(unknown.size(), size_t{2});
        QVERIFY(unknown[1] >= 4 && unknown[1] < 4 + 16);
        QCOMPARE(tok.encode("creaky"), unknown);
        QCOMPARE(tok.encode("a b c d e f").size(), size_t{4});
        QCOMPARE(tok.encode(""), (std::vector<int64_t>{1}));
    }
};

QTEST_GUILESS_MAIN(TstInferenceModules)
#include "tst_inferencemodules.moc"
