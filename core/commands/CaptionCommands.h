#pragma once

#include "core/commands/CommandIds.h"
#include "core/model/CaptionModel.h"

#include <QUndoCommand>

#include <optional>

namespace foley::core {

// Caption edits. Constructors only read the model; push with Project::push(). Typing in a field
// passes one gesture id per editing session so the keystrokes merge into one step.

// Sets the global caption with an explicit origin (an MLLM or detector proposal, a user edit).
class SetCaptionCommand : public QUndoCommand {
public:
    SetCaptionCommand(CaptionModel* model, const Caption& caption, GestureId typing = kInvalidId);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    CaptionModel* m_model;
    Caption m_before;
    Caption m_after;
    GestureId m_typing;
};

// The user edits the caption text: the origin becomes User.
class EditCaptionTextCommand : public SetCaptionCommand {
public:
    EditCaptionTextCommand(CaptionModel* model, const QString& text, GestureId typing = kInvalidId);
};

// Sets the negative prompt or the quality tag.
enum class PromptField { NegativePrompt, QualityTag };

class SetPromptFieldCommand : public QUndoCommand {
public:
    SetPromptFieldCommand(CaptionModel* model, PromptField field, const QString& text, GestureId typing = kInvalidId);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const QString& text);

    CaptionModel* m_model;
    PromptField m_field;
    QString m_before;
    QString m_after;
    GestureId m_typing;
};

// Adds a time-ranged caption segment (kInvalidId gets a fresh id, see segmentId()).
class AddCaptionSegmentCommand : public QUndoCommand {
public:
    AddCaptionSegmentCommand(CaptionModel* model, const CaptionSegment& segment);
    SegmentId segmentId() const { return m_segment.id; }
    void redo() override;
    void undo() override;

private:
    CaptionModel* m_model;
    CaptionSegment m_segment;
};

// What to change in a segment; unset fields stay. A text change makes the origin User.
struct CaptionSegmentEdit {
    std::optional<SampleTime> start;
    std::optional<SampleTime> end;
    std::optional<QString> text;
};

// Edits a segment (its span when dragged, its text when typed); one gesture merges into one step.
class EditCaptionSegmentCommand : public QUndoCommand {
public:
    EditCaptionSegmentCommand(CaptionModel* model, SegmentId id, const CaptionSegmentEdit& edit,
                              GestureId gesture = kInvalidId);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    CaptionModel* m_model;
    CaptionSegment m_before;
    CaptionSegment m_after;
    GestureId m_gesture;
};

// Removes a segment (unknown id: nothing to do).
class RemoveCaptionSegmentCommand : public QUndoCommand {
public:
    RemoveCaptionSegmentCommand(CaptionModel* model, SegmentId id);
    void redo() override;
    void undo() override;

private:
    CaptionModel* m_model;
    CaptionSegment m_segment;
};

}  // namespace foley::core
