#include "widgets/caption/CaptionSegmentLane.h"

#include "core/model/CaptionModel.h"
#include "widgets/common/PendingEdit.h"
#include "widgets/onsets/GestureIdSource.h"
#include "widgets/timeline/TimeAxis.h"
#include "widgets/timeline/TimeRuler.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace foley::widgets {

namespace {

constexpr int kRowHeight = 22;
constexpr int kMaxRows = 3;
constexpr int kTop = 3;
constexpr int kEdgePixels = 5;
constexpr SampleTime kNewLength = 2 * kProjectRate;

QColor originColour(core::CaptionOrigin origin)
{
    switch (origin) {
    case core::CaptionOrigin::Mllm: return QColor(126, 91, 214);
    case core::CaptionOrigin::Detector: return QColor(58, 127, 192);
    case core::CaptionOrigin::User: return QColor(63, 154, 91);
    }
    return QColor(63, 154, 91);
}

}  // namespace

CaptionSegmentLane::CaptionSegmentLane(core::TimelineState* timeline, QWidget* parent)
    : QWidget(parent), m_timeline(timeline), m_textEditor(new QLineEdit(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setToolTip(tr("Timed captions · double-click to add or edit · drag to move, drag an edge to resize · Delete"));
    m_textEditor->hide();
    m_textEditor->installEventFilter(this);
    const auto repaint = qOverload<>(&QWidget::update);
    connect(timeline, &core::TimelineState::visibleRangeChanged, this, repaint);
    connect(timeline, &core::TimelineState::playheadChanged, this, repaint);
    connect(timeline, &core::TimelineState::selectionChanged, this, repaint);
    connect(m_textEditor, &QLineEdit::editingFinished, this, [this] {
        const core::SegmentId id = m_editing;
        m_editing = core::kInvalidId;
        m_textEditor->hide();
        const auto segment = m_model && id != core::kInvalidId ? m_model->segment(id) : std::nullopt;
        const QString text = m_textEditor->text().trimmed();
        if (segment && text != segment->text) {
            core::CaptionSegmentEdit edit;
            edit.text = text;
            emit editCaptionSegmentRequested(id, edit, core::kInvalidId);
        }
        setFocus();
    });
}

CaptionSegmentLane::~CaptionSegmentLane()
{
    abandonPendingEdit(this);
}

void CaptionSegmentLane::setCaptionModel(const core::CaptionModel* model)
{
    if (m_model) disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_drag = Drag{};
    if (model) {
        const auto repaint = qOverload<>(&QWidget::update);
        for (auto signal : {&core::CaptionModel::segmentAdded, &core::CaptionModel::segmentChanged})
            connect(model, signal, this, repaint);
        connect(model, &core::CaptionModel::segmentRemoved, this, [this](core::SegmentId id) {
            if (id == m_selected) m_selected = core::kInvalidId;
            update();
        });
        connect(model, &core::CaptionModel::segmentsReset, this, [this] {
            m_selected = core::kInvalidId;
            update();
        });
        connect(model, &QObject::destroyed, this, [this] { m_model = nullptr; });
    }
    update();
}

QSize CaptionSegmentLane::sizeHint() const
{
    return {600, kTop * 2 + kRowHeight * 2};
}

void CaptionSegmentLane::selectSegment(core::SegmentId id)
{
    m_selected = id;
    const auto segment = m_model ? m_model->segment(id) : std::nullopt;
    if (segment) m_timeline->setSelection({segment->start, segment->end});
    update();
    emit segmentSelected(id);
}

QList<core::CaptionSegment> CaptionSegmentLane::shownSegments() const
{
    if (!m_model) return {};
    QList<core::CaptionSegment> segments = m_model->segments();
    if (m_drag.grab == Grab::None) return segments;
    for (auto& segment : segments) {
        if (segment.id != m_drag.id) continue;
        segment.start = m_drag.sentStart;
        segment.end = m_drag.sentEnd;
    }
    return segments;
}

QList<int> CaptionSegmentLane::rowsOf(const QList<core::CaptionSegment>& segments) const
{
    // Greedy stacking: the first row whose last caption ended before this one starts (segments come sorted).
    QList<int> rows;
    std::vector<SampleTime> rowEnd;
    for (const auto& segment : segments) {
        int row = 0;
        while (row < static_cast<int>(rowEnd.size()) && rowEnd[static_cast<size_t>(row)] > segment.start) ++row;
        row = std::min(row, kMaxRows - 1);
        if (row >= static_cast<int>(rowEnd.size())) rowEnd.push_back(segment.end);
        else rowEnd[static_cast<size_t>(row)] = std::max(rowEnd[static_cast<size_t>(row)], segment.end);
        rows.append(row);
    }
    return rows;
}

QRect CaptionSegmentLane::segmentRect(core::SegmentId id) const
{
    const TimeAxis axis(m_timeline->visibleRange(), width());
    const auto segments = shownSegments();
    const auto rows = rowsOf(segments);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i].id != id) continue;
        const double x0 = axis.xForTime(segments[i].start);
        const double x1 = axis.xForTime(segments[i].end);
        const QRect rect(QPoint(static_cast<int>(x0), kTop + rows[i] * kRowHeight),
                         QPoint(static_cast<int>(x1) - 1, kTop + (rows[i] + 1) * kRowHeight - 3));
        return rect.intersected(this->rect());
    }
    return {};
}

void CaptionSegmentLane::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const TimeAxis axis(m_timeline->visibleRange(), width());
    const core::SampleTimeRange selection = m_timeline->selection();
    if (!selection.isEmpty()) {
        const double x0 = axis.xForTime(selection.start);
        p.fillRect(QRectF(x0, 0, axis.xForTime(selection.end) - x0, height()), QColor(232, 154, 60, 38));
    }
    p.setRenderHint(QPainter::Antialiasing);
    for (const auto& segment : shownSegments()) {
        const QRect bar = segmentRect(segment.id);
        if (bar.isEmpty()) continue;
        const bool selected = segment.id == m_selected;
        const QColor colour = originColour(segment.origin);
        p.setPen(selected ? QPen(QColor(255, 214, 120), 1.5) : QPen(colour.lighter(130), 1));
        p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), selected ? 150 : 95));
        p.drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        if (segment.id == m_editing) continue;
        p.setPen(QColor(236, 238, 240));
        const QString text = segment.text.isEmpty() ? tr("(no text)") : segment.text;
        p.drawText(bar.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(text, Qt::ElideRight, std::max(0, bar.width() - 10)));
    }
    const double px = axis.xForTime(m_timeline->playhead());
    p.setPen(QPen(QColor(255, 80, 80), 2));
    p.drawLine(QPointF(px, 0), QPointF(px, height()));
}

core::SegmentId CaptionSegmentLane::segmentAt(QPoint pos, Grab* grab) const
{
    if (!m_model) return core::kInvalidId;
    for (const auto& segment : shownSegments()) {
        const QRect bar = segmentRect(segment.id);
        if (!bar.adjusted(-kEdgePixels, 0, kEdgePixels, 0).contains(pos)) continue;
        if (grab) {
            if (std::abs(pos.x() - bar.left()) <= kEdgePixels) *grab = Grab::Start;
            else if (std::abs(pos.x() - bar.right()) <= kEdgePixels) *grab = Grab::End;
            else *grab = Grab::Body;
        }
        return segment.id;
    }
    return core::kInvalidId;
}

void CaptionSegmentLane::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) return;
    Grab grab = Grab::None;
    const core::SegmentId hit = segmentAt(event->position().toPoint(), &grab);
    m_drag = Drag{};
    if (hit == core::kInvalidId) {
        m_selected = core::kInvalidId;
        m_timeline->setPlayhead(TimeAxis(m_timeline->visibleRange(), width()).timeForX(event->position().x()));
        update();
        return;
    }
    selectSegment(hit);
    m_drag.grab = grab;
    m_drag.id = hit;
    m_drag.original = *m_model->segment(hit);
    m_drag.pressX = event->position().toPoint().x();
    m_drag.gesture = m_gestures.next();
    m_drag.sentStart = m_drag.original.start;
    m_drag.sentEnd = m_drag.original.end;
}

void CaptionSegmentLane::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag.grab != Grab::None && (event->buttons() & Qt::LeftButton)) {
        dragTo(event->position().toPoint().x());
        return;
    }
    Grab grab = Grab::None;
    segmentAt(event->position().toPoint(), &grab);
    setCursor(grab == Grab::Start || grab == Grab::End ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void CaptionSegmentLane::dragTo(int x)
{
    const TimeAxis axis(m_timeline->visibleRange(), width());
    const auto& o = m_drag.original;
    const SampleTime minLength = std::max<SampleTime>(m_timeline->frameDuration(), kProjectRate / 100);
    const SampleTime limit = m_timeline->duration() > 0 ? m_timeline->duration() : std::numeric_limits<SampleTime>::max();
    SampleTime start = o.start;
    SampleTime end = o.end;
    if (m_drag.grab == Grab::Body) {
        SampleTime delta = m_timeline->snapToFrame(o.start + axis.timeForX(x) - axis.timeForX(m_drag.pressX)) - o.start;
        delta = std::clamp(delta, -o.start, std::max<SampleTime>(0, limit - o.end));
        start += delta;
        end += delta;
    } else if (m_drag.grab == Grab::Start) {
        start = std::clamp(m_timeline->snapToFrame(axis.timeForX(x)), SampleTime(0), o.end - minLength);
    } else {
        end = std::clamp(m_timeline->snapToFrame(axis.timeForX(x)), o.start + minLength, limit);
    }
    if (start == m_drag.sentStart && end == m_drag.sentEnd) return;
    m_drag.sentStart = start;
    m_drag.sentEnd = end;
    core::CaptionSegmentEdit edit;
    edit.start = start;
    edit.end = end;
    emit editCaptionSegmentRequested(m_drag.id, edit, m_drag.gesture);
    m_timeline->setSelection({start, end});
    update();
}

void CaptionSegmentLane::mouseReleaseEvent(QMouseEvent*)
{
    m_drag = Drag{};
    update();
}

void CaptionSegmentLane::mouseDoubleClickEvent(QMouseEvent* event)
{
    m_drag = Drag{};
    const core::SegmentId hit = segmentAt(event->position().toPoint(), nullptr);
    if (hit != core::kInvalidId) {
        openTextEditor(hit);
        return;
    }
    const SampleTime t = m_timeline->snapToFrame(TimeAxis(m_timeline->visibleRange(), width()).timeForX(event->position().x()));
    core::SampleTimeRange span = m_timeline->selection();
    if (span.isEmpty() || !span.contains(t)) span = {t, t + kNewLength};
    if (m_timeline->duration() > 0) span.end = std::min(span.end, m_timeline->duration());
    if (span.isEmpty()) return;
    core::CaptionSegment segment;
    segment.start = span.start;
    segment.end = span.end;
    emit addCaptionSegmentRequested(segment);
}

void CaptionSegmentLane::openTextEditor(core::SegmentId id)
{
    const auto segment = m_model ? m_model->segment(id) : std::nullopt;
    if (!segment) return;
    m_editing = id;
    QRect bar = segmentRect(id);
    bar.setWidth(std::max(bar.width(), 160));
    m_textEditor->setGeometry(bar.intersected(rect()));
    m_textEditor->setText(segment->text);
    m_textEditor->selectAll();
    m_textEditor->show();
    m_textEditor->setFocus();
    update();
}

void CaptionSegmentLane::keyPressEvent(QKeyEvent* event)
{
    const bool remove = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (remove && m_selected != core::kInvalidId) {
        emit removeCaptionSegmentRequested(m_selected);
        return;
    }
    if (event->key() == Qt::Key_F2 && m_selected != core::kInvalidId) {
        openTextEditor(m_selected);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool CaptionSegmentLane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_textEditor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        m_editing = core::kInvalidId;  // abandon: editingFinished (on hide) then finds nothing to commit
        m_textEditor->hide();
        setFocus();
        update();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CaptionSegmentLane::wheelEvent(QWheelEvent* event)
{
    handleTimelineWheel(m_timeline, event, width());
}

}  // namespace foley::widgets
