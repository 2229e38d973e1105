#include "core/commands/CaptionCommands.h"

#include <QCoreApplication>

namespace foley::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("foley::core::CaptionCommands", text);
}

int mergeId(CommandId kind, GestureId gesture)
{
    return gesture == kInvalidId ? static_cast<int>(CommandId::NoMerge) : static_cast<int>(kind);
}

}  // namespace

SetCaptionCommand::SetCaptionCommand(CaptionModel* model, const Caption& caption, GestureId typing)
    : QUndoCommand(tr("Edit caption")), m_model(model), m_before(model->caption()), m_after(caption), m_typing(typing)
{
    setObsolete(m_before == m_after);
}

void SetCaptionCommand::redo() { m_model->setCaption(m_after); }
void SetCaptionCommand::undo() { m_model->setCaption(m_before); }
int SetCaptionCommand::id() const { return mergeId(CommandId::SetCaption, m_typing); }

bool SetCaptionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetCaptionCommand*>(other);
    if (!next || next->m_typing != m_typing || m_typing == kInvalidId) return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

EditCaptionTextCommand::EditCaptionTextCommand(CaptionModel* model, const QString& text, GestureId typing)
    : SetCaptionCommand(model, Caption{text, CaptionOrigin::User}, typing)
{
}

// ---------------------------------------------------------------------------------------------

SetPromptFieldCommand::SetPromptFieldCommand(CaptionModel* model, PromptField field, const QString& text,
                                             GestureId typing)
    : QUndoCommand(field == PromptField::NegativePrompt ? tr("Edit negative prompt") : tr("Edit quality tag")),
      m_model(model), m_field(field),
      m_before(field == PromptField::NegativePrompt ? model->negativePrompt() : model->qualityTag()), m_after(text),
      m_typing(typing)
{
    setObsolete(m_before == m_after);
}

void SetPromptFieldCommand::apply(const QString& text)
{
    if (m_field == PromptField::NegativePrompt) {
        m_model->setNegativePrompt(text);
    } else {
        m_model->setQualityTag(text);
    }
}

void SetPromptFieldCommand::redo() { apply(m_after); }
void SetPromptFieldCommand::undo() { apply(m_before); }

int SetPromptFieldCommand::id() const
{
    return mergeId(m_field == PromptField::NegativePrompt ? CommandId::SetNegativePrompt : CommandId::SetQualityTag,
                   m_typing);
}

bool SetPromptFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetPromptFieldCommand*>(other);
    if (!next || next->m_field != m_field || next->m_typing != m_typing || m_typing == kInvalidId) return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

// ---------------------------------------------------------------------------------------------

AddCaptionSegmentCommand::AddCaptionSegmentCommand(CaptionModel* model, const CaptionSegment& segment)
    : QUndoCommand(tr("Add caption segment")), m_model(model), m_segment(segment.normalized())
{
    if (m_segment.id == kInvalidId || model->indexOfSegment(m_segment.id) >= 0) m_segment.id = model->allocateSegmentId();
}

void AddCaptionSegmentCommand::redo() { m_model->insertSegment(m_segment); }
void AddCaptionSegmentCommand::undo() { m_model->removeSegment(m_segment.id); }

// ---------------------------------------------------------------------------------------------

EditCaptionSegmentCommand::EditCaptionSegmentCommand(CaptionModel* model, SegmentId id, const CaptionSegmentEdit& edit,
                                                     GestureId gesture)
    : QUndoCommand(tr("Edit caption segment")), m_model(model), m_gesture(gesture)
{
    const auto current = model->segment(id);
    if (!current) {
        setObsolete(true);
        return;
    }
    m_before = *current;
    m_after = *current;
    if (edit.start) m_after.start = *edit.start;
    if (edit.end) m_after.end = *edit.end;
    if (edit.text && *edit.text != m_before.text) {
        m_after.text = *edit.text;
        m_after.origin = CaptionOrigin::User;
    }
    m_after = m_after.normalized();
    setObsolete(m_before == m_after);
}

void EditCaptionSegmentCommand::redo() { m_model->updateSegment(m_after); }
void EditCaptionSegmentCommand::undo() { m_model->updateSegment(m_before); }
int EditCaptionSegmentCommand::id() const { return mergeId(CommandId::EditCaptionSegment, m_gesture); }

bool EditCaptionSegmentCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditCaptionSegmentCommand*>(other);
    if (!next || next->m_gesture != m_gesture || m_gesture == kInvalidId || next->m_after.id != m_after.id) return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

// ---------------------------------------------------------------------------------------------

RemoveCaptionSegmentCommand::RemoveCaptionSegmentCommand(CaptionModel* model, SegmentId id)
    : QUndoCommand(tr("Delete caption segment")), m_model(model)
{
    const auto current = model->segment(id);
    if (current) m_segment = *current;
    setObsolete(!current);
}

void RemoveCaptionSegmentCommand::redo() { m_model->removeSegment(m_segment.id); }
void RemoveCaptionSegmentCommand::undo() { m_model->insertSegment(m_segment); }

}  // namespace foley::core
