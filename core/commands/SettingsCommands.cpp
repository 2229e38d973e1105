#include "core/commands/SettingsCommands.h"

#include <QCoreApplication>

namespace foley::core {

ChangeGenerationSettingsCommand::ChangeGenerationSettingsCommand(GenerationSettings* settings,
                                                                 const GenerationParameters& parameters,
                                                                 GestureId gesture)
    : QUndoCommand(QCoreApplication::translate("foley::core::SettingsCommands", "Change generation settings")),
      m_settings(settings), m_before(settings->parameters()), m_after(parameters.normalized()), m_gesture(gesture)
{
    setObsolete(m_before == m_after);
}

void ChangeGenerationSettingsCommand::redo() { m_settings->setParameters(m_after); }
void ChangeGenerationSettingsCommand::undo() { m_settings->setParameters(m_before); }

int ChangeGenerationSettingsCommand::id() const
{
    return m_gesture == kInvalidId ? static_cast<int>(CommandId::NoMerge)
                                   : static_cast<int>(CommandId::ChangeGenerationSettings);
}

bool ChangeGenerationSettingsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const ChangeGenerationSettingsCommand*>(other);
    if (!next || next->m_gesture != m_gesture || m_gesture == kInvalidId) return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

}  // namespace foley::core
