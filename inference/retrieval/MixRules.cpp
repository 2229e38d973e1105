#include "inference/retrieval/MixRules.h"


#include <algorithm>
#include <cmath>

namespace foley::inference {

namespace {
constexpr double kPi = 3.14159265358979323846;
}  // namespace

double dbToGain(double db) { return std::pow(10.0, db / 20.0); }

double strengthGainDb(double strength) { return -30.0 * (1.0 - std::clamp(strength, 0.0, 1.0)); }

double bedGain(double maskValue) { return maskValue > 0.02 ? dbToGain(-40.0 * (1.0 - std::min(maskValue, 1.0))) : 0.0; }

float peakOf(const std::vector<float>& x)
{
    float peak = 1e-9f;
    for (float v : x) peak = std::max(peak, std::abs(v));
    return peak;
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
