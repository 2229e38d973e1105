#include "core/dsp/MelFilterbank.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

namespace {

constexpr double kLinearHzPerMel = 200.0 / 3.0;
constexpr double kBreakHz = 1000.0;
constexpr double kBreakMel = kBreakHz / kLinearHzPerMel;  // 15 mels
const double kLogStep = std::log(6.4) / 27.0;

}  // namespace

double hzToMel(double hz)
{
    if (hz < kBreakHz) return hz / kLinearHzPerMel;
    return kBreakMel + std::log(hz / kBreakHz) / kLogStep;
}

double melToHz(double mel)
{
    if (mel < kBreakMel) return mel * kLinearHzPerMel;
    return kBreakHz * std::exp(kLogStep * (mel - kBreakMel));
}

MelFilterbank::MelFilterbank(const MelConfig& config)
    : m_melCount(config.nMels)
    , m_binCount(config.bins())
{
    const int edges = m_melCount + 2;
    const double melLow = hzToMel(config.fMin);
    const double melHigh = hzToMel(config.fMax);
    m_edgesHz.resize(static_cast<size_t>(edges));
    for (int i = 0; i < edges; ++i)
        m_edgesHz[static_cast<size_t>(i)] = melToHz(melLow + (melHigh - melLow) * i / (edges - 1));

    const double binHz = static_cast<double>(config.sampleRate) / config.nFft;
    m_filters.resize(static_cast<size_t>(m_melCount));
    for (int m = 0; m < m_melCount; ++m) {
        const double lower = m_edgesHz[static_cast<size_t>(m)];
        const double centre = m_edgesHz[static_cast<size_t>(m) + 1];
        const double upper = m_edgesHz[static_cast<size_t>(m) + 2];
        const double norm = 2.0 / (upper - lower);
        Filter& filter = m_filters[static_cast<size_t>(m)];
        filter.firstBin = -1;
        for (int k = 0; k < m_binCount; ++k) {
            const double f = k * binHz;
            const double rising = (f - lower) / (centre - lower);
            const double falling = (upper - f) / (upper - centre);
            const double w = std::max(0.0, std::min(rising, falling));
            if (w <= 0.0) {
                if (filter.firstBin >= 0) break;  // past the triangle
                continue;
            }
            if (filter.firstBin < 0) filter.firstBin = k;
            // Zero weights inside the support cannot occur (the triangle is convex), so the run is contiguous.
            filter.weights.push_back(static_cast<float>(w * norm));
        }
        if (filter.firstBin < 0) filter.firstBin = 0;  // a filter narrower than one bin stays all-zero
    }
}

std::vector<float> MelFilterbank::matrix() const
{
    std::vector<float> dense(static_cast<size_t>(m_melCount) * static_cast<size_t>(m_binCount), 0.0f);
    for (int m = 0; m < m_melCount; ++m) {
        const Filter& filter = m_filters[static_cast<size_t>(m)];
        float* row = dense.data() + static_cast<size_t>(m) * static_cast<size_t>(m_binCount);
        std::copy(filter.weights.begin(), filter.weights.end(), row + filter.firstBin);
    }
    return dense;
}

float MelFilterbank::weight(int mel, int bin) const
{
    if (mel < 0 || mel >= m_melCount) return 0.0f;
    const Filter& filter = m_filters[static_cast<size_t>(mel)];
    const int offset = bin - filter.firstBin;
    if (offset < 0 || offset >= static_cast<int>(filter.weights.size())) return 0.0f;
    return filter.weights[static_cast<size_t>(offset)];
}

void MelFilterbank::apply(const float* magnitude, float* out) const
{
    for (int m = 0; m < m_melCount; ++m) {
        const Filter& filter = m_filters[static_cast<size_t>(m)];
        const float* in = magnitude + filter.firstBin;
        float sum = 0.0f;
        const size_t count = filter.weights.size();
        for (size_t i = 0; i < count; ++i) sum += filter.weights[i] * in[i];
        out[m] = sum;
    }
}

}  // namespace foley::dsp
