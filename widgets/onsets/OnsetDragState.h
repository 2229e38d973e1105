#pragma once

#include "core/model/Onset.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>

namespace foley::widgets {

// The onset track editor's pointer gesture in progress: what was grabbed, the values before the gesture, and what
// has been sent so far (intents carry increments, so the app can apply them live as mergeable commands).
struct OnsetDragState {
    enum class Kind {
        None,
        PendingMove,    // pressed on a marker, not yet past the drag distance
        PendingEmpty,   // pressed on empty space: a click seeks, a drag rubber-bands
        Move,           // moving the selection in time
        Strength,       // Alt+vertical drag: strength of the selection
        RubberBand,
        Paint,          // mask tools (the stroke itself lives in MaskStroke)
    };

    Kind kind = Kind::None;
    QPointF pressPos;
    Qt::KeyboardModifiers modifiers;
    core::OnsetId grabbed = core::kInvalidId;
    bool grabbedWasSelected = false;
    core::GestureId gesture = core::kInvalidId;
    QHash<core::OnsetId, core::Onset> originals;  // the dragged onsets as they were at the press
    SampleTime delta = 0;         // Move: total shift shown
    SampleTime sentDelta = 0;     // Move: total shift already requested
    double strengthDelta = 0.0;   // Strength: total change shown
    double sentStrengthDelta = 0.0;
    QRectF rubberBand;
    QSet<core::OnsetId> rubberBase;  // selection kept under an additive (Shift/Ctrl) rubber band

    bool isDragging() const { return kind == Kind::Move || kind == Kind::Strength; }
};

}  // namespace foley::widgets
