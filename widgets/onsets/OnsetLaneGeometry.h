#pragma once

#include "core/model/Onset.h"
#include "core/timeline/TimelineState.h"
#include "widgets/timeline/TimeAxis.h"

#include <QRect>
#include <QList>

namespace foley::widgets {

// Where things sit in the onset lane: time on x (the shared TimeAxis) and a 0..1 value (onset strength, mask
// level) on y, from the baseline up to the lane's top. A strip above the lane holds the labels.
class OnsetLaneGeometry {
public:
    static constexpr int kLabelStrip = 18;   // pixels above the lane for onset labels
    static constexpr int kBottomMargin = 6;  // pixels below the baseline
    static constexpr int kMinMarkerHeight = 6;  // a strength-0 onset stays visible and clickable
    static constexpr double kHitPixels = 5.0;  // how close (x) the pointer must be to grab a marker

    OnsetLaneGeometry(core::SampleTimeRange visible, QSize size);

    const TimeAxis& axis() const { return m_axis; }
    double xForTime(SampleTime t) const { return m_axis.xForTime(t); }
    SampleTime timeForX(double x) const { return m_axis.timeForX(x); }

    double top() const { return m_top; }
    double baseline() const { return m_baseline; }
    double laneHeight() const { return m_baseline - m_top; }
    double yForValue(double value) const;
    double valueForY(double y) const;  // clamped to 0..1
    double markerTopY(double strength) const;  // top of an onset marker (at least kMinMarkerHeight tall)
    int width() const { return m_width; }

    // Index of the marker nearest the pointer within kHitPixels (anywhere on its column), or -1.
    int markerAt(const core::OnsetSampleTimeList& onsets, QPointF pos) const;
    // Indices of the markers whose stem crosses `rect` (rubber-band selection).
    QList<int> markersIn(const core::OnsetSampleTimeList& onsets, const QRectF& rect) const;

private:
    TimeAxis m_axis;
    int m_width;
    double m_top;
    double m_baseline;
};

}  // namespace foley::widgets
