#include "inference/render/UnitFeatures.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace foley::inference {

namespace {

constexpr double kSpectrumWeight = 0.5;  // the drawing's timing and level are more reliable than its colour

float frameLevel(const dsp::MelFrames& mel, int64_t frame)
{
    if (frame < 0 || frame >= mel.frameCount) return -1e9f;
    const float* v = mel.frame(frame);
    const float top = *std::max_element(v, v + mel.melCount);
    double sum = 0.0;
    for (int b = 0; b < mel.melCount; ++b) sum += std::exp(static_cast<double>(v[b] - top));
    return top + static_cast<float>(std::log(sum));
}

void removeMean(std::vector<float>& values)
{
    if (values.empty()) return;
    const float mean = std::accumulate(values.begin(), values.end(), 0.0f) / static_cast<float>(values.size());
    for (float& v : values) v -= mean;
}

double meanSquaredDifference(const std::vector<float>& a, const std::vector<float>& b)
{
    const size_t n = std::min(a.size(), b.size());
    if (n == 0) return 0.0;
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i) sum += static_cast<double>(a[i] - b[i]) * (a[i] - b[i]);
    return sum / static_cast<double>(n);
}

}  // namespace

UnitFeatures UnitFeatures::ofEvent(const dsp::MelFrames& mel, int64_t firstFrame)
{
    UnitFeatures f;
    if (mel.melCount <= 0) return f;
    f.envelope.resize(kEnvelopeFrames);
    for (int i = 0; i < kEnvelopeFrames; ++i) f.envelope[static_cast<size_t>(i)] = frameLevel(mel, firstFrame + i);
    const float peak = *std::max_element(f.envelope.begin(), f.envelope.end());
    for (float& v : f.envelope) v = std::max(v - peak, kEnvelopeFloor);
    f.spectrum = spectrumShape(mel, firstFrame, kBodyFrames);
    return f;
}

double UnitFeatures::eventDistance(const UnitFeatures& a, const UnitFeatures& b)
{
    return meanSquaredDifference(a.envelope, b.envelope) + kSpectrumWeight * meanSquaredDifference(a.spectrum, b.spectrum);
}

std::vector<float> UnitFeatures::spectrumShape(const dsp::MelFrames& mel, int64_t first, int64_t count)
{
    std::vector<float> shape(static_cast<size_t>(std::max(mel.melCount, 0)), 0.0f);
    const int64_t begin = std::clamp<int64_t>(first, 0, mel.frameCount);
    const int64_t end = std::clamp<int64_t>(first + count, begin, mel.frameCount);
    if (end == begin) return {};
    for (int64_t f = begin; f < end; ++f) {
        const float* v = mel.frame(f);
        for (int b = 0; b < mel.melCount; ++b) shape[static_cast<size_t>(b)] += v[b];
    }
    for (float& v : shape) v /= static_cast<float>(end - begin);
    removeMean(shape);
    return shape;
}

double UnitFeatures::spectrumDistance(const std::vector<float>& a, const std::vector<float>& b)
{
    return meanSquaredDifference(a, b);
}

}  // namespace foley::inference
