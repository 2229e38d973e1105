#include "widgets/spectrogram/SpectrogramLevels.h"

#include <algorithm>

namespace foley::widgets {

void SpectrogramLevels::buildPyramid(int minFrames)
{
    if (levels.empty() || bins <= 0) return;
    levels.resize(1);
    while (frames(levelCount() - 1) > minFrames) {
        const auto& below = levels.back();
        const int belowFrames = static_cast<int>(below.size()) / bins;
        const int n = (belowFrames + 1) / 2;
        std::vector<float> level(static_cast<size_t>(n) * static_cast<size_t>(bins));
        for (int f = 0; f < n; ++f) {
            const int a = 2 * f;
            const int b = std::min(2 * f + 1, belowFrames - 1);
            for (int k = 0; k < bins; ++k) {
                const size_t ia = static_cast<size_t>(a) * static_cast<size_t>(bins) + static_cast<size_t>(k);
                const size_t ib = static_cast<size_t>(b) * static_cast<size_t>(bins) + static_cast<size_t>(k);
                level[static_cast<size_t>(f) * static_cast<size_t>(bins) + static_cast<size_t>(k)] = std::max(below[ia], below[ib]);
            }
        }
        levels.push_back(std::move(level));
    }
}

}  // namespace foley::widgets
