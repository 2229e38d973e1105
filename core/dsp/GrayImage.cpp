#include "core/dsp/GrayImage.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

GrayImage GrayImage::fromFrame(const VideoFrame& frame, int factor)
{
    factor = std::max(1, factor);
    const int width = frame.width / factor;
    const int height = frame.height / factor;
    GrayImage image(std::max(0, width), std::max(0, height));
    if (width <= 0 || height <= 0 || frame.pixels.size() < frame.stride() * static_cast<size_t>(frame.height)) return GrayImage();
    const bool rgb = frame.format == PixelFormat::Rgb24;
    const float scale = 1.0f / static_cast<float>(factor * factor);
    std::vector<float> accumulator(static_cast<size_t>(width));
    for (int y = 0; y < height; ++y) {
        std::fill(accumulator.begin(), accumulator.end(), 0.0f);
        for (int sy = 0; sy < factor; ++sy) {
            const uint8_t* source = frame.row(y * factor + sy);
            for (int x = 0; x < width; ++x) {
                float sum = 0.0f;
                for (int sx = 0; sx < factor; ++sx) {
                    const int px = x * factor + sx;
                    if (rgb) {
                        const uint8_t* p = source + 3 * px;
                        sum += 0.299f * p[0] + 0.587f * p[1] + 0.114f * p[2];
                    } else {
                        sum += source[px];
                    }
                }
                accumulator[static_cast<size_t>(x)] += sum;
            }
        }
        float* out = image.row(y);
        for (int x = 0; x < width; ++x) out[x] = accumulator[static_cast<size_t>(x)] * scale;
    }
    image.smooth3x3();
    return image;
}

void GrayImage::smooth3x3()
{
    if (m_width < 3 || m_height < 3) return;
    std::vector<float> temp(m_pixels.size());
    for (int y = 0; y < m_height; ++y) {
        const float* in = row(y);
        float* out = temp.data() + index(0, y);
        out[0] = (3 * in[0] + in[1]) * 0.25f;
        for (int x = 1; x < m_width - 1; ++x) out[x] = (in[x - 1] + 2 * in[x] + in[x + 1]) * 0.25f;
        out[m_width - 1] = (in[m_width - 2] + 3 * in[m_width - 1]) * 0.25f;
    }
    for (int y = 0; y < m_height; ++y) {
        const float* up = temp.data() + index(0, std::max(0, y - 1));
        const float* mid = temp.data() + index(0, y);
        const float* down = temp.data() + index(0, std::min(m_height - 1, y + 1));
        float* out = row(y);
        for (int x = 0; x < m_width; ++x) out[x] = (up[x] + 2 * mid[x] + down[x]) * 0.25f;
    }
}

GrayImage GrayImage::halved() const
{
    GrayImage half(m_width / 2, m_height / 2);
    for (int y = 0; y < half.m_height; ++y) {
        const float* a = row(2 * y);
        const float* b = row(2 * y + 1);
        float* out = half.row(y);
        for (int x = 0; x < half.m_width; ++x) out[x] = 0.25f * (a[2 * x] + a[2 * x + 1] + b[2 * x] + b[2 * x + 1]);
    }
    return half;
}

float GrayImage::sample(double x, double y) const
{
    x = std::clamp(x, 0.0, static_cast<double>(m_width - 1));
    y = std::clamp(y, 0.0, static_cast<double>(m_height - 1));
    const int x0 = std::min(static_cast<int>(x), m_width - 2 < 0 ? 0 : m_width - 2);
    const int y0 = std::min(static_cast<int>(y), m_height - 2 < 0 ? 0 : m_height - 2);
    const int x1 = std::min(x0 + 1, m_width - 1), y1 = std::min(y0 + 1, m_height - 1);
    const double fx = x - x0, fy = y - y0;
    const double top = (1 - fx) * at(x0, y0) + fx * at(x1, y0);
    const double bottom = (1 - fx) * at(x0, y1) + fx * at(x1, y1);
    return static_cast<float>((1 - fy) * top + fy * bottom);
}

GrayImage GrayImage::shifted(double dx, double dy) const
{
    if (dx == 0.0 && dy == 0.0) return *this;
    // One translation for the whole image: the bilinear weights are the same for every pixel.
    GrayImage out(m_width, m_height);
    const int ix = static_cast<int>(std::floor(dx)), iy = static_cast<int>(std::floor(dy));
    const float fx = static_cast<float>(dx - ix), fy = static_cast<float>(dy - iy);
    const float w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
    std::vector<int> columns0(static_cast<size_t>(m_width)), columns1(static_cast<size_t>(m_width));
    for (int x = 0; x < m_width; ++x) {
        columns0[static_cast<size_t>(x)] = std::clamp(x + ix, 0, m_width - 1);
        columns1[static_cast<size_t>(x)] = std::clamp(x + ix + 1, 0, m_width - 1);
    }
    for (int y = 0; y < m_height; ++y) {
        const float* r0 = row(std::clamp(y + iy, 0, m_height - 1));
        const float* r1 = row(std::clamp(y + iy + 1, 0, m_height - 1));
        float* dst = out.row(y);
        for (int x = 0; x < m_width; ++x) {
            const int a = columns0[static_cast<size_t>(x)], b = columns1[static_cast<size_t>(x)];
            dst[x] = w00 * r0[a] + w10 * r0[b] + w01 * r1[a] + w11 * r1[b];
        }
    }
    return out;
}

void GrayImage::applyGain(float a, float b)
{
    for (float& v : m_pixels) v = a * v + b;
}

double GrayImage::mean() const
{
    double sum = 0;
    for (float v : m_pixels) sum += v;
    return m_pixels.empty() ? 0.0 : sum / static_cast<double>(m_pixels.size());
}

double GrayImage::standardDeviation(double mean) const
{
    double sum = 0;
    for (float v : m_pixels) sum += (v - mean) * (v - mean);
    return m_pixels.empty() ? 0.0 : std::sqrt(sum / static_cast<double>(m_pixels.size()));
}

}  // namespace foley::dsp
