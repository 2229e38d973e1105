#pragma once

#include <QColor>
#include <QImage>

namespace foley::widgets {

// One-pixel-wide vertical bars blended straight into an image, for lanes zoomed out so far that every pixel column
// holds many frames or onsets. QPainter sends each line through its raster pipeline (thread hand-offs included);
// writing the columns directly is a hundred times cheaper, and the image is drawn with one call.
class ColumnRaster {
public:
    explicit ColumnRaster(QSize size);

    // Blends `colour` (source over) into column x for rows [top, bottom).
    void fillColumn(int x, double top, double bottom, const QColor& colour);
    const QImage& image() const { return m_image; }

private:
    QImage m_image;
};

}  // namespace foley::widgets
