#pragma once

#include "core/model/Onset.h"
#include "core/timeline/TimelineState.h"
#include "widgets/onsets/EditTool.h"
#include "widgets/onsets/OnsetLaneGeometry.h"

#include <QRectF>
#include <QSet>

#include <vector>

class QPainter;
class QPalette;

namespace foley::widgets {

// Everything one repaint of the onset lane shows, already resolved (drag previews applied, visible span only).
struct OnsetLaneScene {
    const OnsetLaneGeometry* geometry = nullptr;
    core::OnsetSampleTimeList onsets;             // visible onsets, drag/strength previews applied
    QSet<core::OnsetId> selected;
    core::OnsetSampleTimeList proposals;          // visible detector proposals (not in the project until accepted)
    std::vector<bool> proposalSelected; // parallel to proposals
    core::OnsetId hovered = core::kInvalidId;
    core::OnsetId labelHidden = core::kInvalidId;  // the one being renamed inline
    bool hasMask = false;
    Rational maskRate{25, 1};
    int maskFirstFrame = 0;
    std::vector<float> mask;            // visible frames, stroke preview applied
    // The temporal condition the model sees (core/dsp/TemporalCondition): value i at (conditionFirst + i) / rate.
    std::vector<float> condition;
    double conditionRate = 100.0;
    int64_t conditionFirst = 0;
    Rational videoRate{25, 1};          // frame grid
    std::vector<SampleTime> peaks;      // visible detector peaks (drawn when peak snapping is on)
    SampleTime playhead = 0;
    core::SampleTimeRange timeSelection;
    QRectF rubberBand;                  // empty = none
    EditTool tool = EditTool::Select;
    bool trackEmpty = true;
    bool focused = false;
};

// Draws an OnsetLaneScene: frame grid, mask (filled steps, as painted), condition curve (line), onset markers
// (height and opacity = strength; manual amber, accepted detections cyan, pending proposals hollow and dashed,
// selected bright), labels, playhead.
class OnsetLanePainter {
public:
    static void paint(QPainter& painter, const OnsetLaneScene& scene, const QPalette& palette);

private:
    static void drawBackground(QPainter& p, const OnsetLaneScene& scene, const QPalette& palette);
    static void drawFrameGrid(QPainter& p, const OnsetLaneScene& scene);
    static void drawMask(QPainter& p, const OnsetLaneScene& scene);
    static void drawCondition(QPainter& p, const OnsetLaneScene& scene);
    static void drawMarker(QPainter& p, const OnsetLaneScene& scene, const core::Onset& onset, bool selected,
                           bool proposal);
    static void drawMarkers(QPainter& p, const OnsetLaneScene& scene);
    static void drawDenseMarkers(QPainter& p, const OnsetLaneScene& scene);
    static void drawLabels(QPainter& p, const OnsetLaneScene& scene);
    static void drawOverlays(QPainter& p, const OnsetLaneScene& scene, const QPalette& palette);
};

}  // namespace foley::widgets
