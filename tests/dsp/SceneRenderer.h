#pragma once

// Synthetic video scenes with known sound events, rendered at test time (tests and benchmarks):
// balls falling under gravity that bounce or stop on a floor (impact times known analytically), a textured
// distractor moving at constant speed, sensor noise, a slow camera pan over a large texture, a hard cut
// between two shots and a fade through black. Header-only so benchmarks (one .cpp each) can use it.

#include "core/types/VideoFrame.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace foley::testing {

// Smooth random texture (sum of a few blurred noise octaves), grey levels about mean ± contrast.
inline std::vector<float> makeTexture(int width, int height, unsigned seed, float mean, float contrast)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    std::vector<float> out(static_cast<size_t>(width) * static_cast<size_t>(height), 0.0f);
    for (int cell : {24, 9, 4}) {
        const int gw = width / cell + 2, gh = height / cell + 2;
        std::vector<float> grid(static_cast<size_t>(gw) * static_cast<size_t>(gh));
        for (auto& g : grid) g = u(rng);
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const float fx = static_cast<float>(x) / static_cast<float>(cell), fy = static_cast<float>(y) / static_cast<float>(cell);
                const int ix = static_cast<int>(fx), iy = static_cast<int>(fy);
                const float ax = fx - static_cast<float>(ix), ay = fy - static_cast<float>(iy);
                auto g = [&](int gx, int gy) { return grid[static_cast<size_t>(gy) * static_cast<size_t>(gw) + static_cast<size_t>(gx)]; };
                const float v = (1 - ay) * ((1 - ax) * g(ix, iy) + ax * g(ix + 1, iy)) + ay * ((1 - ax) * g(ix, iy + 1) + ax * g(ix + 1, iy + 1));
                out[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)] += v * contrast * (cell == 24 ? 0.5f : cell == 9 ? 0.35f : 0.25f);
            }
    }
    for (auto& v : out) v += mean;
    return out;
}

// A ball dropped at `dropTime` from height y0 (centre, pixels, y down) onto a floor; bounces with restitution
// `bounce` while the impact speed is at least `stopSpeed` (pixels/second), then the next impact stops it dead.
struct Ball {
    double x0 = 0, vx = 0;         // horizontal position and speed (pixels, pixels/second)
    double y0 = 0;
    double floorY = 0;             // centre height when resting on the floor
    double radius = 6;
    double gravity = 400;          // pixels/second²
    double bounce = 0.6;
    double stopSpeed = 80;
    double dropTime = 0;
    float brightness = 230;

    // Impact times (seconds) and speeds (pixels/second), in order.
    std::vector<std::pair<double, double>> impacts() const
    {
        std::vector<std::pair<double, double>> result;
        double t = dropTime + std::sqrt(2 * (floorY - y0) / gravity);
        double speed = gravity * (t - dropTime);
        for (int i = 0; i < 20; ++i) {
            result.emplace_back(t, speed);
            if (speed < stopSpeed) break;
            const double up = bounce * speed;
            t += 2 * up / gravity;
            speed = up;
        }
        return result;
    }

    // Centre at time t.
    std::pair<double, double> position(double t) const
    {
        const double x = x0 + vx * std::max(0.0, t - dropTime);
        if (t <= dropTime) return {x0, y0};
        const auto hits = impacts();
        if (t < hits.front().first) return {x, y0 + 0.5 * gravity * (t - dropTime) * (t - dropTime)};
        for (size_t i = 0; i + 1 < hits.size(); ++i) {
            if (t < hits[i + 1].first) {
                const double up = bounce * hits[i].second, dt = t - hits[i].first;
                return {x, floorY - up * dt + 0.5 * gravity * dt * dt};
            }
        }
        const double restX = x0 + vx * (hits.back().first - dropTime);
        return {restX, floorY};  // stopped dead after the last impact
    }
};

struct Square {
    double x0 = 0, y0 = 0, vx = 0, vy = 0;  // top-left and velocity (pixels, pixels/second)
    int size = 14;
    unsigned seed = 9;
};

struct Scene {
    int width = 160;
    int height = 90;
    double fps = 25;
    std::vector<float> background;          // width x height, or a larger panorama when panning
    int backgroundWidth = 0;
    double panSpeed = 0;                    // camera pan, pixels/second (background moves left)
    std::vector<Ball> balls;
    std::vector<Square> squares;
    float noise = 2.0f;                     // temporal sensor noise (grey levels)
    // Fade: gain goes 1 → 0 → 1 over [fadeStart, fadeStart + 2 * fadeHalf].
    double fadeStart = -1, fadeHalf = 0.5;
};

inline float clampByte(float v) { return std::clamp(v, 0.0f, 255.0f); }

// Renders frame `index` of `scene` as Gray8 (time = index / fps).
inline VideoFrame renderFrame(const Scene& scene, int64_t index, std::mt19937& rng)
{
    VideoFrame frame;
    frame.width = scene.width;
    frame.height = scene.height;
    frame.format = PixelFormat::Gray8;
    frame.index = index;
    frame.timeSeconds = static_cast<double>(index) / scene.fps;
    const double t = frame.timeSeconds;
    std::vector<float> image(static_cast<size_t>(scene.width) * static_cast<size_t>(scene.height));
    const int bw = scene.backgroundWidth > 0 ? scene.backgroundWidth : scene.width;
    const double pan = scene.panSpeed * t;
    for (int y = 0; y < scene.height; ++y)
        for (int x = 0; x < scene.width; ++x) {
            const double sx = std::clamp(x + pan, 0.0, static_cast<double>(bw - 2));
            const int ix = static_cast<int>(sx);
            const float fx = static_cast<float>(sx - ix);
            const float* row = scene.background.data() + static_cast<size_t>(y) * static_cast<size_t>(bw);
            image[static_cast<size_t>(y) * static_cast<size_t>(scene.width) + static_cast<size_t>(x)] = (1 - fx) * row[ix] + fx * row[ix + 1];
        }
    for (const Square& square : scene.squares) {
        // A rigid, randomly textured patch sampled at sub-pixel positions, with anti-aliased edges.
        const int patch = square.size + 2;
        const std::vector<float> texture = makeTexture(patch, patch, square.seed, 120.0f, 220.0f);
        const double left = square.x0 + square.vx * t, top = square.y0 + square.vy * t;
        for (int y = std::max(0, static_cast<int>(top) - 1); y < std::min(scene.height, static_cast<int>(top) + square.size + 2); ++y)
            for (int x = std::max(0, static_cast<int>(left) - 1); x < std::min(scene.width, static_cast<int>(left) + square.size + 2); ++x) {
                const double lx = x - left, ly = y - top;
                const double cover = std::clamp(std::min(lx + 0.5, square.size - lx + 0.5), 0.0, 1.0)
                    * std::clamp(std::min(ly + 0.5, square.size - ly + 0.5), 0.0, 1.0);
                if (cover <= 0) continue;
                const double tx = std::clamp(lx + 1, 0.0, patch - 1.001), ty = std::clamp(ly + 1, 0.0, patch - 1.001);
                const int ix = static_cast<int>(tx), iy = static_cast<int>(ty);
                const float fx = static_cast<float>(tx - ix), fy = static_cast<float>(ty - iy);
                auto at = [&](int px, int py) { return texture[static_cast<size_t>(py) * static_cast<size_t>(patch) + static_cast<size_t>(px)]; };
                const float value = (1 - fy) * ((1 - fx) * at(ix, iy) + fx * at(ix + 1, iy)) + fy * ((1 - fx) * at(ix, iy + 1) + fx * at(ix + 1, iy + 1));
                float& p = image[static_cast<size_t>(y) * static_cast<size_t>(scene.width) + static_cast<size_t>(x)];
                p = static_cast<float>((1 - cover) * p + cover * clampByte(value));
            }
    }
    for (const Ball& ball : scene.balls) {
        const auto [cx, cy] = ball.position(t);
        for (int y = std::max(0, static_cast<int>(cy - ball.radius - 2)); y < std::min(scene.height, static_cast<int>(cy + ball.radius + 3)); ++y)
            for (int x = std::max(0, static_cast<int>(cx - ball.radius - 2)); x < std::min(scene.width, static_cast<int>(cx + ball.radius + 3)); ++x) {
                const double d = std::hypot(x - cx, y - cy);
                const float coverage = static_cast<float>(std::clamp(ball.radius + 0.5 - d, 0.0, 1.0));
                float& p = image[static_cast<size_t>(y) * static_cast<size_t>(scene.width) + static_cast<size_t>(x)];
                p = (1 - coverage) * p + coverage * ball.brightness;
            }
    }
    float gain = 1.0f;
    if (scene.fadeStart >= 0 && t >= scene.fadeStart && t <= scene.fadeStart + 2 * scene.fadeHalf)
        gain = static_cast<float>(std::abs(t - scene.fadeStart - scene.fadeHalf) / scene.fadeHalf);
    std::normal_distribution<float> noise(0.0f, scene.noise);
    frame.pixels.resize(image.size());
    for (size_t i = 0; i < image.size(); ++i)
        frame.pixels[i] = static_cast<uint8_t>(std::lround(clampByte(gain * image[i] + noise(rng))));
    return frame;
}

// Scales a Gray8 frame up by an integer factor (nearest), e.g. to feed a 720p detector path.
inline VideoFrame upscaled(const VideoFrame& frame, int factor)
{
    VideoFrame out = frame;
    out.width = frame.width * factor;
    out.height = frame.height * factor;
    out.pixels.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height));
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x)
            out.pixels[static_cast<size_t>(y) * static_cast<size_t>(out.width) + static_cast<size_t>(x)] =
                frame.pixels[static_cast<size_t>(y / factor) * static_cast<size_t>(frame.width) + static_cast<size_t>(x / factor)];
    return out;
}

}  // namespace foley::testing
