#pragma once

#include "core/timeline/TimelineState.h"

#include <QRect>

namespace foley::widgets {

// Maps between project time and a widget's x pixels for the timeline's visible range. Every timeline view uses
// the same mapping, so markers line up across views to the pixel.
class TimeAxis {
public:
    TimeAxis(core::SampleTimeRange visible, int widthPixels);

    double xForTime(SampleTime t) const;
    SampleTime timeForX(double x) const;
    double samplesPerPixel() const { return m_samplesPerPixel; }

    // A tick spacing in seconds (1-2-5 series, or whole video frames when zoomed far in) so labels are ≥ minPixels apart.
    static double tickStepSeconds(double samplesPerPixel, int minPixels);

private:
    core::SampleTimeRange m_visible;
    double m_samplesPerPixel = 1.0;
};

// "m:ss.mmm" for the ruler and status bar.
QString formatTime(SampleTime t);

}  // namespace foley::widgets
