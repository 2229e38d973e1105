#include "inference/FramePreprocessor.h"

#include <algorithm>
#include <numeric>

namespace foley::inference {

namespace {

bool usable(const VideoFrame& f)
{
    return f.width > 0 && f.height > 0 && f.pixels.size() >= f.stride() * static_cast<size_t>(f.height);
}

// Area-average resize of the frame's luma to size x size, values in [0, 1].
std::vector<float> grayThumbnail(const VideoFrame& f, int size)
{
    std::vector<float> out(static_cast<size_t>(size) * static_cast<size_t>(size));
    for (int oy = 0; oy < size; ++oy) {
        const int y0 = oy * f.height / size, y1 = std::max(y0 + 1, (oy + 1) * f.height / size);
        for (int ox = 0; ox < size; ++ox) {
            const int x0 = ox * f.width / size, x1 = std::max(x0 + 1, (ox + 1) * f.width / size);
            double sum = 0.0;
            for (int y = y0; y < y1; ++y) {
                const uint8_t* row = f.row(y);
                for (int x = x0; x < x1; ++x) {
                    if (f.format == PixelFormat::Rgb24) {
                        const uint8_t* p = row + 3 * x;
                        sum += 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
                    } else {
                        sum += row[x];
                    }
                }
            }
            out[static_cast<size_t>(oy * size + ox)] = static_cast<float>(sum / ((y1 - y0) * (x1 - x0) * 255.0));
        }
    }
    return out;
}

}  // namespace

FrameOrder orderFrames(const std::vector<VideoFrame>& frames, int64_t melFrames)
{
    FrameOrder out;
    for (size_t i = 0; i < frames.size(); ++i)
        if (usable(frames[i])) out.order.push_back(i);
    std::stable_sort(out.order.begin(), out.order.end(),
                     [&](size_t a, size_t b) { return frames[a].timeSeconds < frames[b].timeSeconds; });
    if (out.order.empty()) return out;
    out.frameOfMel.resize(static_cast<size_t>(std::max<int64_t>(melFrames, 0)));
    size_t current = 0;
    for (int64_t k = 0; k < melFrames; ++k) {
        const double t = static_cast<double>(k) / 100.0 + 1e-6;
        while (current + 1 < out.order.size() && frames[out.order[current + 1]].timeSeconds <= t) ++current;
        out.frameOfMel[static_cast<size_t>(k)] = static_cast<int64_t>(current);
    }
    return out;
}

std::vector<float> prepareFrameRange(const std::vector<VideoFrame>& frames, const FrameOrder& order, size_t first, size_t count, int size)
{
    const size_t plane = static_cast<size_t>(size) * static_cast<size_t>(size);
    std::vector<float> values(count * 2 * plane);
    // The first frame's difference is to itself (zero); a later range's first is to the frame before the range.
    std::vector<float> previous = grayThumbnail(frames[order.order[first > 0 ? first - 1 : first]], size);
    for (size_t i = 0; i < count; ++i) {
        const std::vector<float> gray = grayThumbnail(frames[order.order[first + i]], size);
        float* out = values.data() + i * 2 * plane;
        for (size_t p = 0; p < plane; ++p) {
            out[p] = 2.0f * gray[p] - 1.0f;
            out[plane + p] = std::clamp(4.0f * (gray[p] - previous[p]), -1.0f, 1.0f);
        }
        previous = gray;
    }
    return values;
}

PreparedFrames prepareFrames(const std::vector<VideoFrame>& frames, int size, int64_t melFrames)
{
    PreparedFrames prepared;
    prepared.size = size;
    FrameOrder order = orderFrames(frames, melFrames);
    if (order.order.empty()) return prepared;
    prepared.count = static_cast<int>(order.order.size());
    prepared.values = prepareFrameRange(frames, order, 0, order.order.size(), size);
    prepared.frameOfMel = std::move(order.frameOfMel);
    return prepared;
}

}  // namespace foley::inference
