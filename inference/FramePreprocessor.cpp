#include "inference/FramePreprocessor.h"

#include <algorithm>
#include <numeric>

namespace foley::inference {

bool usableFrame(const VideoFrame& f)
{
    return f.width > 0 && f.height > 0 && f.pixels.size() >= f.stride() * static_cast<size_t>(f.height);
}

std::vector<float> frameThumbnail(const VideoFrame& f, int size)
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

void appendPreparedFrame(const std::vector<float>& gray, const std::vector<float>& previous, std::vector<float>& out)
{
    const size_t plane = gray.size();
    const size_t at = out.size();
    out.resize(at + 2 * plane);
    for (size_t p = 0; p < plane; ++p) {
        out[at + p] = 2.0f * gray[p] - 1.0f;
        out[at + plane + p] = std::clamp(4.0f * (gray[p] - previous[p]), -1.0f, 1.0f);
    }
}

std::vector<int64_t> melFrameIndex(const std::vector<double>& times, int64_t melFrames)
{
    std::vector<int64_t> frameOfMel(static_cast<size_t>(std::max<int64_t>(melFrames, 0)));
    if (times.empty()) return {};
    size_t current = 0;
    for (int64_t k = 0; k < melFrames; ++k) {
        const double t = static_cast<double>(k) / 100.0 + 1e-6;
        while (current + 1 < times.size() && times[current + 1] <= t) ++current;
        frameOfMel[static_cast<size_t>(k)] = static_cast<int64_t>(current);
    }
    return frameOfMel;
}

FrameOrder orderFrames(const std::vector<VideoFrame>& frames, int64_t melFrames)
{
    FrameOrder out;
    for (size_t i = 0; i < frames.size(); ++i)
        if (usableFrame(frames[i])) out.order.push_back(i);
    std::stable_sort(out.order.begin(), out.order.end(),
                     [&](size_t a, size_t b) { return frames[a].timeSeconds < frames[b].timeSeconds; });
    std::vector<double> times;
    for (size_t i : out.order) times.push_back(frames[i].timeSeconds);
    out.frameOfMel = melFrameIndex(times, melFrames);
    return out;
}

std::vector<float> prepareFrameRange(const std::vector<VideoFrame>& frames, const FrameOrder& order, size_t first, size_t count, int size)
{
    std::vector<float> values;
    values.reserve(count * 2 * static_cast<size_t>(size) * static_cast<size_t>(size));
    // The first frame's difference is to itself (zero); a later range's first is to the frame before the range.
    std::vector<float> previous = frameThumbnail(frames[order.order[first > 0 ? first - 1 : first]], size);
    for (size_t i = 0; i < count; ++i) {
        std::vector<float> gray = frameThumbnail(frames[order.order[first + i]], size);
        appendPreparedFrame(gray, previous, values);
        previous = std::move(gray);
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
