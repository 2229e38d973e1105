#include "core/dsp/Resampler.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kTableSteps = 512;     // kernel values per input sample (linear interpolation between them)
constexpr double kKaiserBeta = 8.6;  // ~ -90 dB side lobes
constexpr double kPassband = 0.95;

double besselI0(double x)
{
    double sum = 1.0, term = 1.0;
    for (int k = 1; k < 40; ++k) {
        term *= (x / (2.0 * k)) * (x / (2.0 * k));
        sum += term;
        if (term < sum * 1e-12) break;
    }
    return sum;
}

}  // namespace

Resampler::Resampler(double ratio, int zeroCrossings)
    : m_ratio(ratio > 0.0 ? ratio : 1.0), m_cutoff(kPassband * std::min(1.0, m_ratio))
{
    // Down-sampling widens the kernel in input samples: it always spans `zeroCrossings` of the low-passed sinc.
    m_halfWidth = static_cast<int>(std::ceil(zeroCrossings / m_cutoff));
    m_table.resize(static_cast<size_t>(m_halfWidth * kTableSteps + 2));
    const double norm = besselI0(kKaiserBeta);
    for (size_t i = 0; i < m_table.size(); ++i) {
        const double x = static_cast<double>(i) / kTableSteps;
        const double r = x / m_halfWidth;
        const double window = r >= 1.0 ? 0.0 : besselI0(kKaiserBeta * std::sqrt(1.0 - r * r)) / norm;
        const double arg = kPi * m_cutoff * x;
        const double sinc = x == 0.0 ? 1.0 : std::sin(arg) / arg;
        m_table[i] = m_cutoff * sinc * window;
    }
}

size_t Resampler::outputFrames(size_t inputFrames) const
{
    return static_cast<size_t>(std::ceil(static_cast<double>(inputFrames) * m_ratio - 1e-9));
}

double Resampler::kernel(double x) const
{
    const double position = std::abs(x) * kTableSteps;
    const auto i = static_cast<size_t>(position);
    if (i + 1 >= m_table.size()) return 0.0;
    const double frac = position - static_cast<double>(i);
    return m_table[i] + frac * (m_table[i + 1] - m_table[i]);
}

std::vector<float> Resampler::process(const float* x, size_t frames, int channels) const
{
    const size_t outFrames = outputFrames(frames);
    const auto c = static_cast<size_t>(std::max(channels, 1));
    std::vector<float> out(outFrames * c, 0.0f);
    std::vector<double> acc(c);
    const auto n = static_cast<int64_t>(frames);
    for (size_t k = 0; k < outFrames; ++k) {
        const double centre = static_cast<double>(k) / m_ratio;
        const auto first = std::max<int64_t>(0, static_cast<int64_t>(std::floor(centre)) - m_halfWidth + 1);
        const auto last = std::min<int64_t>(n - 1, static_cast<int64_t>(std::floor(centre)) + m_halfWidth);
        std::fill(acc.begin(), acc.end(), 0.0);
        for (int64_t i = first; i <= last; ++i) {
            const double w = kernel(centre - static_cast<double>(i));
            const float* frame = x + static_cast<size_t>(i) * c;
            for (size_t ch = 0; ch < c; ++ch) acc[ch] += w * frame[ch];
        }
        for (size_t ch = 0; ch < c; ++ch) out[k * c + ch] = static_cast<float>(acc[ch]);
    }
    return out;
}

AudioBuffer resampled(const AudioBuffer& audio, int sampleRate)
{
    if (audio.isEmpty() || audio.sampleRate() == sampleRate || sampleRate <= 0) return audio;
    const Resampler resampler(static_cast<double>(sampleRate) / audio.sampleRate());
    return AudioBuffer(resampler.process(audio.data(), audio.frameCount(), audio.channels()), sampleRate, audio.channels());
}

}  // namespace foley::dsp
