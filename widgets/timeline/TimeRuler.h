#pragma once

#include "core/timeline/TimelineState.h"

#include <QWidget>

namespace foley::widgets {

// The time scale above the timeline views: ticks and labels for the visible range, the playhead, the selection.
// Click or drag to seek (scrub); Shift+drag selects a range; wheel scrolls, Ctrl+wheel zooms.
class TimeRuler : public QWidget {
    Q_OBJECT
public:
    explicit TimeRuler(core::TimelineState* timeline, QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    core::TimelineState* m_timeline;
    SampleTime m_selectAnchor = -1;
};

// Shared wheel behaviour of all timeline views: wheel scrolls, Ctrl+wheel zooms around the pointer.
void handleTimelineWheel(core::TimelineState* timeline, QWheelEvent* event, int widgetWidth);

}  // namespace foley::widgets
