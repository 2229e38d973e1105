#pragma once

namespace foley::core {

// QUndoCommand::id() values: commands of one kind with the same gesture id merge into one step.
enum class CommandId : int {
    NoMerge = -1,
    MoveOnsets = 1000,
    SetOnsetStrength,
    PaintMask,
    SetCaption,
    SetNegativePrompt,
    SetQualityTag,
    EditCaptionSegment,
    ChangeGenerationSettings,
};

}  // namespace foley::core
