#include "core/dsp/TruePeak.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace foley::dsp {
namespace {

constexpr double kPi = 3.14159265358979323846;

double sinc(double x)
{
    return std::abs(x) < 1e-12 ? 1.0 : std::sin(kPi * x) / (kPi * x);
}

// Blackman window over |u| <= 1 (centre at 0): 75 dB side lobes keep the interpolator's ripple far below the
// 0.1 dB that matters for a peak ceiling.
double blackman(double u)
{
    if (std::abs(u) >= 1.0) return 0.0;
    return 0.42 + 0.5 * std::cos(kPi * u) + 0.08 * std::cos(2.0 * kPi * u);
}

}  // namespace

double linearToDb(double linear)
{
    return linear > 0.0 ? 20.0 * std::log10(linear) : -std::numeric_limits<double>::infinity();
}

double dbToLinear(double db)
{
    return std::pow(10.0, db / 20.0);
}

TruePeak::TruePeak()
    : m_coefficients(kOversampling, std::vector<double>(2 * kHalfTaps, 0.0))
{
    for (int phase = 0; phase < kOversampling; ++phase) {
        const double offset = static_cast<double>(phase) / kOversampling;
        for (int k = -kHalfTaps + 1; k <= kHalfTaps; ++k) {
            const double distance = offset - k;  // from input sample frame+k to the interpolated point
            m_coefficients[static_cast<size_t>(phase)][static_cast<size_t>(k + kHalfTaps - 1)] =
                sinc(distance) * blackman(distance / (kHalfTaps + 1));
        }
    }
}

double TruePeak::interpolate(const float* interleaved, size_t frames, int channels, size_t frame, int channel, int phase) const
{
    const std::vector<double>& c = m_coefficients[static_cast<size_t>(phase)];
    const auto count = static_cast<long long>(frames);
    double sum = 0.0;
    for (int k = -kHalfTaps + 1; k <= kHalfTaps; ++k) {
        const long long source = static_cast<long long>(frame) + k;
        if (source < 0 || source >= count) continue;  // silence outside the signal
        sum += c[static_cast<size_t>(k + kHalfTaps - 1)]
               * interleaved[static_cast<size_t>(source) * static_cast<size_t>(channels) + static_cast<size_t>(channel)];
    }
    return sum;
}

std::vector<float> TruePeak::envelope(const float* interleaved, size_t frames, int channels) const
{
    std::vector<float> peaks(frames, 0.0f);
    for (size_t frame = 0; frame < frames; ++frame) {
        double peak = 0.0;
        for (int channel = 0; channel < channels; ++channel) {
            peak = std::max(peak, static_cast<double>(std::abs(interleaved[frame * static_cast<size_t>(channels) + static_cast<size_t>(channel)])));
            for (int phase = 1; phase < kOversampling; ++phase)
                peak = std::max(peak, std::abs(interpolate(interleaved, frames, channels, frame, channel, phase)));
        }
        peaks[frame] = static_cast<float>(peak);
    }
    return peaks;
}

double TruePeak::peakLinear(const float* interleaved, size_t frames, int channels) const
{
    const std::vector<float> peaks = envelope(interleaved, frames, channels);
    return peaks.empty() ? 0.0 : static_cast<double>(*std::max_element(peaks.begin(), peaks.end()));
}

}  // namespace foley::dsp
