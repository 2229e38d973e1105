#include "widgets/onsets/ColumnRaster.h"

#include <algorithm>
#include <cmath>

namespace foley::widgets {

ColumnRaster::ColumnRaster(QSize size) : m_image(size, QImage::Format_ARGB32_Premultiplied)
{
    m_image.fill(Qt::transparent);
}

void ColumnRaster::fillColumn(int x, double top, double bottom, const QColor& colour)
{
    if (x < 0 || x >= m_image.width()) return;
    const int y0 = std::max(0, static_cast<int>(std::lround(top)));
    const int y1 = std::min(m_image.height(), static_cast<int>(std::lround(bottom)));
    const QRgb source = qPremultiply(colour.rgba());
    const uint inverseAlpha = 255u - qAlpha(source);
    for (int y = y0; y < y1; ++y) {
        auto* pixel = reinterpret_cast<QRgb*>(m_image.scanLine(y)) + x;
        const QRgb d = *pixel;
        const auto mix = [&](uint s, uint t) { return s + (t * inverseAlpha + 127u) / 255u; };
        *pixel = qRgba(static_cast<int>(mix(qRed(source), qRed(d))), static_cast<int>(mix(qGreen(source), qGreen(d))),
                       static_cast<int>(mix(qBlue(source), qBlue(d))), static_cast<int>(mix(qAlpha(source), qAlpha(d))));
    }
}

}  // namespace foley::widgets
