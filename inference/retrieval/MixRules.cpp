#include "inference/retrieval/MixRules.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace foley::inference {

namespace {
constexpr double kPi = 3.14159265358979323846;
}  // namespace

double dbToGain(double db) { return std::pow(10.0, db / 20.0); }

double strengthGainDb(double strength) { return -30.0 * (1.0 - std::clamp(strength, 0.0, 1.0)); }

double bedGain(double maskValue) { return maskValue > 0.02 ? dbToGain(-40.0 * (1.0 - std::min(maskValue, 1.0))) : 0.0; }

double levelUnsteadiness(const std::vector<float>& x, int rate)
{
    const size_t frame = static_cast<size_t>(std::max(rate / 50, 1));
    std::vector<double> db;
    for (size_t at = 0; at + frame <= x.size(); at += frame) {
        double energy = 0.0;
        for (size_t i = at; i < at + frame; ++i) energy += static_cast<double>(x[i]) * x[i];
        db.push_back(10.0 * std::log10(energy / static_cast<double>(frame) + 1e-12));
    }
    if (db.size() < 2) return 1e9;
    const double floor = *std::max_element(db.begin(), db.end()) - 50.0;
    for (double& v : db) v = std::max(v, floor);
    const double mean = std::accumulate(db.begin(), db.end(), 0.0) / static_cast<double>(db.size());
    double spread = 0.0, jumps = 0.0;
    for (size_t i = 0; i < db.size(); ++i) {
        spread += (db[i] - mean) * (db[i] - mean);
        if (i > 0) jumps += std::abs(db[i] - db[i - 1]);
    }
    return std::sqrt(spread / static_cast<double>(db.size())) + jumps / static_cast<double>(db.size() - 1);
}

std::vector<float> looped(const std::vector<float>& x, int channels, size_t offset, size_t n, size_t crossfade)
{
    const auto c = static_cast<size_t>(std::max(channels, 1));
    const size_t xFrames = x.size() / c;
    std::vector<float> out(n * c, 0.0f);
    if (xFrames == 0) return out;
    size_t written = 0, from = offset % xFrames;
    while (written < n) {
        const size_t length = xFrames - from;
        const size_t fade = std::min(crossfade, length / 2);
        for (size_t i = 0; i < length && written + i < n; ++i) {
            double g = 1.0;
            if (written > 0 && i < fade) g *= std::sin(0.5 * kPi * static_cast<double>(i) / static_cast<double>(fade));
            if (fade > 0 && i >= length - fade) g *= std::cos(0.5 * kPi * static_cast<double>(i - (length - fade)) / static_cast<double>(fade));
            for (size_t ch = 0; ch < c; ++ch) out[(written + i) * c + ch] += static_cast<float>(g * x[(from + i) * c + ch]);
        }
        written += std::max<size_t>(length - fade, 1);
        from = 0;
    }
    return out;
}

}  // namespace foley::inference
