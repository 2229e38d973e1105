#include "core/dsp/PeakPicker.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace foley::dsp {

namespace {

int64_t framesFor(double seconds, double frameRate)
{
    return std::max<int64_t>(0, static_cast<int64_t>(std::llround(seconds * frameRate)));
}

double subFramePosition(const std::vector<float>& e, int64_t i)
{
    const int64_t n = static_cast<int64_t>(e.size());
    if (i <= 0 || i >= n - 1) return static_cast<double>(i);
    const double a = e[static_cast<size_t>(i - 1)], b = e[static_cast<size_t>(i)], c = e[static_cast<size_t>(i + 1)];
    const double curvature = a - 2 * b + c;
    if (curvature >= 0) return static_cast<double>(i);
    return static_cast<double>(i) + std::clamp(0.5 * (a - c) / curvature, -0.5, 0.5);
}

}  // namespace

std::vector<float> PeakPicker::threshold(const std::vector<float>& envelope, double frameRate) const
{
    const int64_t n = static_cast<int64_t>(envelope.size());
    const int64_t pre = framesFor(m_config.preAvgSeconds, frameRate);
    const int64_t post = framesFor(m_config.postAvgSeconds, frameRate);
    std::vector<float> result(envelope.size());
    std::vector<float> window;
    double sum = 0;
    int64_t lo = 0, hi = -1;  // running-sum window [lo, hi] for the mean
    for (int64_t i = 0; i < n; ++i) {
        const int64_t from = std::max<int64_t>(0, i - pre);
        const int64_t to = std::min<int64_t>(n - 1, i + post);
        double statistic = 0;
        if (m_config.statistic == PeakPickerConfig::Statistic::Mean) {
            while (hi < to) sum += envelope[static_cast<size_t>(++hi)];
            while (lo < from) sum -= envelope[static_cast<size_t>(lo++)];
            statistic = sum / static_cast<double>(to - from + 1);
        } else {
            window.assign(envelope.begin() + from, envelope.begin() + to + 1);
            const auto middle = window.begin() + static_cast<std::ptrdiff_t>(window.size() / 2);
            std::nth_element(window.begin(), middle, window.end());
            statistic = *middle;
        }
        const double level = std::max(statistic + m_config.delta, statistic * m_config.ratio);
        result[static_cast<size_t>(i)] = static_cast<float>(std::max(level, m_config.minValue));
    }
    return result;
}

std::vector<Peak> PeakPicker::pick(const std::vector<float>& envelope, double frameRate) const
{
    const int64_t n = static_cast<int64_t>(envelope.size());
    const std::vector<float> limit = threshold(envelope, frameRate);
    const int64_t preMax = framesFor(m_config.preMaxSeconds, frameRate);
    const int64_t postMax = framesFor(m_config.postMaxSeconds, frameRate);
    std::vector<Peak> candidates;
    for (int64_t i = 0; i < n; ++i) {
        const float v = envelope[static_cast<size_t>(i)];
        if (v < limit[static_cast<size_t>(i)] || v <= 0.0f) continue;
        bool isMax = true;
        for (int64_t j = std::max<int64_t>(0, i - preMax); j <= std::min<int64_t>(n - 1, i + postMax) && isMax; ++j) {
            const float w = envelope[static_cast<size_t>(j)];
            // Plateaus: the first sample of a flat top wins.
            if (w > v || (j < i && w == v)) isMax = false;
        }
        if (isMax) candidates.push_back({i, v, subFramePosition(envelope, i)});
    }
    // Enforce the minimum interval, strongest first.
    std::vector<Peak> order = candidates;
    std::stable_sort(order.begin(), order.end(), [](const Peak& a, const Peak& b) { return a.value > b.value; });
    const double minGap = m_config.minIntervalSeconds * frameRate;
    std::set<double> keptPositions;
    std::vector<Peak> kept;
    for (const Peak& p : order) {
        const auto near = keptPositions.upper_bound(p.position - minGap);
        if (near != keptPositions.end() && *near < p.position + minGap) continue;
        keptPositions.insert(p.position);
        kept.push_back(p);
    }
    std::sort(kept.begin(), kept.end(), [](const Peak& a, const Peak& b) { return a.index < b.index; });
    return kept;
}

}  // namespace foley::dsp
