#include "core/dsp/BlockMotionAnalyzer.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <utility>

namespace foley::dsp {

namespace {

constexpr float kInfinity = std::numeric_limits<float>::max();
// Cost per pixel of displacement (grey levels): near-ties — periodic textures, edges — go to the smaller
// motion, so a checkerboard moving slowly is not matched one period away.
constexpr float kMotionPenalty = 0.25f;
constexpr int kMaxDescentSteps = 6;
constexpr size_t kCoarseCandidates = 3;

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

float BlockMotionAnalyzer::sad(const GrayImage& a, int ax, int ay, const GrayImage& b, int bx, int by, int size,
                               const float* weights) const
{
    if (bx < 0 || by < 0 || bx + size > b.width() || by + size > b.height()) return kInfinity;
    float sum = 0, total = 0;
    for (int y = 0; y < size; ++y) {
        const float* ra = a.row(ay + y) + ax;
        const float* rb = b.row(by + y) + bx;
        if (!weights) {
            for (int x = 0; x < size; ++x) sum += std::abs(ra[x] - rb[x]);
            continue;
        }
        const float* w = weights + y * size;
        for (int x = 0; x < size; ++x) {
            sum += w[x] * std::abs(ra[x] - rb[x]);
            total += w[x];
        }
    }
    return weights ? (total > 0 ? sum / total : kInfinity) : sum / static_cast<float>(size * size);
}

float BlockMotionAnalyzer::subPixelSad(const GrayImage& reference, const GrayImage& centre, int bx, int by, float dx,
                                       float dy, const float* weights) const
{
    const int size = m_config.blockSize;
    float sum = 0, total = 0;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const float w = weights ? weights[y * size + x] : 1.0f;
            if (w == 0.0f) continue;
            sum += w * std::abs(centre.at(bx + x, by + y)
                                - reference.sample(static_cast<double>(bx + x) + dx, static_cast<double>(by + y) + dy));
            total += w;
        }
    return total > 0 ? sum / total : kInfinity;
}

BlockMotionAnalyzer::ChangeMask BlockMotionAnalyzer::changeMask(const GrayImage& reference, const GrayImage& centre, int bx,
                                                               int by) const
{
    // Pixels that differ from the reference without motion: in a block only partly covered by a moving thing,
    // the static rest would otherwise decide the match (and the thing's motion would be lost).
    const int size = m_config.blockSize, half = size / 2;
    ChangeMask mask;
    mask.full.assign(static_cast<size_t>(size * size), 0.0f);
    mask.half.assign(static_cast<size_t>(half * half), 0.0f);
    const float level = 2.0f * m_threshold;
    int changed = 0;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (std::abs(centre.at(bx + x, by + y) - reference.at(bx + x, by + y)) > level) {
                mask.full[static_cast<size_t>(y * size + x)] = 1.0f;
                mask.half[static_cast<size_t>((y / 2) * half + x / 2)] = 1.0f;
                ++changed;
            }
    const int pixels = size * size;
    mask.used = changed >= pixels / 10 && changed <= pixels * 3 / 4;
    if (mask.used) mask.zeroResidual = sad(centre, bx, by, reference, bx, by, size, mask.full.data());
    return mask;
}

BlockMotionAnalyzer::Match BlockMotionAnalyzer::refine(const GrayImage& reference, const GrayImage& centre, int bx, int by,
                                                       int startX, int startY, const float* weights) const
{
    // Steepest descent on the full-resolution 3x3 neighbourhood, then parabolas through it for sub-pixel precision.
    const int size = m_config.blockSize;
    int fx = startX, fy = startY;
    float grid[3][3];
    for (int step = 0; step <= kMaxDescentSteps; ++step) {
        int moveX = 0, moveY = 0;
        for (int j = -1; j <= 1; ++j)
            for (int i = -1; i <= 1; ++i)
                grid[j + 1][i + 1] = sad(centre, bx, by, reference, bx + fx + i, by + fy + j, size, weights)
                    + kMotionPenalty * static_cast<float>(std::abs(fx + i) + std::abs(fy + j));
        float lowest = grid[1][1];
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
    result.residual = kInfinity;
    if (grid[1][1] >= kInfinity) return result;
    const float ox = grid[1][0] < kInfinity && grid[1][2] < kInfinity ? parabolaOffset(grid[1][0], grid[1][1], grid[1][2]) : 0.0f;
    const float oy = grid[0][1] < kInfinity && grid[2][1] < kInfinity ? parabolaOffset(grid[0][1], grid[1][1], grid[2][1]) : 0.0f;
    result.dx = static_cast<float>(fx) + ox;
    result.dy = static_cast<float>(fy) + oy;
    result.residual = subPixelSad(reference, centre, bx, by, result.dx, result.dy, weights);
    // Aperture: along an edge or a ramp the cost surface is a valley, and the motion along it is a guess.
    // Distinctness = weakest over strongest curvature of the four directions through the minimum.
    if (grid[0][0] < kInfinity && grid[0][2] < kInfinity && grid[2][0] < kInfinity && grid[2][2] < kInfinity
        && grid[1][0] < kInfinity && grid[1][2] < kInfinity && grid[0][1] < kInfinity && grid[2][1] < kInfinity) {
        const float centreCost = 2 * grid[1][1];
        const float curvatures[] = {grid[1][0] + grid[1][2] - centreCost, grid[0][1] + grid[2][1] - centreCost,
                                    0.5f * (grid[0][0] + grid[2][2] - centreCost), 0.5f * (grid[0][2] + grid[2][0] - centreCost)};
        const float weakest = *std::min_element(std::begin(curvatures), std::end(curvatures));
        const float strongest = *std::max_element(std::begin(curvatures), std::end(curvatures));
        result.distinctness = strongest > 0 ? std::max(0.0f, weakest) / strongest : 0.0f;
    }
    return result;
}

BlockMotionAnalyzer::Match BlockMotionAnalyzer::match(const GrayImage& reference, const GrayImage& referenceHalf,
                                                      const GrayImage& centre, const GrayImage& centreHalf, int bx,
                                                      int by, const ChangeMask& mask) const
{
    const float* fullWeights = mask.used ? mask.full.data() : nullptr;
    const float* halfWeights = mask.used ? mask.half.data() : nullptr;
    // Coarse: exhaustive on the half-resolution level, keeping the few best separate minima, because integer
    // positions favour whatever happens to sit at the same sub-pixel phase (an identical object nearby).
    const int size = m_config.blockSize, half = size / 2, radius = (m_config.searchRadius + 1) / 2;
    const int hx = bx / 2, hy = by / 2, span = 2 * radius + 1;
    std::vector<float> costs(static_cast<size_t>(span * span));
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx)
            costs[static_cast<size_t>((dy + radius) * span + dx + radius)] =
                sad(centreHalf, hx, hy, referenceHalf, hx + dx, hy + dy, half, halfWeights)
                + 2 * kMotionPenalty * static_cast<float>(std::abs(dx) + std::abs(dy));
    std::vector<std::pair<float, int>> minima;
    for (int i = 0; i < span * span; ++i) {
        const int x = i % span, y = i / span;
        const float c = costs[static_cast<size_t>(i)];
        if (c >= kInfinity) continue;
        bool isMin = true;
        for (int j = -1; j <= 1 && isMin; ++j)
            for (int k = -1; k <= 1 && isMin; ++k) {
                const int xx = x + k, yy = y + j;
                if ((j || k) && xx >= 0 && yy >= 0 && xx < span && yy < span && costs[static_cast<size_t>(yy * span + xx)] < c)
                    isMin = false;
            }
        if (isMin) minima.emplace_back(c, i);
    }
    const size_t keep = std::min<size_t>(minima.size(), kCoarseCandidates);
    std::partial_sort(minima.begin(), minima.begin() + static_cast<std::ptrdiff_t>(keep), minima.end());
    Match best;
    best.residual = kInfinity;
    float bestCost = kInfinity;
    for (size_t m = 0; m < keep; ++m) {
        const int cx = minima[m].second % span - radius, cy = minima[m].second / span - radius;
        const Match candidate = refine(reference, centre, bx, by, 2 * cx, 2 * cy, fullWeights);
        const float cost = candidate.residual + kMotionPenalty * (std::abs(candidate.dx) + std::abs(candidate.dy));
        if (cost < bestCost) {
            bestCost = cost;
            best = candidate;
        }
    }
    return best;
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
            const ChangeMask mask = changeMask(previous, centre, b.x, b.y);
            const Match m = match(previous, previousHalf, centre, centreHalf, b.x, b.y, mask);
            if (m.residual > slack || m.distinctness < m_config.minDistinctness) continue;
            b.ux = -m.dx;
            b.uy = -m.dy;
            b.confidencePrev = 1.0f - m.residual / std::max(mask.used ? mask.zeroResidual : b.residualPrev, 1e-6f);
        }
        if (b.residualNext > m_threshold) {
            const ChangeMask mask = changeMask(next, centre, b.x, b.y);
            const Match m = match(next, nextHalf, centre, centreHalf, b.x, b.y, mask);
            if (m.residual > slack || m.distinctness < m_config.minDistinctness) continue;
            b.wx = m.dx;
            b.wy = m.dy;
            b.confidenceNext = 1.0f - m.residual / std::max(mask.used ? mask.zeroResidual : b.residualNext, 1e-6f);
        }
        b.valid = true;
    }
    return blocks;
}

}  // namespace foley::dsp
