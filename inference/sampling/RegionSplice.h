#pragma once

#include <cstdint>
#include <vector>

namespace foley::inference {

// Puts regenerated audio into an existing take: samples outside [start, end) are copied unchanged; inside, the new
// audio replaces the old, with raised-cosine cross-fades of `fade` samples just inside each seam (so the outside
// stays sample-identical). `fresh` holds the new audio for frames [freshStart, freshStart + its frames). Positions
// are frames; both buffers are interleaved with `channels` channels.
struct RegionSplice {
    int64_t start = 0;
    int64_t end = 0;
    int64_t fade = 160;
    int channels = 1;

    std::vector<float> apply(const std::vector<float>& existing, const std::vector<float>& fresh, int64_t freshStart) const;
};

}  // namespace foley::inference
