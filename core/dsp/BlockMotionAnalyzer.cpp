#include "core/dsp/BlockMotionAnalyzer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace foley::dsp {

namespace {

constexpr float kInfinity = std::numeric_limits<float>::max();
// Cost per pixel of displacement (grey levels): near-ties — periodic textures, edges — go to the smaller
// motion, so a checkerboard moving slowly is not matched one period away.
constexpr float kMotionPenalty = 0.25f;
constexpr int kMaxDescentSteps = 6;

float parabolaOffset(float a, float b, float c)
{
    const float curvature = a - 2 * b + c;
    if (curvature <= 0) return 0.0f;
    return std::clamp(0.5f * (a - c) / curvature, -0.5f, 0.5f);
}

float blockTexture(const GrayImage& image, int bx, int by, int size)
{
    float sum = 0;
    for (int y = by; y < by + size; ++y)
        for (int x = bx; x < bx + size; ++x) {
            const int x1 = std::min(x + 1, image.width() - 1), y1 = std::min(y + 1, image.height() - 1);
            sum += std::abs(image.at(x1, y) - image.at(x, y)) + std::abs(image.at(x, y1) - image.at(x, y));
        }
    return sum / static_cast<float>(size * size);
}

}  // namespace

float BlockMotionAnalyzer::sad(const GrayImage& a, int ax, int ay, const GrayImage& b, int bx, int by, int size) const
{
    if (bx < 0 || by < 0 || bx + size > b.width() || by + size > b.height()) return kInfinity;
    float sum = 0;
    for (int y = 0; y < size; ++y) {
        const float* ra = a.row(ay + y) + ax;
        const float* rb = b.row(by + y) + bx;
        for (int x = 0; x < size; ++x) sum += std::abs(ra[x] - rb[x]);
    }
    return sum / static_cast<float>(size * size);
}

float BlockMotionAnalyzer::subPixelSad(const GrayImage& reference, const GrayImage& centre, int bx, int by, float dx,
                                       float dy) const
{
    const int size = m_config.blockSize;
    float sum = 0;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            sum += std::abs(centre.at(bx + x, by + y) - reference.sample(static_cast<double>(bx + x) + dx, static_cast<double>(by + y) + dy));
    return sum / static_cast<float>(size * size);
}

BlockMotionAnalyzer::Match BlockMotionAnalyzer::match(const GrayImage& reference, const GrayImage& referenceHalf,
                                                      const GrayImage& centre, const GrayImage& centreHalf, int bx,
                                                      int by) const
{
    const int size = m_config.blockSize;
    // Coarse: exhaustive on the half-resolution level.
    const int half = size / 2, radius = (m_config.searchRadius + 1) / 2;
    const int hx = bx / 2, hy = by / 2;
    float best = kInfinity;
    int cx = 0, cy = 0;
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const float cost = sad(centreHalf, hx, hy, referenceHalf, hx + dx, hy + dy, half)
                + 2 * kMotionPenalty * static_cast<float>(std::abs(dx) + std::abs(dy));
            if (cost < best) {
                best = cost;
                cx = dx;
                cy = dy;
            }
        }
    // Fine: steepest descent on the full-resolution 3x3 neighbourhood, starting from the coarse estimate.
    int fx = 2 * cx, fy = 2 * cy;
    float grid[3][3];
    for (int step = 0; step <= kMaxDescentSteps; ++step) {
        int moveX = 0, moveY = 0;
        float centreCost = kInfinity;
        for (int j = -1; j <= 1; ++j)
            for (int i = -1; i <= 1; ++i) {
                grid[j + 1][i + 1] = sad(centre, bx, by, reference, bx + fx + i, by + fy + j, size)
                    + kMotionPenalty * static_cast<float>(std::abs(fx + i) + std::abs(fy + j));
                if (i == 0 && j == 0) centreCost = grid[1][1];
            }
        float lowest = centreCost;
        for (int j = -1; j <= 1; ++j)
            for (int i = -1; i <= 1; ++i)
                if (grid[j + 1][i + 1] < lowest) {
                    lowest = grid[j + 1][i + 1];
                    moveX = i;
                    moveY = j;
                }
        if ((moveX == 0 && moveY == 0) || step == kMaxDescentSteps) break;  // grid stays centred on (fx, fy)
        fx += moveX;
        fy += moveY;
    }
    Match result;
    if (grid[1][1] == kInfinity) {
        result.residual = kInfinity;
        return result;
    }
    const float ox = grid[1][0] < kInfinity && grid[1][2] < kInfinity ? parabolaOffset(grid[1][0], grid[1][1], grid[1][2]) : 0.0f;
    const float oy = grid[0][1] < kInfinity && grid[2][1] < kInfinity ? parabolaOffset(grid[0][1], grid[1][1], grid[2][1]) : 0.0f;
    result.dx = static_cast<float>(fx) + ox;
    result.dy = static_cast<float>(fy) + oy;
    result.residual = subPixelSad(reference, centre, bx, by, result.dx, result.dy);
    return result;
}

std::vector<BlockMeasurement> BlockMotionAnalyzer::analyze(const GrayImage& previous, const GrayImage& centre,
                                                           const GrayImage& next)
{
    const int size = m_config.blockSize, stride = std::max(1, m_config.stride);
    const int margin = kMargin;
    m_columns = std::max(0, (centre.width() - 2 * margin - size) / stride + 1);
    m_rows = std::max(0, (centre.height() - 2 * margin - size) / stride + 1);
    std::vector<BlockMeasurement> blocks(static_cast<size_t>(m_columns) * static_cast<size_t>(m_rows));
    std::vector<float> residuals;
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_columns; ++c) {
            BlockMeasurement& b = blocks[static_cast<size_t>(r) * m_columns + c];
            b.x = margin + c * stride;
            b.y = margin + r * stride;
            b.texture = blockTexture(centre, b.x, b.y, size);
            if (b.texture < m_config.minTexture) continue;
            b.residualPrev = sad(centre, b.x, b.y, previous, b.x, b.y, size);
            b.residualNext = sad(centre, b.x, b.y, next, b.x, b.y, size);
            residuals.push_back(std::min(b.residualPrev, b.residualNext));
        }
    // Most textured blocks of a shot are static once the camera motion is removed: their residual is noise.
    float noise = 0;
    if (!residuals.empty()) {
        const auto quartile = residuals.begin() + static_cast<std::ptrdiff_t>(residuals.size() / 4);
        std::nth_element(residuals.begin(), quartile, residuals.end());
        noise = *quartile;
    }
    m_threshold = std::max(m_config.minNoise, m_config.noiseFactor * noise);

    const GrayImage previousHalf = previous.halved(), centreHalf = centre.halved(), nextHalf = next.halved();
    for (BlockMeasurement& b : blocks) {
        if (b.texture < m_config.minTexture) continue;
        const float slack = m_threshold + m_config.matchSlack * b.texture;
        // Previous frame: content at x in the centre was at x - u, i.e. found at offset d = -u.
        if (b.residualPrev > m_threshold) {
            const Match m = match(previous, previousHalf, centre, centreHalf, b.x, b.y);
            if (m.residual > slack) continue;
            b.ux = -m.dx;
            b.uy = -m.dy;
            b.confidencePrev = 1.0f - m.residual / std::max(b.residualPrev, 1e-6f);
        }
        if (b.residualNext > m_threshold) {
            const Match m = match(next, nextHalf, centre, centreHalf, b.x, b.y);
            if (m.residual > slack) continue;
            b.wx = m.dx;
            b.wy = m.dy;
            b.confidenceNext = 1.0f - m.residual / std::max(b.residualNext, 1e-6f);
        }
        b.valid = true;
    }
    return blocks;
}

}  // namespace foley::dsp
