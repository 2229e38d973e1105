#pragma once

#include "core/commands/CommandIds.h"
#include "core/model/GenerationSettings.h"
#include "core/model/Ids.h"

#include <QUndoCommand>

namespace foley::core {

// Changes the generation settings to `parameters` (normalized). A slider drag or spin-box
// gesture passes one gesture id so it becomes one undo step.
class ChangeGenerationSettingsCommand : public QUndoCommand {
public:
    ChangeGenerationSettingsCommand(GenerationSettings* settings, const GenerationParameters& parameters,
                                    GestureId gesture = kInvalidId);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    GenerationSettings* m_settings;
    GenerationParameters m_before;
    GenerationParameters m_after;
    GestureId m_gesture;
};

}  // namespace foley::core
