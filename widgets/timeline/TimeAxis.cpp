#include "widgets/timeline/TimeAxis.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace foley::widgets {

TimeAxis::TimeAxis(core::SampleTimeRange visible, int widthPixels) : m_visible(visible)
{
    const double width = std::max(1, widthPixels);
    m_samplesPerPixel = std::max(1e-6, static_cast<double>(std::max<SampleTime>(1, visible.length())) / width);
}

double TimeAxis::xForTime(SampleTime t) const
{
    return static_cast<double>(t - m_visible.start) / m_samplesPerPixel;
}

SampleTime TimeAxis::timeForX(double x) const
{
    return m_visible.start + static_cast<SampleTime>(std::llround(x * m_samplesPerPixel));
}

double TimeAxis::tickStepSeconds(double samplesPerPixel, int minPixels)
{
    const double minSeconds = samplesPerPixel * minPixels / kProjectRate;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(minSeconds, 1e-6))));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= minSeconds) return m * magnitude;
    }
    return 10.0 * magnitude;
}

QString formatTime(SampleTime t)
{
    const bool negative = t < 0;
    const qint64 ms = std::llabs(t) * 1000 / kProjectRate;
    const qint64 minutes = ms / 60000;
    const double seconds = static_cast<double>(ms % 60000) / 1000.0;
    return QStringLiteral("%1%2:%3").arg(negative ? "-" : "").arg(minutes).arg(seconds, 6, 'f', 3, QLatin1Char('0'));
}

}  // namespace foley::widgets
