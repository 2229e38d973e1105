#include "core/dsp/TransientEnvelope.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

std::vector<float> TransientEnvelope::compute(const float* samples, int64_t count, int sampleRate) const
{
    const int64_t step = std::max<int64_t>(1, std::llround(m_config.stepSeconds * sampleRate));
    const int64_t window = std::max<int64_t>(2, std::llround(m_config.windowSeconds * sampleRate));
    const int64_t before = 4 * window;
    const int64_t steps = count > 0 ? (count + step - 1) / step : 0;
    std::vector<float> envelope(static_cast<size_t>(steps), 0.0f);
    if (count < 2) return envelope;

    // Prefix sums of the squared first difference, so every window costs O(1).
    std::vector<double> prefix(static_cast<size_t>(count) + 1, 0.0);
    for (int64_t i = 1; i < count; ++i) {
        const double d = double(samples[i]) - double(samples[i - 1]);
        prefix[static_cast<size_t>(i) + 1] = prefix[static_cast<size_t>(i)] + d * d;
    }
    auto energy = [&](int64_t from, int64_t length) {
        const int64_t a = std::clamp<int64_t>(from, 0, count), b = std::clamp<int64_t>(from + length, 0, count);
        return b > a ? (prefix[static_cast<size_t>(b)] - prefix[static_cast<size_t>(a)]) / static_cast<double>(b - a) : 0.0;
    };
    double loudest = 0;
    for (int64_t t = 0; t + window <= count; t += step) loudest = std::max(loudest, energy(t, window));
    const double gate = loudest * std::pow(10.0, m_config.gateDecibels / 10.0);
    const double floor = std::max(gate * 1e-3, 1e-20);
    for (int64_t s = 0; s < steps; ++s) {
        const int64_t t = s * step;
        // Twice the past window from the file's start: a file that fades in from digital silence would otherwise
        // look like an attack in its first milliseconds.
        if (t < 2 * before || t + window > count) continue;
        const double after = energy(t, window);
        if (after < gate) continue;
        // The louder of the long and the short "before" windows: a ramp (fade-in) keeps the recent past close to
        // the present, while a click or an attack jumps over both.
        const double past = std::max(energy(t - before, before), energy(t - window, window));
        const double rise = std::log(after + floor) - std::log(past + floor);
        envelope[static_cast<size_t>(s)] = static_cast<float>(std::max(0.0, rise));
    }
    return envelope;
}

}  // namespace foley::dsp
