#include "core/dsp/TemporalCondition.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

namespace {

constexpr double kNegligible = 1e-4;  // kernel tails below this are not drawn

}  // namespace

int64_t TemporalCondition::frameCountFor(double durationSeconds) const
{
    if (!(durationSeconds >= 0) || m_config.frameRate <= 0) return 0;
    return 1 + static_cast<int64_t>(std::floor(durationSeconds * m_config.frameRate + 1e-9));
}

double TemporalCondition::kernel(int64_t offsetFrames) const
{
    const double width = std::max(1e-6, m_config.widthSeconds * m_config.frameRate);  // in frames
    const double t = static_cast<double>(offsetFrames);
    if (m_config.kernel == TemporalConditionConfig::Kernel::Gaussian) {
        const double sigma = width / (2.0 * std::sqrt(2.0 * std::log(2.0)));
        return std::exp(-0.5 * t * t / (sigma * sigma));
    }
    if (offsetFrames < 0) return offsetFrames == -1 ? 0.5 : 0.0;  // a one-frame ramp so the attack is not a cliff
    return std::exp2(-t / width);
}

std::vector<float> TemporalCondition::onsetCurve(const OnsetSecondsList& onsets, int64_t frameCount) const
{
    std::vector<float> curve(static_cast<size_t>(std::max<int64_t>(0, frameCount)), 0.0f);
    int64_t reach = 1;
    while (reach < 100000 && kernel(reach) > kNegligible) ++reach;
    const int64_t before = m_config.kernel == TemporalConditionConfig::Kernel::Gaussian ? reach : 1;
    for (const OnsetEvent& onset : onsets) {
        const double strength = std::clamp(onset.strength, 0.0, 1.0);
        const int64_t centre = std::llround(onset.seconds * m_config.frameRate);
        for (int64_t k = std::max<int64_t>(0, centre - before); k <= std::min(frameCount - 1, centre + reach); ++k) {
            const float value = static_cast<float>(strength * kernel(k - centre));
            curve[static_cast<size_t>(k)] = std::max(curve[static_cast<size_t>(k)], value);
        }
    }
    return curve;
}

std::vector<float> TemporalCondition::resampleMask(const SampledCurve& mask, int64_t frameCount) const
{
    std::vector<float> result(static_cast<size_t>(std::max<int64_t>(0, frameCount)), 0.0f);
    if (mask.values.empty() || mask.rate <= 0) return result;
    const auto last = static_cast<int64_t>(mask.values.size()) - 1;
    for (int64_t k = 0; k < frameCount; ++k) {
        // Mask value i covers [i / rate, (i + 1) / rate), exactly as the project stores and the editor draws it;
        // beyond the end the mask holds its last value.
        const auto i = static_cast<int64_t>(std::floor(static_cast<double>(k) / m_config.frameRate * mask.rate + 1e-9));
        result[static_cast<size_t>(k)] = mask.values[static_cast<size_t>(std::clamp<int64_t>(i, 0, last))];
    }
    return result;
}

std::vector<float> TemporalCondition::build(const OnsetSecondsList& onsets, const SampledCurve& mask, int64_t frameCount) const
{
    std::vector<float> curve = onsetCurve(onsets, frameCount);
    const std::vector<float> resampled = resampleMask(mask, frameCount);
    for (size_t k = 0; k < curve.size(); ++k) curve[k] = std::clamp(std::max(curve[k], resampled[k]), 0.0f, 1.0f);
    return curve;
}

}  // namespace foley::dsp
