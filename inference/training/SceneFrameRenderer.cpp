#include "inference/training/SceneFrameRenderer.h"

#include <algorithm>
#include <cmath>

namespace foley::inference {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kFallSeconds = 0.45;  // an object is visible falling for this long before its impact
constexpr double kRestSeconds = 0.25;  // and lies on the floor this long after

double uniform(std::mt19937_64& rng, double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }

struct Canvas {
    int size;
    std::vector<float> pixels;
    void fillShape(int shape, double cx, double cy, double radius, float shade)
    {
        const int x0 = std::max(0, static_cast<int>(cx - radius * 1.6) - 1), x1 = std::min(size - 1, static_cast<int>(cx + radius * 1.6) + 1);
        const int y0 = std::max(0, static_cast<int>(cy - radius * 1.6) - 1), y1 = std::min(size - 1, static_cast<int>(cy + radius * 1.6) + 1);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const double dx = (x + 0.5 - cx) / radius, dy = (y + 0.5 - cy) / radius;
                double d = 0.0;  // signed distance-like value: inside < 1
                switch (shape) {
                case 1: d = std::max(std::abs(dx), std::abs(dy)); break;                // box
                case 2: d = std::sqrt(dx * dx / 2.2 + dy * dy * 2.0); break;              // foot: wide ellipse
                case 3: d = std::abs(dx) + std::abs(dy); break;                           // shard: diamond
                default: d = std::sqrt(dx * dx + dy * dy); break;                          // ball
                }
                const double coverage = std::clamp((1.0 - d) * radius + 0.5, 0.0, 1.0);  // one-pixel anti-aliasing
                float& p = pixels[static_cast<size_t>(y * size + x)];
                p = static_cast<float>(p * (1.0 - coverage) + shade * coverage);
            }
    }
};

}  // namespace

SceneLook SceneFrameRenderer::randomLook(const std::string& soundClass, std::mt19937_64& rng)
{
    SceneLook look;
    if (soundClass == "footstep") look.shape = 2;
    else if (soundClass == "glass") look.shape = 3;
    else if (soundClass.rfind("impact_", 0) == 0 || soundClass == "door" || soundClass == "crash_collision") look.shape = 1;
    else look.shape = static_cast<int>(std::hash<std::string>{}(soundClass) % 4);
    look.objectShade = uniform(rng, 0.55, 1.0);
    look.backgroundShade = uniform(rng, 0.05, 0.35);
    look.floorY = uniform(rng, 0.65, 0.85);
    look.cameraSway = uniform(rng, 0.0, 0.06);
    look.swayHz = uniform(rng, 0.1, 0.6);
    look.lightDrift = uniform(rng, 0.0, 0.3);
    look.distractorSpeed = uniform(rng, -0.6, 0.6);
    look.distractorY = uniform(rng, 0.15, 0.5);
    look.eventX = uniform(rng, 0.3, 0.7);
    return look;
}

std::vector<VideoFrame> SceneFrameRenderer::render(const SceneLook& look, const dsp::OnsetSecondsList& onsets,
                                                   const dsp::SampledCurve& mask, double durationSeconds, int size,
                                                   double fps, uint64_t seed) const
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> grain(-0.03f, 0.03f);
    const auto count = static_cast<int64_t>(std::ceil(durationSeconds * fps));
    std::vector<VideoFrame> frames;
    frames.reserve(static_cast<size_t>(count));
    const double s = size;
    const double radius = std::max(1.5, s * 0.07);
    for (int64_t i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / fps;
        const double sway = look.cameraSway * s * std::sin(2 * kPi * look.swayHz * t);
        const double light = 1.0 + look.lightDrift * std::sin(2 * kPi * 0.13 * t + 1.0);
        Canvas canvas{size, std::vector<float>(static_cast<size_t>(size * size))};
        const double floorY = look.floorY * s;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                canvas.pixels[static_cast<size_t>(y * size + x)] =
                    static_cast<float>(y >= floorY ? look.backgroundShade + 0.15 : look.backgroundShade * (0.7 + 0.3 * y / s));
        // Texture: a shimmering patch whose activity follows the mask (fire, water...).
        const auto m = static_cast<size_t>(t * mask.rate);
        const double level = m < mask.values.size() ? mask.values[m] : 0.0;
        if (level > 0.02)
            for (int k = 0; k < 6; ++k)
                canvas.fillShape(0, look.eventX * s + sway + uniform(rng, -0.15, 0.15) * s, floorY - uniform(rng, 0.0, 0.25) * s,
                                 radius * uniform(rng, 0.4, 1.0) * level, static_cast<float>(look.objectShade * level));
        // Falling objects: impact exactly at each onset; height (so speed) grows with strength.
        for (size_t k = 0; k < onsets.size(); ++k) {
            const double dt = onsets[k].seconds - t;
            if (dt > kFallSeconds || dt < -kRestSeconds) continue;
            const double x = (look.eventX + 0.12 * std::sin(static_cast<double>(k) * 2.3)) * s + sway;
            const double height = (0.2 + 0.5 * onsets[k].strength) * floorY;
            const double u = std::max(0.0, dt) / kFallSeconds;
            const double y = floorY - radius - height * u * u;
            canvas.fillShape(look.shape, x, y, radius, static_cast<float>(look.objectShade));
        }
        // Distractor: moves across the frame at constant speed and never makes a sound.
        const double dx = std::fmod(0.5 + look.distractorSpeed * t + 10.0, 1.0) * s;
        canvas.fillShape(0, dx + sway, look.distractorY * s, radius * 0.8, static_cast<float>(1.0 - look.backgroundShade));

        VideoFrame frame;
        frame.width = size;
        frame.height = size;
        frame.format = PixelFormat::Gray8;
        frame.index = i;
        frame.timeSeconds = t;
        frame.pixels.resize(static_cast<size_t>(size * size));
        for (size_t p = 0; p < frame.pixels.size(); ++p)
            frame.pixels[p] = static_cast<uint8_t>(std::clamp((canvas.pixels[p] * light + grain(rng)) * 255.0, 0.0, 255.0));
        frames.push_back(std::move(frame));
    }
    return frames;
}

}  // namespace foley::inference
