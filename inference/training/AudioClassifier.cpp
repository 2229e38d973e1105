#include "inference/training/AudioClassifier.h"

#include "inference/TorchRuntime.h"

#include "core/dsp/MelSpectrogram.h"
#include "core/types/SampleTime.h"

#include <torch/nn.h>
#include <torch/optim/adamw.h>

#include <chrono>
#include <random>

namespace foley::inference {

namespace {

constexpr int64_t kSceneSamples = 40960;  // 2.56 s

struct ClassifierNetImpl : torch::nn::Module {
    explicit ClassifierNetImpl(int classes)
    {
        conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 24, 3).padding(1)));
        conv2 = register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(24, 48, 3).padding(1)));
        conv3 = register_module("conv3", torch::nn::Conv2d(torch::nn::Conv2dOptions(48, 96, 3).padding(1)));
        head = register_module("head", torch::nn::Linear(192, classes));
    }
    torch::Tensor forward(torch::Tensor x)  // [B, 64, F] normalised log-mel
    {
        x = x.unsqueeze(1);
        x = torch::max_pool2d(torch::relu(conv1(x)), 2);
        x = torch::max_pool2d(torch::relu(conv2(x)), 2);
        x = torch::relu(conv3(x));
        const torch::Tensor pooled = torch::cat({x.mean({2, 3}), x.amax({2, 3})}, 1);
        return head(pooled);
    }
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::Linear head{nullptr};
};
TORCH_MODULE(ClassifierNet);

}  // namespace

struct AudioClassifier::Impl {
    std::vector<std::string> classes;
    ClassifierNet net{nullptr};
    mutable dsp::MelSpectrogram mel;
    double trainingAccuracy = 0.0;

    torch::Tensor features(const std::vector<float>& samples) const
    {
        const dsp::MelFrames m = mel.compute(samples.data(), static_cast<int64_t>(samples.size()));
        torch::Tensor t = torch::from_blob(const_cast<float*>(m.values.data()), {m.frameCount, m.melCount}, torch::kFloat).t().clone();
        return (t + 5.0) / 4.0;  // roughly zero-mean, unit-range log-mel; loudness kept (it carries class cues)
    }
};

Result<AudioClassifier> AudioClassifier::train(const SoundLibrary& library, const std::vector<std::string>& classes, const Options& options)
{
    configureTorchForTraining();
    auto impl = std::make_unique<Impl>();
    // Every recording's log-mel is computed once; augmentation happens in the log-mel domain (time shift, gain,
    // noise floor via log-add), so a training step costs only the network.
    std::vector<std::vector<torch::Tensor>> byLabel;
    for (const std::string& name : classes) {
        std::vector<torch::Tensor> features;
        for (size_t c : library.clipsOf(name)) {
            Result<AudioBuffer> audio = library.audio(c);
            if (!audio || audio->isEmpty()) continue;
            std::vector<float> x = audio->samples();
            float peak = 1e-6f;
            for (float v : x) peak = std::max(peak, std::abs(v));
            for (float& v : x) v *= 0.5f / peak;
            x.resize(static_cast<size_t>(kSceneSamples), 0.0f);
            features.push_back(impl->features(x));
        }
        if (features.empty()) continue;
        impl->classes.push_back(name);
        byLabel.push_back(std::move(features));
    }
    if (impl->classes.size() < 2) return makeError(ErrorCode::InvalidArgument, "the classifier needs recordings of at least two classes");
    torch::manual_seed(static_cast<uint64_t>(options.seed));
    impl->net = ClassifierNet(static_cast<int>(impl->classes.size()));
    torch::optim::AdamW optimiser(impl->net->parameters(), torch::optim::AdamWOptions(1e-3).weight_decay(1e-3));
    std::mt19937_64 rng(options.seed);
    const auto start = std::chrono::steady_clock::now();
    const int64_t frames = byLabel.front().front().size(1);
    double correct = 0.0, seen = 0.0;
    for (int64_t step = 0; step < options.maxSteps; ++step) {
        if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > options.minutes * 60.0) break;
        std::vector<torch::Tensor> xs;
        std::vector<int64_t> ys;
        for (int b = 0; b < options.batch; ++b) {
            const size_t label = std::uniform_int_distribution<size_t>(0, byLabel.size() - 1)(rng);
            const auto& pool = byLabel[label];
            torch::Tensor x = pool[std::uniform_int_distribution<size_t>(0, pool.size() - 1)(rng)];
            const int64_t shift = std::uniform_int_distribution<int64_t>(0, frames * 3 / 4)(rng);
            x = torch::roll(x, shift, 1);
            x.narrow(1, 0, shift).fill_(-1.63);  // before the event: the log floor, ln(1e-5), in normalised units
            const double gain = std::uniform_real_distribution<double>(-1.2, 0.3)(rng);  // about -20..+5 dB
            const double floor = std::uniform_real_distribution<double>(-1.6, -0.6)(rng);  // noise floors ~-100..-65 dB
            xs.push_back(torch::logaddexp(x + gain, torch::full_like(x, floor)));
            ys.push_back(static_cast<int64_t>(label));
        }
        const torch::Tensor logits = impl->net->forward(torch::stack(xs));
        const torch::Tensor target = torch::tensor(ys, torch::kLong);
        const torch::Tensor loss = torch::cross_entropy_loss(logits, target);
        optimiser.zero_grad();
        loss.backward();
        optimiser.step();
        correct = 0.95 * correct + 0.05 * logits.argmax(1).eq(target).to(torch::kFloat).mean().item<double>();
        seen = 0.95 * seen + 0.05;
        if (options.log && step % 100 == 0)
            options.log("classifier step " + std::to_string(step) + " loss " + std::to_string(loss.item<double>()));
    }
    impl->trainingAccuracy = seen > 0 ? correct / seen : 0.0;
    impl->net->eval();
    return AudioClassifier(std::move(impl));
}

AudioClassifier::AudioClassifier(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
AudioClassifier::AudioClassifier(AudioClassifier&&) noexcept = default;
AudioClassifier& AudioClassifier::operator=(AudioClassifier&&) noexcept = default;
AudioClassifier::~AudioClassifier() = default;

const std::vector<std::string>& AudioClassifier::classes() const { return m_impl->classes; }
double AudioClassifier::trainingAccuracy() const { return m_impl->trainingAccuracy; }

std::vector<float> AudioClassifier::probabilities(const AudioBuffer& audio) const
{
    torch::NoGradGuard noGrad;
    const AudioBuffer mono = audio.toMono();
    const torch::Tensor p = torch::softmax(m_impl->net->forward(m_impl->features(mono.samples()).unsqueeze(0)), 1)[0].contiguous();
    return std::vector<float>(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
}

std::string AudioClassifier::predict(const AudioBuffer& audio) const
{
    const std::vector<float> p = probabilities(audio);
    return m_impl->classes[static_cast<size_t>(std::max_element(p.begin(), p.end()) - p.begin())];
}

}  // namespace foley::inference
