#include "widgets/onsets/OnsetTrackEditor.h"

#include "core/model/OnsetTrack.h"
#include "core/model/TemporalMask.h"
#include "widgets/common/PendingEdit.h"
#include "widgets/onsets/GestureIdSource.h"
#include "widgets/onsets/OnsetKeyMap.h"
#include "widgets/onsets/OnsetLabelEditor.h"
#include "widgets/onsets/OnsetLanePainter.h"
#include "widgets/onsets/OnsetSelection.h"
#include "widgets/timeline/TimeRuler.h"

#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace foley::widgets {

namespace {

bool byTime(const core::Onset& a, const core::Onset& b)
{
    return a.time != b.time ? a.time < b.time : a.id < b.id;
}

}  // namespace

OnsetTrackEditor::OnsetTrackEditor(core::TimelineState* timeline, OnsetSelection* selection, QWidget* parent)
    : QWidget(parent), m_timeline(timeline), m_selection(selection), m_snapper(timeline),
      m_labelEditor(new OnsetLabelEditor(this))
{
    setAcceptDrops(true);  // a recording dropped on an onset (Sound Library dock)
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    const auto repaint = qOverload<>(&QWidget::update);
    connect(timeline, &core::TimelineState::playheadChanged, this, repaint);
    connect(timeline, &core::TimelineState::visibleRangeChanged, this, repaint);
    connect(timeline, &core::TimelineState::selectionChanged, this, repaint);
    connect(timeline, &core::TimelineState::frameRateChanged, this, repaint);
    connect(timeline, &core::TimelineState::durationChanged, this, &OnsetTrackEditor::conditionChanged);
    connect(selection, &OnsetSelection::selectionChanged, this, repaint);
    connect(m_labelEditor, &OnsetLabelEditor::committed, this,
            [this](core::OnsetId id, const QString&, const QString& text) { emit relabelOnsetRequested(id, text); });
    connect(m_labelEditor, &OnsetLabelEditor::closed, this, [this] {
        update();
        if (isVisible()) setFocus(Qt::OtherFocusReason);
    });
}

OnsetTrackEditor::~OnsetTrackEditor()
{
    abandonPendingEdit(this);
}

void OnsetTrackEditor::setOnsetTrack(const core::OnsetTrack* track)
{
    if (m_track) disconnect(m_track, nullptr, this, nullptr);
    m_track = track;
    m_drag = OnsetDragState{};
    m_selection->setTrack(track);  // the selection follows the onsets shown (removed ids leave it)
    if (track) {
        for (auto signal : {&core::OnsetTrack::onsetAdded, &core::OnsetTrack::onsetRemoved,
                            &core::OnsetTrack::onsetChanged})
            connect(track, signal, this, &OnsetTrackEditor::conditionChanged);
        connect(track, &core::OnsetTrack::onsetsReset, this, [this] {
            m_drag = OnsetDragState{};
            conditionChanged();
        });
        connect(track, &QObject::destroyed, this, [this] { m_track = nullptr; });
    }
    conditionChanged();
}

void OnsetTrackEditor::setTemporalMask(const core::TemporalMask* mask)
{
    if (m_mask) disconnect(m_mask, nullptr, this, nullptr);
    m_mask = mask;
    m_stroke.cancel();
    if (mask) {
        connect(mask, &core::TemporalMask::maskChanged, this, &OnsetTrackEditor::conditionChanged);
        connect(mask, &core::TemporalMask::maskReset, this, [this] {
            m_stroke.cancel();
            conditionChanged();
        });
        connect(mask, &QObject::destroyed, this, [this] { m_mask = nullptr; });
    }
    conditionChanged();
}

void OnsetTrackEditor::setProposalModel(const core::OnsetProposals* proposals)
{
    if (m_proposals) disconnect(m_proposals, nullptr, this, nullptr);
    m_proposals = proposals;
    m_shownProposals = this->proposals();
    m_proposalSelected.assign(static_cast<size_t>(m_shownProposals.size()), false);
    if (proposals) {
        connect(proposals, &core::OnsetProposals::changed, this, &OnsetTrackEditor::proposalsChanged);
        connect(proposals, &QObject::destroyed, this, [this] {
            m_proposals = nullptr;
            proposalsChanged();
        });
    }
    update();
}

void OnsetTrackEditor::proposalsChanged()
{
    // Keep the selection of proposals that survive (same time and strength), so accepting one by one flows.
    core::OnsetSampleTimeList before;
    for (qsizetype i = 0; i < m_shownProposals.size(); ++i)
        if (m_proposalSelected[static_cast<size_t>(i)]) before.append(m_shownProposals[i]);
    m_shownProposals = proposals();
    m_proposalSelected.assign(static_cast<size_t>(m_shownProposals.size()), false);
    for (qsizetype i = 0; i < m_shownProposals.size(); ++i)
        m_proposalSelected[static_cast<size_t>(i)] = std::any_of(before.cbegin(), before.cend(), [&](const auto& o) {
            return o.time == m_shownProposals[i].time && o.strength == m_shownProposals[i].strength;
        });
    update();
}

const core::OnsetSampleTimeList& OnsetTrackEditor::proposals() const
{
    static const core::OnsetSampleTimeList kNone;
    return m_proposals ? m_proposals->list() : kNone;
}

core::OnsetSampleTimeList OnsetTrackEditor::selectedProposals() const
{
    core::OnsetSampleTimeList result;
    for (qsizetype i = 0; i < proposals().size(); ++i)
        if (m_proposalSelected[static_cast<size_t>(i)]) result.append(proposals()[i]);
    return result;
}

void OnsetTrackEditor::setDetectorPeaks(std::vector<SampleTime> peaks)
{
    m_snapper.setPeaks(std::move(peaks));
    update();
}

void OnsetTrackEditor::setSnapToFrames(bool on)
{
    if (on == m_snapper.snapToFrames()) return;
    m_snapper.setSnapToFrames(on);
    emit snappingChanged();
}

void OnsetTrackEditor::setSnapToPeaks(bool on)
{
    if (on == m_snapper.snapToPeaks()) return;
    m_snapper.setSnapToPeaks(on);
    update();
    emit snappingChanged();
}

void OnsetTrackEditor::setTool(EditTool tool)
{
    if (tool == m_tool) return;
    cancelDrag();
    m_tool = tool;
    setCursor(tool == EditTool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
    emit toolChanged(tool);
}

void OnsetTrackEditor::setDefaultStrength(double strength)
{
    m_defaultStrength = std::clamp(strength, 0.0, 1.0);
}

OnsetLaneGeometry OnsetTrackEditor::laneGeometry() const
{
    return OnsetLaneGeometry(m_timeline->visibleRange(), size());
}

SampleTime OnsetTrackEditor::snapped(SampleTime t) const
{
    return m_snapper.snap(t, laneGeometry().axis().samplesPerPixel());
}

QSize OnsetTrackEditor::sizeHint() const
{
    return {600, 140};
}

QSize OnsetTrackEditor::minimumSizeHint() const
{
    return {120, OnsetLaneGeometry::kLabelStrip + OnsetLaneGeometry::kBottomMargin + 40};
}

void OnsetTrackEditor::conditionChanged()
{
    m_condition.invalidate();
    update();
}

// ---- what is shown ----

core::OnsetSampleTimeList OnsetTrackEditor::previewOnsets() const
{
    if (!m_track) return {};
    if (!m_drag.isDragging()) return m_track->onsets();
    core::OnsetSampleTimeList result = m_track->onsets();
    for (auto& onset : result) {
        const auto original = m_drag.originals.constFind(onset.id);
        if (original == m_drag.originals.cend()) continue;
        if (m_drag.kind == OnsetDragState::Kind::Move) onset.time = original->time + m_drag.delta;
        else onset.strength = std::clamp(original->strength + m_drag.strengthDelta, 0.0, 1.0);
    }
    std::sort(result.begin(), result.end(), byTime);
    return result;
}

core::OnsetSampleTimeList OnsetTrackEditor::visibleOnsets(const OnsetLaneGeometry& g) const
{
    if (!m_track) return {};
    // A margin on the left keeps the labels of onsets just off-screen.
    const SampleTime from = g.timeForX(-170);
    const SampleTime to = g.timeForX(g.width() + 10);
    if (!m_drag.isDragging()) return m_track->inRange(from, to);
    core::OnsetSampleTimeList result;
    for (const auto& onset : previewOnsets())
        if (onset.time >= from && onset.time < to) result.append(onset);
    return result;
}

const std::vector<float>& OnsetTrackEditor::conditionCurve() const
{
    if (!m_condition.isValid()) {
        const core::OnsetSampleTimeList onsets = previewOnsets();
        std::vector<float> mask;
        ConditionCurveCache::Input input;
        input.onsets = &onsets;
        input.duration = m_timeline->duration();
        if (m_mask) {
            mask = m_mask->values();
            for (size_t frame = 0; frame < mask.size(); ++frame)
                mask[frame] = m_stroke.valueAt(static_cast<int>(frame), mask[frame]);
            input.mask = &mask;
            input.maskRate = m_mask->rate();
        }
        m_condition.rebuild(input);
    }
    return m_condition.curve();
}

void OnsetTrackEditor::buildScene(OnsetLaneScene& scene, const OnsetLaneGeometry& g) const
{
    scene.geometry = &g;
    scene.onsets = visibleOnsets(g);
    scene.selected = m_selection->ids();
    scene.proposals = proposals();
    scene.proposalSelected = m_proposalSelected;
    scene.hovered = m_hovered;
    scene.labelHidden = m_labelEditor->onsetId();
    scene.videoRate = m_timeline->frameRate();
    scene.playhead = m_timeline->playhead();
    scene.timeSelection = m_timeline->selection();
    scene.rubberBand = m_drag.kind == OnsetDragState::Kind::RubberBand ? m_drag.rubberBand : QRectF();
    scene.tool = m_tool;
    scene.trackEmpty = (!m_track || m_track->isEmpty()) && proposals().isEmpty();
    scene.focused = hasFocus();
    if (m_snapper.snapToPeaks()) {
        for (SampleTime peak : m_snapper.peaks())
            if (peak >= g.timeForX(0) && peak <= g.timeForX(g.width())) scene.peaks.push_back(peak);
    }
    buildMaskScene(scene, g);
}

void OnsetTrackEditor::buildMaskScene(OnsetLaneScene& scene, const OnsetLaneGeometry& g) const
{
    const std::vector<float>& condition = conditionCurve();
    const int64_t firstCondition = std::max<int64_t>(0, m_condition.frameAt(g.timeForX(0)));
    const int64_t lastCondition = std::min<int64_t>(static_cast<int64_t>(condition.size()) - 1,
                                                    m_condition.frameAt(g.timeForX(g.width())) + 1);
    scene.conditionRate = m_condition.rate();
    scene.conditionFirst = firstCondition;
    if (lastCondition >= firstCondition)
        scene.condition.assign(condition.begin() + firstCondition, condition.begin() + lastCondition + 1);
    if (!m_mask || m_mask->frameCount() == 0) return;
    scene.hasMask = true;
    scene.maskRate = m_mask->rate();
    const int first = std::max(0, m_mask->frameAt(g.timeForX(0)));
    const int last = std::min(m_mask->frameCount() - 1, m_mask->frameAt(g.timeForX(g.width())));
    if (last < first) return;
    scene.maskFirstFrame = first;
    scene.mask.resize(static_cast<size_t>(last - first + 1));
    for (int frame = first; frame <= last; ++frame)
        scene.mask[static_cast<size_t>(frame - first)] = m_stroke.valueAt(frame, m_mask->value(frame));
}

void OnsetTrackEditor::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const OnsetLaneGeometry g = laneGeometry();
    OnsetLaneScene scene;
    buildScene(scene, g);
    OnsetLanePainter::paint(p, scene, palette());
}

bool OnsetTrackEditor::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride
        && OnsetKeyMap::actionFor(static_cast<QKeyEvent*>(event)) != OnsetKeyAction::None) {
        event->accept();  // our keys win over the window's shortcuts while the lane has focus
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const OnsetLaneGeometry g = laneGeometry();
        const core::OnsetId hit = onsetAt(g, help->pos());
        const int proposal = hit == core::kInvalidId ? proposalAt(g, help->pos()) : -1;
        const auto onset = hit != core::kInvalidId ? m_track->onset(hit)
            : (proposal >= 0 ? std::optional<core::Onset>(proposals()[proposal]) : std::nullopt);
        if (!onset) {
            QToolTip::hideText();
            return true;
        }
        QString text = tr("%1 · strength %2").arg(formatTime(onset->time)).arg(onset->strength, 0, 'f', 2);
        if (!onset->label.isEmpty()) text += QStringLiteral(" · ") + onset->label;
        if (proposal >= 0) text += tr(" · detector proposal: Enter accepts, Delete rejects");
        else if (onset->origin == core::OnsetOrigin::Detected) text += tr(" · from the detector");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) update();
    return QWidget::event(event);
}

core::OnsetId OnsetTrackEditor::onsetAt(const OnsetLaneGeometry& g, QPointF pos) const
{
    const core::OnsetSampleTimeList visible = visibleOnsets(g);
    const int index = g.markerAt(visible, pos);
    return index >= 0 ? visible[index].id : core::kInvalidId;
}

int OnsetTrackEditor::proposalAt(const OnsetLaneGeometry& g, QPointF pos) const
{
    return g.markerAt(proposals(), pos);
}

// ---- keyboard and actions ----

void OnsetTrackEditor::keyPressEvent(QKeyEvent* event)
{
    switch (OnsetKeyMap::actionFor(event)) {
    case OnsetKeyAction::Tap: tapAtPlayhead(); break;
    case OnsetKeyAction::Remove: removeSelected(); break;
    case OnsetKeyAction::NudgeBack: nudgeSelected(-1); break;
    case OnsetKeyAction::NudgeForward: nudgeSelected(1); break;
    case OnsetKeyAction::PreviousOnset: jumpToOnset(-1); break;
    case OnsetKeyAction::NextOnset: jumpToOnset(1); break;
    case OnsetKeyAction::EditLabel:
        editLabel(m_selection->anchor() != core::kInvalidId ? m_selection->anchor()
                                                            : m_selection->sortedIds().value(0, core::kInvalidId));
        break;
    case OnsetKeyAction::Accept: acceptSelectedProposals(); break;
    case OnsetKeyAction::SelectAll: selectAll(); break;
    case OnsetKeyAction::Cancel:
        if (m_drag.kind != OnsetDragState::Kind::None) {
            cancelDrag();
        } else {
            m_selection->clear();
            m_proposalSelected.assign(m_proposalSelected.size(), false);
            update();
        }
        break;
    case OnsetKeyAction::None: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void OnsetTrackEditor::tapAtPlayhead()
{
    if (!m_track) return;
    emit addOnsetRequested(snapped(m_timeline->playhead()), m_defaultStrength);
}

void OnsetTrackEditor::removeSelected()
{
    const QList<core::OnsetId> ids = m_selection->sortedIds();
    if (!ids.isEmpty()) emit removeOnsetsRequested(ids);
    const core::OnsetSampleTimeList rejected = selectedProposals();
    if (!rejected.isEmpty()) emit rejectProposalsRequested(rejected);
}

void OnsetTrackEditor::nudgeSelected(int frames)
{
    const QList<core::OnsetId> ids = m_selection->sortedIds();
    if (ids.isEmpty() || !m_track || m_drag.isDragging()) return;
    SampleTime delta = frames * m_timeline->frameDuration();
    const SampleTime earliest = m_track->onset(ids.first())->time;
    const SampleTime latest = m_track->onset(ids.last())->time;
    delta = std::max(delta, -earliest);
    if (m_timeline->duration() > 0) delta = std::min(delta, std::max<SampleTime>(0, m_timeline->duration() - latest));
    if (delta != 0) emit moveOnsetsRequested(ids, delta, m_gestures.next());  // each nudge: one undo step
}

void OnsetTrackEditor::jumpToOnset(int direction)
{
    if (!m_track) return;
    const SampleTime now = m_timeline->playhead();
    const auto target = direction > 0 ? m_track->nextAfter(now) : m_track->previousBefore(now);
    if (!target) return;
    m_timeline->setPlayhead(target->time);
    m_selection->select(target->id);
    ensureVisible(target->time);
}

void OnsetTrackEditor::acceptSelectedProposals()
{
    const core::OnsetSampleTimeList accepted = selectedProposals();
    if (!accepted.isEmpty()) emit acceptProposalsRequested(accepted);
}

void OnsetTrackEditor::selectAll()
{
    QSet<core::OnsetId> all;
    if (m_track)
        for (const auto& onset : m_track->onsets()) all.insert(onset.id);
    m_selection->setIds(all, m_selection->anchor());
}

void OnsetTrackEditor::editLabel(core::OnsetId id)
{
    const auto onset = m_track && id != core::kInvalidId ? m_track->onset(id) : std::nullopt;
    if (!onset) return;
    ensureVisible(onset->time);
    m_selection->select(id);
    const OnsetLaneGeometry g = laneGeometry();
    const int x = static_cast<int>(std::lround(g.xForTime(onset->time))) + 4;
    const int w = std::min(width(), 200);
    m_labelEditor->open(id, onset->label,
                        QRect(std::clamp(x, 0, width() - w), 0, w, OnsetLaneGeometry::kLabelStrip + 6));
    update();
}

void OnsetTrackEditor::ensureVisible(SampleTime t)
{
    const core::SampleTimeRange visible = m_timeline->visibleRange();
    if (visible.contains(t)) return;
    m_timeline->scrollBy(t - (visible.start + visible.length() / 2));
}

void OnsetTrackEditor::contextMenuEvent(QContextMenuEvent* event)
{
    const OnsetLaneGeometry g = laneGeometry();
    const core::OnsetId hit = onsetAt(g, event->pos());
    if (hit != core::kInvalidId && !m_selection->contains(hit)) m_selection->select(hit);
    const SampleTime at = snapped(g.timeForX(event->pos().x()));
    QMenu menu(this);
    menu.addAction(tr("Add onset here"), this, [this, at] { emit addOnsetRequested(at, m_defaultStrength); });
    menu.addAction(tr("Delete selected"), this, &OnsetTrackEditor::removeSelected)
        ->setEnabled(!m_selection->isEmpty() || !selectedProposals().isEmpty());
    menu.addAction(tr("Edit label…"), this, [this, hit] { editLabel(hit); })->setEnabled(hit != core::kInvalidId);
    menu.addSeparator();
    menu.addAction(tr("Accept selected proposals"), this, &OnsetTrackEditor::acceptSelectedProposals)
        ->setEnabled(!selectedProposals().isEmpty());
    menu.addAction(tr("Accept all proposals"), this, [this] { emit acceptProposalsRequested(proposals()); })
        ->setEnabled(!proposals().isEmpty());
    menu.addAction(tr("Reject all proposals"), this, [this] { emit rejectProposalsRequested(proposals()); })
        ->setEnabled(!proposals().isEmpty());
    menu.addSeparator();
    QAction* frames = menu.addAction(tr("Snap to video frames"), this, &OnsetTrackEditor::setSnapToFrames);
    frames->setCheckable(true);
    frames->setChecked(snapToFrames());
    QAction* peaks = menu.addAction(tr("Snap to detected peaks"), this, &OnsetTrackEditor::setSnapToPeaks);
    peaks->setCheckable(true);
    peaks->setChecked(snapToPeaks());
    peaks->setEnabled(!m_snapper.peaks().empty());
    menu.exec(event->globalPos());
}

}  // namespace foley::widgets
