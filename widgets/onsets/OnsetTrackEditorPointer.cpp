// OnsetTrackEditor, part 2: mouse and wheel gestures (select, drag, strength, rubber band, mask strokes).
#include "widgets/onsets/OnsetTrackEditor.h"

#include <QUrl>

#include <QMimeData>

#include <QDropEvent>

#include <QDragEnterEvent>

#include "core/model/OnsetTrack.h"
#include "core/model/TemporalMask.h"
#include "widgets/onsets/GestureIdSource.h"
#include "widgets/onsets/OnsetSelection.h"
#include "widgets/timeline/TimeRuler.h"

#include <QApplication>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace foley::widgets {

void OnsetTrackEditor::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const OnsetLaneGeometry g = laneGeometry();
    const QPointF pos = event->position();
    m_drag = OnsetDragState{};
    m_drag.pressPos = pos;
    m_drag.modifiers = event->modifiers();
    if (m_tool != EditTool::Select) {
        if (!m_mask || m_mask->frameCount() == 0) return;
        m_drag.kind = OnsetDragState::Kind::Paint;
        m_stroke.begin(*m_mask, m_tool, std::max<SampleTime>(0, g.timeForX(pos.x())), g.valueForY(pos.y()), m_gestures.next());
        conditionChanged();
        return;
    }
    if (const core::OnsetId hit = onsetAt(g, pos); hit != core::kInvalidId) {
        pressOnMarker(hit, event);
        return;
    }
    if (const int proposal = proposalAt(g, pos); proposal >= 0) {
        pressOnProposal(proposal, event->modifiers());
        return;
    }
    m_drag.kind = OnsetDragState::Kind::PendingEmpty;
    if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) m_drag.rubberBase = m_selection->ids();
}

void OnsetTrackEditor::pressOnMarker(core::OnsetId hit, QMouseEvent* event)
{
    const auto mods = event->modifiers();
    m_drag.grabbedWasSelected = m_selection->contains(hit);
    if (!(mods & (Qt::ControlModifier | Qt::ShiftModifier)))
        m_proposalSelected.assign(m_proposalSelected.size(), false);
    if (mods & Qt::AltModifier) {
        if (!m_drag.grabbedWasSelected) m_selection->select(hit);
        beginDrag(OnsetDragState::Kind::Strength, hit);
        return;
    }
    if (mods & Qt::ControlModifier) {
        m_selection->toggle(hit);
        if (!m_selection->contains(hit)) return;  // toggled off: nothing to drag
    } else if (mods & Qt::ShiftModifier) {
        // Extend from the anchor: everything between the last clicked onset and this one.
        const auto anchor = m_track->onset(m_selection->anchor());
        const auto clicked = m_track->onset(hit);
        QSet<core::OnsetId> span{hit};
        if (anchor && clicked) {
            const SampleTime lo = std::min(anchor->time, clicked->time);
            const SampleTime hi = std::max(anchor->time, clicked->time);
            for (const auto& onset : m_track->inRange(lo, hi + 1)) span.insert(onset.id);
        }
        m_selection->setIds(m_selection->ids() | span, anchor ? anchor->id : hit);
    } else if (!m_drag.grabbedWasSelected) {
        m_selection->select(hit);
    }
    beginDrag(OnsetDragState::Kind::PendingMove, hit);
}

void OnsetTrackEditor::pressOnProposal(int index, Qt::KeyboardModifiers mods)
{
    // Proposals are not in the project: they can be selected (to accept or reject), not dragged.
    auto&& selected = m_proposalSelected[static_cast<size_t>(index)];
    if (mods & (Qt::ControlModifier | Qt::ShiftModifier)) {
        selected = !selected;
    } else {
        m_proposalSelected.assign(m_proposalSelected.size(), false);
        m_proposalSelected[static_cast<size_t>(index)] = true;
        m_selection->clear();
    }
    update();
}

void OnsetTrackEditor::beginDrag(OnsetDragState::Kind kind, core::OnsetId grabbed)
{
    m_drag.kind = kind;
    m_drag.grabbed = grabbed;
    m_drag.gesture = m_gestures.next();
    m_drag.originals.clear();
    for (core::OnsetId id : m_selection->ids())
        if (const auto onset = m_track->onset(id)) m_drag.originals.insert(id, *onset);
}

void OnsetTrackEditor::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (!(event->buttons() & Qt::LeftButton) || m_drag.kind == OnsetDragState::Kind::None) {
        updateHover(pos);
        return;
    }
    const OnsetLaneGeometry g = laneGeometry();
    const bool farEnough = (pos - m_drag.pressPos).manhattanLength() >= QApplication::startDragDistance();
    switch (m_drag.kind) {
    case OnsetDragState::Kind::PendingMove:
        if (!farEnough) return;
        m_drag.kind = OnsetDragState::Kind::Move;
        updateMove(g, pos);
        break;
    case OnsetDragState::Kind::PendingEmpty:
        if (!farEnough) return;
        m_drag.kind = OnsetDragState::Kind::RubberBand;
        updateRubberBand(g, pos);
        break;
    case OnsetDragState::Kind::Move: updateMove(g, pos); break;
    case OnsetDragState::Kind::Strength: updateStrength(g, pos); break;
    case OnsetDragState::Kind::RubberBand: updateRubberBand(g, pos); break;
    case OnsetDragState::Kind::Paint:
        m_stroke.extendTo(std::max<SampleTime>(0, g.timeForX(pos.x())), g.valueForY(pos.y()));
        conditionChanged();
        break;
    case OnsetDragState::Kind::None: break;
    }
}

void OnsetTrackEditor::updateMove(const OnsetLaneGeometry& g, QPointF pos)
{
    if (!m_drag.originals.contains(m_drag.grabbed)) return;
    // The grabbed marker snaps; the rest of the selection keeps its spacing. Nothing may cross 0 or the end.
    const SampleTime grabbedTime = m_drag.originals.value(m_drag.grabbed).time;
    const SampleTime raw = g.timeForX(pos.x()) - g.timeForX(m_drag.pressPos.x());
    SampleTime delta = snapped(grabbedTime + raw) - grabbedTime;
    SampleTime earliest = grabbedTime;
    SampleTime latest = grabbedTime;
    for (const auto& onset : std::as_const(m_drag.originals)) {
        earliest = std::min(earliest, onset.time);
        latest = std::max(latest, onset.time);
    }
    delta = std::max(delta, -earliest);
    if (m_timeline->duration() > 0) delta = std::min(delta, std::max<SampleTime>(0, m_timeline->duration() - latest));
    if (delta == m_drag.delta) return;
    m_drag.delta = delta;
    const SampleTime step = delta - m_drag.sentDelta;
    m_drag.sentDelta = delta;
    QList<core::OnsetId> ids = m_drag.originals.keys();
    std::sort(ids.begin(), ids.end(), [this](auto a, auto b) {
        return m_drag.originals.value(a).time != m_drag.originals.value(b).time
            ? m_drag.originals.value(a).time < m_drag.originals.value(b).time : a < b;
    });
    emit moveOnsetsRequested(ids, step, m_drag.gesture);
    conditionChanged();
}

void OnsetTrackEditor::updateStrength(const OnsetLaneGeometry& g, QPointF pos)
{
    // Quantised to 0.01 so pixel jitter is not an edit and the values read cleanly in the table.
    const double delta = std::round((m_drag.pressPos.y() - pos.y()) / g.laneHeight() * 100.0) / 100.0;
    if (delta == m_drag.sentStrengthDelta) return;
    m_drag.strengthDelta = delta;
    m_drag.sentStrengthDelta = delta;
    QHash<core::OnsetId, double> strengths;
    for (const auto& onset : std::as_const(m_drag.originals))
        strengths.insert(onset.id, std::clamp(onset.strength + delta, 0.0, 1.0));
    if (!strengths.isEmpty()) emit setOnsetStrengthRequested(strengths, m_drag.gesture);
    conditionChanged();
}

void OnsetTrackEditor::updateRubberBand(const OnsetLaneGeometry& g, QPointF pos)
{
    m_drag.rubberBand = QRectF(m_drag.pressPos, pos).normalized();
    const core::OnsetSampleTimeList visible = visibleOnsets(g);
    const bool toggle = m_drag.modifiers & Qt::ControlModifier;
    QSet<core::OnsetId> next = m_drag.rubberBase;
    for (int index : g.markersIn(visible, m_drag.rubberBand)) {
        const core::OnsetId id = visible[index].id;
        if (!toggle || !next.remove(id)) next.insert(id);
    }
    m_selection->setIds(next, m_selection->anchor());
    if (!(m_drag.modifiers & (Qt::ShiftModifier | Qt::ControlModifier)))
        m_proposalSelected.assign(m_proposalSelected.size(), false);
    for (int index : g.markersIn(proposals(), m_drag.rubberBand)) m_proposalSelected[static_cast<size_t>(index)] = true;
    update();
}

void OnsetTrackEditor::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const OnsetLaneGeometry g = laneGeometry();
    if (m_drag.kind == OnsetDragState::Kind::Paint) finishStroke();
    else if (m_drag.kind == OnsetDragState::Kind::PendingMove || m_drag.kind == OnsetDragState::Kind::PendingEmpty)
        finishClick(g, event->position());
    const bool previewed = m_drag.isDragging();
    m_drag = OnsetDragState{};
    if (previewed) m_condition.invalidate();  // from now on the model's values are shown
    updateHover(event->position());
    update();
}

void OnsetTrackEditor::finishClick(const OnsetLaneGeometry& g, QPointF pos)
{
    if (m_drag.kind == OnsetDragState::Kind::PendingMove) {
        // A plain click on an already-selected marker narrows the selection to it (it kept the group for a drag).
        if (m_drag.grabbedWasSelected && !(m_drag.modifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_selection->select(m_drag.grabbed);
        return;
    }
    if (m_drag.modifiers & (Qt::ControlModifier | Qt::ShiftModifier)) return;
    m_selection->clear();
    m_proposalSelected.assign(m_proposalSelected.size(), false);
    m_timeline->setPlayhead(std::max<SampleTime>(0, g.timeForX(pos.x())));  // click-to-seek, as on the ruler
}

void OnsetTrackEditor::finishStroke()
{
    if (!m_stroke.isActive()) return;
    const int first = m_stroke.firstFrame();
    const std::vector<float> values = m_stroke.values();
    const core::GestureId stroke = m_stroke.strokeId();
    const bool changed = m_mask && values != m_mask->range(first, static_cast<int>(values.size()));
    m_stroke.cancel();
    m_condition.invalidate();
    if (changed) emit paintMaskRequested(first, values, stroke);  // an empty edit sends nothing
}

void OnsetTrackEditor::cancelDrag()
{
    // Take back what the drag already asked for, in the same gesture, so its commands merge into nothing.
    if (m_drag.kind == OnsetDragState::Kind::Move && m_drag.sentDelta != 0) {
        emit moveOnsetsRequested(m_drag.originals.keys(), -m_drag.sentDelta, m_drag.gesture);
    } else if (m_drag.kind == OnsetDragState::Kind::Strength && m_drag.sentStrengthDelta != 0.0) {
        QHash<core::OnsetId, double> strengths;
        for (const auto& onset : std::as_const(m_drag.originals)) strengths.insert(onset.id, onset.strength);
        emit setOnsetStrengthRequested(strengths, m_drag.gesture);
    }
    m_drag = OnsetDragState{};
    m_stroke.cancel();
    conditionChanged();
}

void OnsetTrackEditor::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_tool != EditTool::Select) return;
    const OnsetLaneGeometry g = laneGeometry();
    m_drag = OnsetDragState{};
    if (const core::OnsetId hit = onsetAt(g, event->position()); hit != core::kInvalidId) {
        editLabel(hit);
        return;
    }
    if (const int proposal = proposalAt(g, event->position()); proposal >= 0) {
        emit acceptProposalsRequested({proposals()[proposal]});
        return;
    }
    // The height of the double-click is the new onset's strength (never invisible).
    const double strength = std::max(0.1, std::round(g.valueForY(event->position().y()) * 100.0) / 100.0);
    emit addOnsetRequested(snapped(g.timeForX(event->position().x())), strength);
}

void OnsetTrackEditor::wheelEvent(QWheelEvent* event)
{
    const OnsetLaneGeometry g = laneGeometry();
    const bool zoomOrScroll = (event->modifiers() & Qt::ControlModifier) || m_tool != EditTool::Select
        || event->angleDelta().y() == 0;
    const core::OnsetId hit = zoomOrScroll ? core::kInvalidId : onsetAt(g, event->position());
    if (hit == core::kInvalidId) {
        handleTimelineWheel(m_timeline, event, width());
        return;
    }
    wheelStrength(hit, event->angleDelta().y() / 120.0);
    event->accept();
}

void OnsetTrackEditor::wheelStrength(core::OnsetId hit, double notches)
{
    const QList<core::OnsetId> targets = m_selection->contains(hit) ? m_selection->sortedIds()
                                                                     : QList<core::OnsetId>{hit};
    if (targets != m_wheelTargets || !m_wheelClock.isValid() || m_wheelClock.elapsed() > 800)
        m_wheelGesture = m_gestures.next();
    m_wheelTargets = targets;
    m_wheelClock.start();
    QHash<core::OnsetId, double> strengths;
    for (core::OnsetId id : targets) {
        if (const auto onset = m_track->onset(id))
            strengths.insert(id, std::clamp(std::round((onset->strength + 0.05 * notches) * 100.0) / 100.0, 0.0, 1.0));
    }
    if (!strengths.isEmpty()) emit setOnsetStrengthRequested(strengths, m_wheelGesture);
}

void OnsetTrackEditor::updateHover(QPointF pos)
{
    const OnsetLaneGeometry g = laneGeometry();
    const core::OnsetId hovered = m_tool == EditTool::Select ? onsetAt(g, pos) : core::kInvalidId;
    if (m_tool == EditTool::Select) setCursor(hovered != core::kInvalidId ? Qt::SizeHorCursor : Qt::ArrowCursor);
    if (hovered == m_hovered) return;
    m_hovered = hovered;
    update();
}

void OnsetTrackEditor::leaveEvent(QEvent* event)
{
    m_hovered = core::kInvalidId;
    update();
    QWidget::leaveEvent(event);
}

namespace {

// The local file a drag carries (a Sound Library result, a file from the desktop), if it is one.
QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile()) return {};
    return mime->urls().first().toLocalFile();
}

}  // namespace

void OnsetTrackEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFile(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void OnsetTrackEditor::dragMoveEvent(QDragMoveEvent* event)
{
    // Only over an onset: that is where a recording goes.
    if (!droppedFile(event->mimeData()).isEmpty() && onsetAt(laneGeometry(), event->position()) != core::kInvalidId) event->acceptProposedAction();
    else event->ignore();
}

void OnsetTrackEditor::dropEvent(QDropEvent* event)
{
    const QString file = droppedFile(event->mimeData());
    const core::OnsetId target = onsetAt(laneGeometry(), event->position());
    if (file.isEmpty() || target == core::kInvalidId) return event->ignore();
    const QList<core::OnsetId> ids = m_selection->ids().contains(target) ? m_selection->ids().values() : QList<core::OnsetId>{target};
    emit chooseRecordingRequested(ids, file);
    event->acceptProposedAction();
}

}  // namespace foley::widgets
