#include "inference/sampling/RegionSplice.h"

#include <algorithm>
#include <cmath>

namespace foley::inference {

std::vector<float> RegionSplice::apply(const std::vector<float>& existing, const std::vector<float>& fresh,
                                       int64_t freshStart) const
{
    std::vector<float> out = existing;
    const auto c = static_cast<int64_t>(std::max(channels, 1));
    const int64_t n = static_cast<int64_t>(out.size()) / c;
    const int64_t freshFrames = static_cast<int64_t>(fresh.size()) / c;
    const int64_t s = std::clamp<int64_t>(start, 0, n), e = std::clamp<int64_t>(end, s, n);
    const int64_t f = std::clamp<int64_t>(fade, 0, (e - s) / 2);
    // Seams at the clip's own edges need no fade: there is nothing outside to join.
    const bool fadeIn = s > 0, fadeOut = e < n;
    for (int64_t i = s; i < e; ++i) {
        const int64_t j = i - freshStart;
        double gain = 1.0;
        if (fadeIn && i - s < f) gain = 0.5 - 0.5 * std::cos(M_PI * (static_cast<double>(i - s) + 0.5) / static_cast<double>(f));
        if (fadeOut && e - 1 - i < f)
            gain = std::min(gain, 0.5 - 0.5 * std::cos(M_PI * (static_cast<double>(e - 1 - i) + 0.5) / static_cast<double>(f)));
        const auto g = static_cast<float>(gain);
        for (int64_t ch = 0; ch < c; ++ch) {
            const float value = (j >= 0 && j < freshFrames) ? fresh[static_cast<size_t>(j * c + ch)] : 0.0f;
            float& o = out[static_cast<size_t>(i * c + ch)];
            o = g * value + (1.0f - g) * o;
        }
    }
    return out;
}

}  // namespace foley::inference
