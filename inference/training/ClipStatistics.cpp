#include "inference/training/ClipStatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace foley::inference {

namespace {

constexpr float kActiveRangeLn = 4.0f;  // ~35 dB in ln-magnitude units

float logSumExp(const float* row, int n)
{
    const float top = *std::max_element(row, row + n);
    double sum = 0.0;
    for (int i = 0; i < n; ++i) sum += std::exp(static_cast<double>(row[i] - top));
    return top + static_cast<float>(std::log(sum));
}

}  // namespace

std::vector<float> clipStatistics(const dsp::MelFrames& mel)
{
    const int bins = mel.melCount;
    const int64_t frames = mel.frameCount;
    std::vector<float> out(static_cast<size_t>(clipStatisticsSize(bins)), 0.0f);
    if (frames == 0 || bins == 0) return out;
    auto at = [&](int64_t f, int b) { return mel.values[static_cast<size_t>(f * bins + b)]; };

    std::vector<float> energy(static_cast<size_t>(frames));
    for (int64_t f = 0; f < frames; ++f) energy[static_cast<size_t>(f)] = logSumExp(&mel.values[static_cast<size_t>(f * bins)], bins);
    const float loudest = *std::max_element(energy.begin(), energy.end());
    std::vector<int64_t> active;
    for (int64_t f = 0; f < frames; ++f)
        if (energy[static_cast<size_t>(f)] > loudest - kActiveRangeLn) active.push_back(f);
    const double n = static_cast<double>(active.size());

    std::vector<double> mean(bins, 0.0), square(bins, 0.0), peak(bins, -1e9), rough(bins, 0.0);
    double level = 0.0, centroid = 0.0, centroidSquare = 0.0, flatness = 0.0, envelopeRough = 0.0;
    for (int64_t f : active) {
        double weightSum = 0.0, weighted = 0.0, logMean = 0.0;
        for (int b = 0; b < bins; ++b) {
            const double v = at(f, b);
            mean[b] += v;
            square[b] += v * v;
            if (f + 1 < frames) rough[b] += std::abs(at(f + 1, b) - v);
            const double w = std::exp(v - energy[static_cast<size_t>(f)]);
            weightSum += w;
            weighted += w * b;
            logMean += v;
        }
        const double c = weighted / std::max(weightSum, 1e-12) / bins;
        centroid += c;
        centroidSquare += c * c;
        flatness += logMean / bins - (energy[static_cast<size_t>(f)] - std::log(static_cast<double>(bins)));
        level += energy[static_cast<size_t>(f)];
        if (f + 1 < frames) envelopeRough += std::abs(energy[static_cast<size_t>(f + 1)] - energy[static_cast<size_t>(f)]);
    }
    for (int64_t f = 0; f < frames; ++f)
        for (int b = 0; b < bins; ++b) peak[b] = std::max(peak[b], static_cast<double>(at(f, b)));

    const double meanLevel = level / n;
    const double shapeOffset = std::accumulate(mean.begin(), mean.end(), 0.0) / n / bins;
    for (int b = 0; b < bins; ++b) {
        const double m = mean[b] / n;
        out[static_cast<size_t>(b)] = static_cast<float>(m - shapeOffset);                              // spectral shape
        out[static_cast<size_t>(bins + b)] = static_cast<float>(std::sqrt(std::max(0.0, square[b] / n - m * m)));  // spread
        out[static_cast<size_t>(2 * bins + b)] = static_cast<float>(peak[b] - loudest);                 // peak shape
        out[static_cast<size_t>(3 * bins + b)] = static_cast<float>(rough[b] / n);                      // roughness
    }
    double envelopeSpread = 0.0;
    for (int64_t f : active) envelopeSpread += std::pow(energy[static_cast<size_t>(f)] - meanLevel, 2.0);
    const double c = centroid / n;
    float* g = &out[static_cast<size_t>(kClipStatisticsPerBin * bins)];
    g[0] = static_cast<float>(meanLevel);
    g[1] = static_cast<float>(n / static_cast<double>(frames));  // how much of the clip sounds
    g[2] = static_cast<float>(std::sqrt(envelopeSpread / n));
    g[3] = static_cast<float>(envelopeRough / n);
    g[4] = static_cast<float>(c);
    g[5] = static_cast<float>(std::sqrt(std::max(0.0, centroidSquare / n - c * c)));
    g[6] = static_cast<float>(flatness / n);
    return out;
}

}  // namespace foley::inference
