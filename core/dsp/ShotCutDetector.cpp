#include "core/dsp/ShotCutDetector.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

namespace {

constexpr double kRange = 2.5;  // histogram covers z-scores in [-kRange, kRange]

double median(std::deque<double> values)
{
    if (values.empty()) return 0.0;
    auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

double correlation(const GrayImage& a, const GrayImage& b)
{
    const double ma = a.mean(), mb = b.mean();
    double sab = 0, saa = 0, sbb = 0;
    for (int y = 0; y < a.height(); ++y) {
        const float* ra = a.row(y);
        const float* rb = b.row(y);
        for (int x = 0; x < a.width(); ++x) {
            const double da = ra[x] - ma, db = rb[x] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 1.0;  // flat frames carry no evidence of a cut
}

}  // namespace

std::vector<double> ShotCutDetector::histogram(const GrayImage& image) const
{
    std::vector<double> bins(static_cast<size_t>(m_config.bins), 0.0);
    const double mean = image.mean();
    const double deviation = std::max(image.standardDeviation(mean), 1.0);
    for (float v : image.pixels()) {
        const double z = std::clamp((v - mean) / deviation, -kRange, kRange);
        const int bin = std::min(m_config.bins - 1, static_cast<int>((z + kRange) / (2 * kRange) * m_config.bins));
        bins[static_cast<size_t>(bin)] += 1.0;
    }
    const double total = static_cast<double>(image.pixels().size());
    for (double& b : bins) b /= std::max(1.0, total);
    return bins;
}

CutDecision ShotCutDetector::push(const GrayImage* previousAligned, const GrayImage& current)
{
    CutDecision decision;
    std::vector<double> bins = histogram(current);
    if (!m_previousHistogram.empty() && previousAligned) {
        double l1 = 0;
        for (size_t i = 0; i < bins.size(); ++i) l1 += std::abs(bins[i] - m_previousHistogram[i]);
        decision.histogramDistance = 0.5 * l1;
        decision.correlation = correlation(*previousAligned, current);
        const bool histogramCut = decision.histogramDistance >= m_config.minHistogramJump
            && decision.histogramDistance >= m_config.histogramSpike * median(m_recentDistances) + 0.05;
        const double usualCorrelation = m_recentCorrelations.empty() ? 1.0 : median(m_recentCorrelations);
        const bool correlationCut = decision.correlation < m_config.maxCutCorrelation
            && usualCorrelation - decision.correlation >= m_config.correlationDrop;
        decision.cut = histogramCut || correlationCut;
        if (decision.cut) {
            // A new shot starts a new history.
            m_recentDistances.clear();
            m_recentCorrelations.clear();
        } else {
            m_recentDistances.push_back(decision.histogramDistance);
            m_recentCorrelations.push_back(decision.correlation);
            if (static_cast<int>(m_recentDistances.size()) > m_config.history) m_recentDistances.pop_front();
            if (static_cast<int>(m_recentCorrelations.size()) > m_config.history) m_recentCorrelations.pop_front();
        }
    }
    m_previousHistogram = std::move(bins);
    return decision;
}

void ShotCutDetector::reset()
{
    m_previousHistogram.clear();
    m_recentDistances.clear();
    m_recentCorrelations.clear();
}

}  // namespace foley::dsp
