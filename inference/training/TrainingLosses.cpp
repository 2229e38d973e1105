#include "inference/training/TrainingLosses.h"

#include "inference/TorchRuntime.h"

namespace foley::inference {

namespace {

at::Tensor keepMask(int64_t rows, double dropProbability, at::Generator& generator)
{
    return (at::rand({rows}, generator, at::kFloat) >= dropProbability).to(at::kFloat);
}

WindowConditions batchConditions(GeneratorModel& model, const WordTokenizer& tokenizer, const GeneratorBatch& batch,
                                 const ConditionDropout& dropout, at::Generator& generator)
{
    const ArchitectureConfig& cfg = model->config();
    const int64_t b = batch.logMel.size(0), w = batch.logMel.size(2);
    const at::Tensor keepText = keepMask(b, dropout.text, generator);
    std::vector<std::vector<int64_t>> ids;
    for (int64_t i = 0; i < b; ++i)
        ids.push_back(keepText[i].item<float>() > 0.5f ? tokenizer.encode(batch.captions[static_cast<size_t>(i)])
                                                      : std::vector<int64_t>{WordTokenizer::kBos});
    WindowConditions c;
    c.text = model->text(padTokenIds(ids));
    if (batch.frames.defined()) {
        const at::Tensor perFrame = model->video(batch.frames);
        c.video = perFrame.index_select(0, batch.frameOfMel.reshape({-1})).view({b, w, cfg.videoFeatureDim});
        c.videoSemantic = batch.hasVideo * keepMask(b, dropout.videoSemantic, generator);
        c.videoAligned = batch.hasVideo * keepMask(b, dropout.videoAligned, generator);
    } else {
        c.video = at::zeros({b, w, cfg.videoFeatureDim});
        c.videoSemantic = at::zeros({b});
        c.videoAligned = at::zeros({b});
    }
    c.temporal = batch.temporal;
    c.temporalStrength = batch.hasCurve * keepMask(b, dropout.temporal, generator);
    c.reference = batch.reference;
    c.referencePresent = batch.hasReference * keepMask(b, dropout.reference, generator);
    return c;
}

at::Tensor stftMagnitude(const at::Tensor& audio, int fft)
{
    const at::Tensor window = at::hann_window(fft, true, at::kFloat);
    const at::Tensor s = at::stft(audio, fft, fft / 4, fft, window, true, "reflect", false, true, true);
    return (at::real(s).square() + at::imag(s).square() + 1e-9).sqrt();
}

}  // namespace

GeneratorLoss generatorLoss(GeneratorModel& model, const WordTokenizer& tokenizer, const GeneratorBatch& batch,
                            const ConditionDropout& dropout, at::Generator& generator)
{
    configureTorchForTraining();
    const WindowConditions conditions = batchConditions(model, tokenizer, batch, dropout, generator);
    const at::Tensor x0 = model->normalise(batch.logMel);
    const int64_t b = x0.size(0);
    const at::Tensor t = at::sigmoid(at::randn({b}, generator, at::kFloat));  // logit-normal times
    const at::Tensor noise = at::randn(x0.sizes(), generator, at::kFloat);
    const at::Tensor tt = t.view({-1, 1, 1});
    const at::Tensor xt = (1 - tt) * x0 + tt * noise;
    const at::Tensor v = model->forward(xt, t, conditions);
    GeneratorLoss out;
    out.loss = (v - (noise - x0)).square().mean();
    out.flowMse = out.loss.item<double>();
    return out;
}

VocoderLoss vocoderLoss(Vocoder& vocoder, const DifferentiableMel& mel, const at::Tensor& logMel, const at::Tensor& audio)
{
    configureTorchForTraining();
    const at::Tensor generated = vocoder(logMel);
    const at::Tensor melL1 = (mel.logMel(generated) - mel.logMel(audio)).abs().mean();
    at::Tensor stft = at::zeros({});
    for (int fft : {256, 512, 1024}) {
        const at::Tensor g = stftMagnitude(generated, fft), r = stftMagnitude(audio, fft);
        const at::Tensor convergence = (r - g).norm() / r.norm().clamp_min(1e-6);
        stft = stft + convergence + (g.log() - r.log()).abs().mean();
    }
    VocoderLoss out;
    out.loss = 45.0 * melL1 + stft / 3.0;  // Vocos/HiFi-GAN weight the mel term heavily
    out.melL1 = melL1.item<double>();
    out.stftLoss = stft.item<double>() / 3.0;
    return out;
}

}  // namespace foley::inference
