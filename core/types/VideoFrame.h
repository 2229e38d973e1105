#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace foley {

enum class PixelFormat { Gray8, Rgb24 };

// One decoded video frame, tightly packed (no row padding), with its presentation time.
struct VideoFrame {
    int width = 0;
    int height = 0;
    PixelFormat format = PixelFormat::Gray8;
    int64_t index = 0;        // 0-based frame number in the sequence delivered (at the requested rate)
    double timeSeconds = 0;   // presentation time relative to the start of the file
    std::vector<uint8_t> pixels;

    int bytesPerPixel() const { return format == PixelFormat::Rgb24 ? 3 : 1; }
    size_t stride() const { return static_cast<size_t>(width) * static_cast<size_t>(bytesPerPixel()); }
    const uint8_t* row(int y) const { return pixels.data() + static_cast<size_t>(y) * stride(); }
};

}  // namespace foley
