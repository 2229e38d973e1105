#pragma once

#include "core/model/Onset.h"
#include "widgets/onsets/GestureIdSource.h"
#include "core/model/OnsetProposals.h"
#include "core/timeline/TimelineState.h"
#include "widgets/onsets/ConditionCurveCache.h"
#include "widgets/onsets/EditTool.h"
#include "widgets/onsets/MaskStroke.h"
#include "widgets/onsets/OnsetDragState.h"
#include "widgets/onsets/OnsetLaneGeometry.h"
#include "widgets/onsets/OnsetSnapper.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include <vector>

namespace foley::core {
class OnsetTrack;
class TemporalMask;
}  // namespace foley::core

namespace foley::widgets {

class OnsetLabelEditor;
class OnsetSelection;
struct OnsetLaneScene;

// The onset/mask lane on the shared timeline: onset markers (height and opacity = strength), their labels, the
// detector's pending proposals, the temporal mask as a filled curve and the condition curve the model sees, the
// playhead and the selection. It reads the model and never changes it: every edit leaves as an intent signal the
// app turns into a command. A drag sends increments under one gesture id (one undo step); a mask stroke sends
// one paint intent on release.
class OnsetTrackEditor : public QWidget {
    Q_OBJECT
public:
    // Where this widget's gestures get their ids (the project's, from the app); without one its steps never merge.
    void setGestureIdSource(GestureIdSource source) { m_gestures = std::move(source); }
    OnsetTrackEditor(core::TimelineState* timeline, OnsetSelection* selection, QWidget* parent = nullptr);
    ~OnsetTrackEditor() override;  // drops a label edit in progress (widgets/common/PendingEdit.h)

    void setOnsetTrack(const core::OnsetTrack* track);
    void setTemporalMask(const core::TemporalMask* mask);
    // Detector proposals waiting for the user (the editor session's, not in the project): painted hollow, selected
    // here, accepted with Enter or rejected with Delete (as intents; the lane never changes them itself).
    void setProposalModel(const core::OnsetProposals* proposals);
    const core::OnsetSampleTimeList& proposals() const;
    core::OnsetSampleTimeList selectedProposals() const;
    void setDetectorPeaks(std::vector<SampleTime> peaks);  // targets for peak snapping
    void setSnapToFrames(bool on);
    bool snapToFrames() const { return m_snapper.snapToFrames(); }
    void setSnapToPeaks(bool on);
    bool snapToPeaks() const { return m_snapper.snapToPeaks(); }
    void setTool(EditTool tool);
    EditTool tool() const { return m_tool; }
    void setDefaultStrength(double strength);  // for taps (; and Ctrl+M)
    double defaultStrength() const { return m_defaultStrength; }

    // Current mapping of the lane (for tests and for views drawn on top of it).
    OnsetLaneGeometry laneGeometry() const;
    SampleTime snapped(SampleTime t) const;
    // The condition curve as drawn (whole clip, at conditionRate() frames per second).
    const std::vector<float>& conditionCurve() const;
    double conditionRate() const { return m_condition.rate(); }

    void editLabel(core::OnsetId id);  // opens the inline label editor over the marker
    void tapAtPlayhead();              // ; and Ctrl+M
    void removeSelected();             // Delete / Backspace: selected onsets go, selected proposals are rejected
    void nudgeSelected(int frames);    // Alt+Left / Alt+Right
    void jumpToOnset(int direction);   // PgDn (+1) / PgUp (-1)
    void acceptSelectedProposals();    // Enter

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void addOnsetRequested(foley::SampleTime time, double strength);
    // A recording (a local audio file dropped on an onset) for that onset, or for the selection when it is in it.
    void chooseRecordingRequested(const QList<foley::core::OnsetId>& ids, const QString& recording);
    void removeOnsetsRequested(const QList<foley::core::OnsetId>& ids);
    void moveOnsetsRequested(const QList<foley::core::OnsetId>& ids, foley::SampleTime delta,
                             foley::core::GestureId gesture);
    void setOnsetStrengthRequested(const QHash<foley::core::OnsetId, double>& strengths,
                                   foley::core::GestureId gesture);
    void relabelOnsetRequested(foley::core::OnsetId id, const QString& label);
    void acceptProposalsRequested(const foley::core::OnsetSampleTimeList& proposals);
    void rejectProposalsRequested(const foley::core::OnsetSampleTimeList& proposals);
    void paintMaskRequested(int firstFrame, const std::vector<float>& values, foley::core::GestureId stroke);
    void toolChanged(foley::widgets::EditTool tool);
    void snappingChanged();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    GestureIdSource m_gestures;
    core::OnsetSampleTimeList visibleOnsets(const OnsetLaneGeometry& g) const;
    core::OnsetSampleTimeList previewOnsets() const;  // every onset, drag preview applied
    void buildScene(OnsetLaneScene& scene, const OnsetLaneGeometry& g) const;
    void buildMaskScene(OnsetLaneScene& scene, const OnsetLaneGeometry& g) const;
    core::OnsetId onsetAt(const OnsetLaneGeometry& g, QPointF pos) const;
    void proposalsChanged();
    int proposalAt(const OnsetLaneGeometry& g, QPointF pos) const;
    void pressOnMarker(core::OnsetId hit, QMouseEvent* event);
    void pressOnProposal(int index, Qt::KeyboardModifiers mods);
    void beginDrag(OnsetDragState::Kind kind, core::OnsetId grabbed);
    void updateMove(const OnsetLaneGeometry& g, QPointF pos);
    void updateStrength(const OnsetLaneGeometry& g, QPointF pos);
    void updateRubberBand(const OnsetLaneGeometry& g, QPointF pos);
    void finishClick(const OnsetLaneGeometry& g, QPointF pos);
    void cancelDrag();
    void wheelStrength(core::OnsetId hit, double notches);
    void finishStroke();
    void updateHover(QPointF pos);
    void ensureVisible(SampleTime t);
    void selectAll();
    void conditionChanged();

    core::TimelineState* m_timeline;
    OnsetSelection* m_selection;
    const core::OnsetTrack* m_track = nullptr;
    const core::TemporalMask* m_mask = nullptr;
    const core::OnsetProposals* m_proposals = nullptr;
    core::OnsetSampleTimeList m_shownProposals;  // the model's list as last painted (to carry the selection over)
    std::vector<bool> m_proposalSelected;        // parallel to proposals()
    OnsetSnapper m_snapper;
    EditTool m_tool = EditTool::Select;
    double m_defaultStrength = 1.0;
    OnsetDragState m_drag;
    MaskStroke m_stroke;
    mutable ConditionCurveCache m_condition;
    OnsetLabelEditor* m_labelEditor;
    core::OnsetId m_hovered = core::kInvalidId;
    // Wheel steps on the same onsets within a moment share a gesture (one undo step).
    QList<core::OnsetId> m_wheelTargets;
    core::GestureId m_wheelGesture = core::kInvalidId;
    QElapsedTimer m_wheelClock;
};

}  // namespace foley::widgets
