#include "core/dsp/PhaseCorrelator.h"

#include "core/dsp/FftwPlanCache.h"
#include "core/dsp/Window.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

struct PhaseCorrelator::Buffers {
    Buffers(int width, int height)
        : image(static_cast<size_t>(width) * static_cast<size_t>(height))
        , current(static_cast<size_t>(height) * static_cast<size_t>(width / 2 + 1))
        , previous(current.size())
        , cross(current.size())
        , correlation(image.size())
    {
    }
    FftwBuffer<float> image;
    FftwBuffer<fftwf_complex> current;
    FftwBuffer<fftwf_complex> previous;
    FftwBuffer<fftwf_complex> cross;
    FftwBuffer<float> correlation;
    std::vector<float> windowX;
    std::vector<float> windowY;
    fftwf_plan forward = nullptr;
    fftwf_plan inverse = nullptr;
};

namespace {

// Vertex offset of the parabola through (-1, a), (0, b), (1, c), clamped to half a pixel.
double parabolaOffset(double a, double b, double c)
{
    const double curvature = a - 2 * b + c;
    if (curvature >= 0) return 0.0;
    return std::clamp(0.5 * (a - c) / curvature, -0.5, 0.5);
}

}  // namespace

PhaseCorrelator::PhaseCorrelator(int width, int height)
    : m_width(width)
    , m_height(height)
    , m_buffers(std::make_unique<Buffers>(width, height))
{
    m_buffers->windowX = hannWindow(width);
    m_buffers->windowY = hannWindow(height);
    m_buffers->forward = FftwPlanCache::r2c2d(height, width);
    m_buffers->inverse = FftwPlanCache::c2r2d(height, width);
}

PhaseCorrelator::~PhaseCorrelator() = default;

void PhaseCorrelator::transform(const GrayImage& image)
{
    const float mean = static_cast<float>(image.mean());
    float* out = m_buffers->image.data();
    for (int y = 0; y < m_height; ++y) {
        const float* in = image.row(y);
        const float wy = m_buffers->windowY[static_cast<size_t>(y)];
        for (int x = 0; x < m_width; ++x)
            out[static_cast<size_t>(y) * m_width + x] = (in[x] - mean) * wy * m_buffers->windowX[static_cast<size_t>(x)];
    }
    fftwf_execute_dft_r2c(m_buffers->forward, m_buffers->image.data(), m_buffers->current.data());
}

void PhaseCorrelator::findPeaks()
{
    const float* c = m_buffers->correlation.data();
    auto value = [&](int x, int y) {
        x = (x % m_width + m_width) % m_width;
        y = (y % m_height + m_height) % m_height;
        return static_cast<double>(c[static_cast<size_t>(y) * m_width + x]);
    };
    const double norm = static_cast<double>(m_width) * m_height;
    // Local maxima (3x3), strongest first. Only values above a tenth of the highest can matter.
    const size_t count = static_cast<size_t>(m_width) * static_cast<size_t>(m_height);
    const double highest = *std::max_element(c, c + count);
    const double floor = std::max(0.0, 0.1 * highest);
    std::vector<std::pair<double, int>> maxima;
    for (int y = 0; y < m_height; ++y)
        for (int x = 0; x < m_width; ++x) {
            const double v = c[static_cast<size_t>(y) * m_width + x];
            if (v <= floor) continue;
            bool isMax = true;
            for (int dy = -1; dy <= 1 && isMax; ++dy)
                for (int dx = -1; dx <= 1 && isMax; ++dx)
                    if ((dx || dy) && value(x + dx, y + dy) > v) isMax = false;
            if (isMax) maxima.emplace_back(v, y * m_width + x);
        }
    const size_t keep = std::min(maxima.size(), static_cast<size_t>(std::max(1, m_candidateCount)));
    std::partial_sort(maxima.begin(), maxima.begin() + static_cast<std::ptrdiff_t>(keep), maxima.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < keep; ++i) {
        const int bx = maxima[i].second % m_width, by = maxima[i].second / m_width;
        const double peak = maxima[i].first;
        GlobalShift shift;
        shift.dx = (bx > m_width / 2 ? bx - m_width : bx) + parabolaOffset(value(bx - 1, by), peak, value(bx + 1, by));
        shift.dy = (by > m_height / 2 ? by - m_height : by) + parabolaOffset(value(bx, by - 1), peak, value(bx, by + 1));
        shift.peak = std::clamp(peak / norm, 0.0, 1.0);
        m_candidates.push_back(shift);
    }
}

GlobalShift PhaseCorrelator::push(const GrayImage& image)
{
    GlobalShift shift;
    m_candidates.clear();
    if (image.width() != m_width || image.height() != m_height) return shift;
    transform(image);
    if (m_hasPrevious) {
        const size_t n = m_buffers->current.size();
        for (size_t i = 0; i < n; ++i) {
            const float ar = m_buffers->current[i][0], ai = m_buffers->current[i][1];
            const float br = m_buffers->previous[i][0], bi = -m_buffers->previous[i][1];  // conjugate
            const float re = ar * br - ai * bi, im = ar * bi + ai * br;
            const float magnitude = std::sqrt(re * re + im * im);
            const float scale = magnitude > 1e-12f ? 1.0f / magnitude : 0.0f;
            m_buffers->cross[i][0] = re * scale;
            m_buffers->cross[i][1] = im * scale;
        }
        fftwf_execute_dft_c2r(m_buffers->inverse, m_buffers->cross.data(), m_buffers->correlation.data());
        findPeaks();
        if (!m_candidates.empty()) shift = m_candidates.front();
    }
    std::swap(m_buffers->current, m_buffers->previous);
    m_hasPrevious = true;
    return shift;
}

}  // namespace foley::dsp
