#include "app/train/RenderRealism.h"

#include "core/dsp/MelSpectrogram.h"
#include "core/dsp/Resampler.h"
#include "core/dsp/Stft.h"
#include "core/types/SampleTime.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace foley::app::train {

namespace {

constexpr int kBinsPerBand = 4;
constexpr float kLoudFrameDb = 40.0f;  // frames within this of the loudest count as loud (natural-log units below)
constexpr int kIterations = 400;
constexpr double kLearningRate = 0.1;
constexpr double kL2 = 0.05;

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

}  // namespace

std::vector<float> realismFeatures(const AudioBuffer& audio)
{
    const AudioBuffer mono = dsp::resampled(audio.toMono(), kModelRate);
    dsp::MelSpectrogram mel;
    const dsp::MelFrames m = mel.compute(mono.data(), static_cast<int64_t>(mono.frameCount()));
    const int bands = m.melCount / kBinsPerBand;
    std::vector<float> level(static_cast<size_t>(m.frameCount));
    for (int64_t f = 0; f < m.frameCount; ++f) level[static_cast<size_t>(f)] = *std::max_element(m.frame(f), m.frame(f) + m.melCount);
    const float top = level.empty() ? 0.0f : *std::max_element(level.begin(), level.end());
    std::vector<int64_t> loud;
    for (int64_t f = 0; f < m.frameCount; ++f)
        if (level[static_cast<size_t>(f)] > top - kLoudFrameDb / 8.7f) loud.push_back(f);
    std::vector<float> out;
    for (int b = 0; b < bands; ++b) {
        std::vector<float> v;
        for (int64_t f : loud) {
            float sum = 0.0f;
            for (int k = 0; k < kBinsPerBand; ++k) sum += m.at(f, b * kBinsPerBand + k);
            v.push_back(sum / kBinsPerBand);
        }
        if (v.empty()) v.push_back(0.0f);
        const float mean = std::accumulate(v.begin(), v.end(), 0.0f) / static_cast<float>(v.size());
        float var = 0.0f;
        for (float x : v) var += (x - mean) * (x - mean);
        std::sort(v.begin(), v.end());
        out.push_back(mean);
        out.push_back(std::sqrt(var / static_cast<float>(v.size())));
        out.push_back(v[static_cast<size_t>(0.95 * static_cast<double>(v.size() - 1))]);
    }
    double change = 0.0, flatness = 0.0;
    for (int64_t f = 1; f < m.frameCount; ++f)
        for (int b = 0; b < m.melCount; ++b) change += std::abs(m.at(f, b) - m.at(f - 1, b));
    for (int64_t f : loud) {
        double logMean = 0.0, linMean = 0.0;
        for (int b = 0; b < m.melCount; ++b) {
            logMean += m.at(f, b);
            linMean += std::exp(static_cast<double>(m.at(f, b)));
        }
        flatness += logMean / m.melCount - std::log(linMean / m.melCount);
    }
    const auto levels = static_cast<double>(std::max<size_t>(level.size(), 1));
    const double levelMean = std::accumulate(level.begin(), level.end(), 0.0) / levels;
    double levelSpread = 0.0;
    for (float l : level) levelSpread += (l - levelMean) * (l - levelMean);
    out.push_back(static_cast<float>(change / static_cast<double>(std::max<int64_t>(1, (m.frameCount - 1) * m.melCount))));
    out.push_back(static_cast<float>(flatness / static_cast<double>(std::max<size_t>(loud.size(), 1))));
    out.push_back(static_cast<float>(std::sqrt(levelSpread / levels)));
    return out;
}

double twoSampleAccuracy(const std::vector<std::vector<float>>& a, const std::vector<std::vector<float>>& b, int folds, uint64_t seed)
{
    struct Sample {
        const std::vector<float>* x;
        double label;
    };
    std::vector<Sample> all;
    for (const auto& x : a) all.push_back({&x, 0.0});
    for (const auto& x : b) all.push_back({&x, 1.0});
    if (all.size() < static_cast<size_t>(2 * folds) || a.empty() || b.empty()) return 0.5;
    std::shuffle(all.begin(), all.end(), std::mt19937_64(seed));
    const size_t dims = all.front().x->size();
    int correct = 0, total = 0;
    for (int fold = 0; fold < folds; ++fold) {
        std::vector<const Sample*> train, test;
        for (size_t i = 0; i < all.size(); ++i) (static_cast<int>(i % static_cast<size_t>(folds)) == fold ? test : train).push_back(&all[i]);
        // Standardise on the training part only.
        std::vector<double> mean(dims, 0.0), scale(dims, 0.0);
        for (const Sample* s : train)
            for (size_t d = 0; d < dims; ++d) mean[d] += (*s->x)[d];
        for (double& v : mean) v /= static_cast<double>(train.size());
        for (const Sample* s : train)
            for (size_t d = 0; d < dims; ++d) scale[d] += std::pow((*s->x)[d] - mean[d], 2);
        for (double& v : scale) v = std::sqrt(v / static_cast<double>(train.size())) + 1e-6;
        auto feature = [&](const Sample* s, size_t d) { return ((*s->x)[d] - mean[d]) / scale[d]; };
        std::vector<double> w(dims, 0.0);
        double bias = 0.0;
        for (int it = 0; it < kIterations; ++it) {
            std::vector<double> grad(dims, 0.0);
            double gradBias = 0.0;
            for (const Sample* s : train) {
                double z = bias;
                for (size_t d = 0; d < dims; ++d) z += w[d] * feature(s, d);
                const double error = sigmoid(z) - s->label;
                for (size_t d = 0; d < dims; ++d) grad[d] += error * feature(s, d);
                gradBias += error;
            }
            for (size_t d = 0; d < dims; ++d) w[d] -= kLearningRate * (grad[d] / static_cast<double>(train.size()) + kL2 * w[d]);
            bias -= kLearningRate * gradBias / static_cast<double>(train.size());
        }
        for (const Sample* s : test) {
            double z = bias;
            for (size_t d = 0; d < dims; ++d) z += w[d] * feature(s, d);
            correct += (z > 0.0) == (s->label > 0.5) ? 1 : 0;
            ++total;
        }
    }
    return total ? static_cast<double>(correct) / total : 0.5;
}

double highBandShare(const AudioBuffer& audio, double hz)
{
    const AudioBuffer mono = audio.toMono();
    if (mono.isEmpty() || hz >= mono.sampleRate() / 2.0) return 0.0;
    dsp::Stft stft(dsp::StftConfig{2048, 2048, 1024, false});
    std::vector<float> magnitude(static_cast<size_t>(stft.binCount()));
    const auto n = static_cast<int64_t>(mono.frameCount());
    const auto firstHigh = static_cast<size_t>(std::ceil(hz / mono.sampleRate() * 2048));
    double high = 0.0, total = 0.0;
    for (int64_t f = 0; f < stft.frameCount(n); ++f) {
        stft.magnitude(mono.data(), n, f, magnitude.data());
        for (size_t k = 1; k < magnitude.size(); ++k) {
            const double e = static_cast<double>(magnitude[k]) * magnitude[k];
            total += e;
            if (k >= firstHigh) high += e;
        }
    }
    return total > 0.0 ? high / total : 0.0;
}

}  // namespace foley::app::train
