#pragma once

#include <random>
#include <string>

namespace foley::inference {

// Captions in the style a multimodal LLM writes for a clip ("a hammer strikes a metal pipe three times, faint room
// tone"), varied in phrasing, counts, materials and background, plus a negative prompt naming what is absent.
class CaptionWriter {
public:
    struct Caption {
        std::string text;
        std::string negative;
    };
    // eventCount 0 = a texture (no count words).
    Caption write(const std::string& soundClass, int eventCount, std::mt19937_64& rng) const;
};

}  // namespace foley::inference
