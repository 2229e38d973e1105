#include "widgets/timeline/TimeRuler.h"

#include "widgets/timeline/TimeAxis.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace foley::widgets {

TimeRuler::TimeRuler(core::TimelineState* timeline, QWidget* parent) : QWidget(parent), m_timeline(timeline)
{
    setMouseTracking(false);
    setToolTip(tr("Click or drag to seek · Shift+drag to select · Ctrl+wheel to zoom"));
    for (auto signal : {&core::TimelineState::playheadChanged})
        connect(timeline, signal, this, qOverload<>(&QWidget::update));
    connect(timeline, &core::TimelineState::visibleRangeChanged, this, qOverload<>(&QWidget::update));
    connect(timeline, &core::TimelineState::selectionChanged, this, qOverload<>(&QWidget::update));
}

QSize TimeRuler::sizeHint() const
{
    return {400, fontMetrics().height() + 12};
}

void TimeRuler::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const TimeAxis axis(m_timeline->visibleRange(), width());
    const auto selection = m_timeline->selection();
    if (!selection.isEmpty()) {
        const double x0 = axis.xForTime(selection.start);
        const double x1 = axis.xForTime(selection.end);
        p.fillRect(QRectF(x0, 0, x1 - x0, height()), QColor(232, 154, 60, 60));
    }
    const double step = TimeAxis::tickStepSeconds(axis.samplesPerPixel(), 80);
    const double startSec = samplesToSeconds(m_timeline->visibleRange().start);
    const double endSec = samplesToSeconds(m_timeline->visibleRange().end);
    p.setPen(palette().color(QPalette::Text));
    for (double s = std::floor(startSec / step) * step; s <= endSec; s += step) {
        const double x = axis.xForTime(secondsToSamples(s));
        p.drawLine(QPointF(x, height() - 6), QPointF(x, height()));
        p.drawText(QPointF(x + 3, height() - 7), formatTime(secondsToSamples(s)));
        const double minorX = axis.xForTime(secondsToSamples(s + step / 2));
        p.drawLine(QPointF(minorX, height() - 3), QPointF(minorX, height()));
    }
    const double px = axis.xForTime(m_timeline->playhead());
    p.setPen(QPen(QColor(255, 80, 80), 2));
    p.drawLine(QPointF(px, 0), QPointF(px, height()));
}

void TimeRuler::mousePressEvent(QMouseEvent* event)
{
    const TimeAxis axis(m_timeline->visibleRange(), width());
    const SampleTime t = axis.timeForX(event->position().x());
    if (event->modifiers() & Qt::ShiftModifier) {
        m_selectAnchor = t;
        m_timeline->clearSelection();
    } else {
        m_selectAnchor = -1;
        m_timeline->setPlayhead(t);
    }
}

void TimeRuler::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton)) return;
    const TimeAxis axis(m_timeline->visibleRange(), width());
    const SampleTime t = axis.timeForX(event->position().x());
    if (m_selectAnchor >= 0) m_timeline->setSelection({std::min(m_selectAnchor, t), std::max(m_selectAnchor, t)});
    else m_timeline->setPlayhead(t);
}

void TimeRuler::mouseReleaseEvent(QMouseEvent*)
{
    m_selectAnchor = -1;
}

void TimeRuler::wheelEvent(QWheelEvent* event)
{
    handleTimelineWheel(m_timeline, event, width());
}

void handleTimelineWheel(core::TimelineState* timeline, QWheelEvent* event, int widgetWidth)
{
    const TimeAxis axis(timeline->visibleRange(), widgetWidth);
    const double notches = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        timeline->zoomBy(std::pow(1.25, notches), axis.timeForX(event->position().x()));
    } else {
        const double pixels = event->angleDelta().x() != 0 ? event->angleDelta().x() / 120.0 * 60 : -notches * 60;
        timeline->scrollBy(static_cast<SampleTime>(std::llround(pixels * axis.samplesPerPixel())));
    }
    event->accept();
}

}  // namespace foley::widgets
