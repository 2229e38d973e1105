#include "core/dsp/CameraMotionEstimator.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace foley::dsp {

namespace {

constexpr int kBlock = 12;           // cost grid block size (pixels)
constexpr double kSameCandidate = 0.3;
constexpr double kChangePenalty = 0.15;  // grey levels of median residual per pixel of shift

}  // namespace

CameraMotionEstimator::CameraMotionEstimator(int width, int height)
    : m_correlator(width, height)
{
    m_correlator.setCandidateCount(3);
}

void CameraMotionEstimator::reset()
{
    m_correlator.reset();
    m_previous = GrayImage();
    m_last = GlobalShift();
    m_residual = 0;
}

double CameraMotionEstimator::cost(const GrayImage& current, const Levels& levels, double dx, double dy) const
{
    // previous(x - d) should equal current(x): compare on blocks that stay inside both frames.
    const int margin = static_cast<int>(std::ceil(std::max(std::abs(dx), std::abs(dy)))) + 1;
    const double meanCurrent = levels.meanCurrent, meanPrevious = levels.meanPrevious, gain = levels.gain;
    const GrayImage aligned = m_previous.shifted(-dx, -dy);  // aligned(x) = previous(x - d)
    const float scale = static_cast<float>(gain), offset = static_cast<float>(meanCurrent - gain * meanPrevious);
    std::vector<double> residuals;
    for (int by = margin; by + kBlock <= current.height() - margin; by += kBlock)
        for (int bx = margin; bx + kBlock <= current.width() - margin; bx += kBlock) {
            float sum = 0;
            for (int y = by; y < by + kBlock; y += 2) {
                const float* now = current.row(y);
                const float* before = aligned.row(y);
                for (int x = bx; x < bx + kBlock; x += 2) sum += std::abs(now[x] - (scale * before[x] + offset));
            }
            residuals.push_back(sum / (kBlock * kBlock / 4));
        }
    if (residuals.empty()) return 1e300;
    auto middle = residuals.begin() + static_cast<std::ptrdiff_t>(residuals.size() / 2);
    std::nth_element(residuals.begin(), middle, residuals.end());
    return *middle;
}

GlobalShift CameraMotionEstimator::push(const GrayImage& image)
{
    const GlobalShift proposed = m_correlator.push(image);
    GlobalShift best;
    if (!m_previous.isEmpty()) {
        std::vector<GlobalShift> candidates = m_correlator.candidates();
        candidates.push_back(GlobalShift{0.0, 0.0, 0.0});
        candidates.push_back(m_last);
        Levels levels;
        levels.meanCurrent = image.mean();
        levels.meanPrevious = m_previous.mean();
        const double deviationCurrent = std::max(1.0, image.standardDeviation(levels.meanCurrent));
        const double deviationPrevious = std::max(1.0, m_previous.standardDeviation(levels.meanPrevious));
        levels.gain = std::clamp(deviationCurrent / deviationPrevious, 0.25, 4.0);
        double bestCost = 1e300;
        std::vector<GlobalShift> tried;
        for (const GlobalShift& candidate : candidates) {
            const bool seen = std::any_of(tried.begin(), tried.end(), [&](const GlobalShift& t) {
                return std::abs(t.dx - candidate.dx) < kSameCandidate && std::abs(t.dy - candidate.dy) < kSameCandidate;
            });
            if (seen || std::abs(candidate.dx) > image.width() / 3.0 || std::abs(candidate.dy) > image.height() / 3.0) continue;
            tried.push_back(candidate);
            // Near-ties go to "no motion" or "same as before": on stripes or flat areas every shift along them
            // fits equally, and an arbitrary one would make still or steady things look like they jump.
            const double change = std::min(std::hypot(candidate.dx, candidate.dy),
                                           std::hypot(candidate.dx - m_last.dx, candidate.dy - m_last.dy));
            const double c = cost(image, levels, candidate.dx, candidate.dy) + kChangePenalty * change;
            if (c < bestCost) {
                bestCost = c;
                best = candidate;
            }
        }
        best.peak = proposed.peak;
        m_residual = cost(image, levels, best.dx, best.dy);
    }
    m_previous = image;
    m_last = best;
    return best;
}

}  // namespace foley::dsp
