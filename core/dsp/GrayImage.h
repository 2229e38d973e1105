#pragma once

#include "core/types/VideoFrame.h"

#include <vector>

namespace foley::dsp {

// A float grey-level image (0..255 scale), row-major, for the visual detector's working resolution.
class GrayImage {
public:
    GrayImage() = default;
    GrayImage(int width, int height, float fill = 0.0f)
        : m_width(width), m_height(height), m_pixels(static_cast<size_t>(width) * static_cast<size_t>(height), fill) {}

    int width() const { return m_width; }
    int height() const { return m_height; }
    bool isEmpty() const { return m_pixels.empty(); }
    float at(int x, int y) const { return m_pixels[index(x, y)]; }
    float& at(int x, int y) { return m_pixels[index(x, y)]; }
    const float* row(int y) const { return m_pixels.data() + index(0, y); }
    float* row(int y) { return m_pixels.data() + index(0, y); }
    const std::vector<float>& pixels() const { return m_pixels; }

    // Luma of a Gray8 or Rgb24 frame, box-averaged over factor x factor pixels (the frame's edge remainder
    // is dropped), then smoothed with a 3x3 binomial filter against noise and aliasing.
    static GrayImage fromFrame(const VideoFrame& frame, int factor);
    // Half-size image, 2x2 box average (for coarse block search).
    GrayImage halved() const;
    // Bilinear sample, clamped at the borders.
    float sample(double x, double y) const;
    // out(x, y) = this(x + dx, y + dy): content that moved by (-dx, -dy) is put back. Pixels sampled from
    // outside the image are clamped; callers keep a margin.
    GrayImage shifted(double dx, double dy) const;
    // Affine grey-level change a * v + b applied in place (photometric alignment for fades).
    void applyGain(float a, float b);

    double mean() const;
    double standardDeviation(double mean) const;

private:
    size_t index(int x, int y) const { return static_cast<size_t>(y) * static_cast<size_t>(m_width) + static_cast<size_t>(x); }
    void smooth3x3();

    int m_width = 0;
    int m_height = 0;
    std::vector<float> m_pixels;
};

}  // namespace foley::dsp
