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

LoopReader::LoopReader(const std::vector<float>& x, int channels, size_t offset, size_t crossfade)
    : m_x(x), m_channels(static_cast<size_t>(std::max(channels, 1))), m_crossfade(crossfade)
{
    m_xFrames = x.size() / m_channels;
    if (m_xFrames == 0) return;
    m_firstFrom = offset % m_xFrames;
    const size_t firstLength = m_xFrames - m_firstFrom;
    m_firstAdvance = std::max<size_t>(firstLength - std::min(crossfade, firstLength / 2), 1);
    m_advance = std::max<size_t>(m_xFrames - std::min(crossfade, m_xFrames / 2), 1);
}

// Segment 0 plays from the offset to the end of x; segment k >= 1 plays the whole of x from
// m_firstAdvance + (k - 1) * m_advance on, fading in over the previous one's fade-out.
void LoopReader::addSegment(size_t k, size_t j, float* out) const
{
    const size_t start = k == 0 ? 0 : m_firstAdvance + (k - 1) * m_advance;
    const size_t from = k == 0 ? m_firstFrom : 0;
    const size_t length = m_xFrames - from;
    if (j < start || j >= start + length) return;
    const size_t i = j - start;
    const size_t fade = std::min(m_crossfade, length / 2);
    double g = 1.0;
    if (k > 0 && i < fade) g *= std::sin(0.5 * kPi * static_cast<double>(i) / static_cast<double>(fade));
    if (fade > 0 && i >= length - fade) g *= std::cos(0.5 * kPi * static_cast<double>(i - (length - fade)) / static_cast<double>(fade));
    for (size_t ch = 0; ch < m_channels; ++ch) out[ch] += static_cast<float>(g * m_x[(from + i) * m_channels + ch]);
}

void LoopReader::addFrame(size_t j, float* out) const
{
    if (m_xFrames == 0) return;
    // The last segment starting at or before j, and the one before it (crossfades overlap two at most, since a
    // fade is at most half a segment); added in segment order, as the loop plays them.
    const size_t last = j < m_firstAdvance ? 0 : 1 + (j - m_firstAdvance) / m_advance;
    if (last > 0) addSegment(last - 1, j, out);
    addSegment(last, j, out);
}

std::vector<float> looped(const std::vector<float>& x, int channels, size_t offset, size_t n, size_t crossfade)
{
    const auto c = static_cast<size_t>(std::max(channels, 1));
    std::vector<float> out(n * c, 0.0f);
    const LoopReader reader(x, channels, offset, crossfade);
    for (size_t j = 0; j < n; ++j) reader.addFrame(j, out.data() + j * c);
    return out;
}

}  // namespace foley::inference
