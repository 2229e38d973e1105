#pragma once

#include "core/commands/CommandIds.h"
#include "core/model/Ids.h"
#include "core/model/TemporalMask.h"

#include <QUndoCommand>

#include <vector>

namespace foley::core {

// Paints mask frames [firstFrame, firstFrame + values.size()) (clipped to the curve, values
// clamped to 0..1). The pencil, the eraser and the range tool all produce this command; every
// command of one stroke (same non-zero gesture id) merges into one undo step.
class PaintMaskCommand : public QUndoCommand {
public:
    PaintMaskCommand(TemporalMask* mask, int firstFrame, const std::vector<float>& values,
                     GestureId stroke = kInvalidId);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    int firstFrame() const { return m_first; }
    int frameCount() const { return static_cast<int>(m_after.size()); }

private:
    TemporalMask* m_mask;
    int m_first = 0;
    std::vector<float> m_before;
    std::vector<float> m_after;
    GestureId m_stroke;
};

}  // namespace foley::core
