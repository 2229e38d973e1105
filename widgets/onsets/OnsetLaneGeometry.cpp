#include "widgets/onsets/OnsetLaneGeometry.h"

#include <algorithm>
#include <cmath>

namespace foley::widgets {

OnsetLaneGeometry::OnsetLaneGeometry(core::SampleTimeRange visible, QSize size)
    : m_axis(visible, size.width()),
      m_width(size.width()),
      m_top(kLabelStrip),
      m_baseline(std::max<double>(kLabelStrip + 10, size.height() - kBottomMargin))
{
}

double OnsetLaneGeometry::yForValue(double value) const
{
    return m_baseline - std::clamp(value, 0.0, 1.0) * laneHeight();
}

double OnsetLaneGeometry::valueForY(double y) const
{
    return std::clamp((m_baseline - y) / laneHeight(), 0.0, 1.0);
}

double OnsetLaneGeometry::markerTopY(double strength) const
{
    return std::min(yForValue(strength), m_baseline - kMinMarkerHeight);
}

int OnsetLaneGeometry::markerAt(const core::OnsetSampleTimeList& onsets, QPointF pos) const
{
    int best = -1;
    double bestDistance = kHitPixels + 0.5;
    if (pos.y() > m_baseline + kBottomMargin) return best;
    for (int i = 0; i < onsets.size(); ++i) {
        const double distance = std::abs(xForTime(onsets[i].time) - pos.x());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QList<int> OnsetLaneGeometry::markersIn(const core::OnsetSampleTimeList& onsets, const QRectF& rect) const
{
    QList<int> result;
    for (int i = 0; i < onsets.size(); ++i) {
        const double x = xForTime(onsets[i].time);
        const double top = markerTopY(onsets[i].strength);
        if (x >= rect.left() && x <= rect.right() && rect.top() <= m_baseline && rect.bottom() >= top)
            result.append(i);
    }
    return result;
}

}  // namespace foley::widgets
