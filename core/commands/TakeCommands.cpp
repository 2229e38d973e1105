#include "core/commands/TakeCommands.h"

#include <QCoreApplication>

namespace foley::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("foley::core::TakeCommands", text);
}

}  // namespace

AddTakeCommand::AddTakeCommand(TakeList* takes, const Take& take, bool makeActive)
    : QUndoCommand(tr("Add take")), m_takes(takes), m_take(take), m_makeActive(makeActive),
      m_previousActive(takes->activeTakeId())
{
    if (m_take.id == kInvalidId || takes->indexOf(m_take.id) >= 0) m_take.id = takes->allocateId();
    if (m_take.name.isEmpty()) m_take.name = takes->suggestedName();
}

void AddTakeCommand::redo()
{
    m_takes->insert(m_take);
    if (m_makeActive) m_takes->setActiveTakeId(m_take.id);
}

void AddTakeCommand::undo()
{
    m_takes->remove(m_take.id);
    m_takes->setActiveTakeId(m_previousActive);
}

// ---------------------------------------------------------------------------------------------

RemoveTakeCommand::RemoveTakeCommand(TakeList* takes, TakeId id)
    : QUndoCommand(tr("Delete take")), m_takes(takes), m_index(takes->indexOf(id))
{
    if (m_index >= 0) {
        m_take = takes->takes().at(m_index);
        m_wasActive = takes->activeTakeId() == id;
        setText(tr("Delete take \"%1\"").arg(m_take.name));
    }
    setObsolete(m_index < 0);
}

void RemoveTakeCommand::redo() { m_takes->remove(m_take.id); }

void RemoveTakeCommand::undo()
{
    m_takes->insert(m_take, m_index);
    if (m_wasActive) m_takes->setActiveTakeId(m_take.id);
}

// ---------------------------------------------------------------------------------------------

RenameTakeCommand::RenameTakeCommand(TakeList* takes, TakeId id, const QString& name)
    : QUndoCommand(tr("Rename take")), m_takes(takes), m_id(id), m_after(name.trimmed())
{
    const auto take = takes->take(id);
    if (take) m_before = take->name;
    setObsolete(!take || m_after.isEmpty() || m_before == m_after);
}

void RenameTakeCommand::redo()
{
    if (auto take = m_takes->take(m_id)) {
        take->name = m_after;
        m_takes->update(*take);
    }
}

void RenameTakeCommand::undo()
{
    if (auto take = m_takes->take(m_id)) {
        take->name = m_before;
        m_takes->update(*take);
    }
}

// ---------------------------------------------------------------------------------------------

SetActiveTakeCommand::SetActiveTakeCommand(TakeList* takes, TakeId id)
    : QUndoCommand(tr("Set active take")), m_takes(takes), m_before(takes->activeTakeId()), m_after(id)
{
    setObsolete(m_before == m_after || (id != kInvalidId && takes->indexOf(id) < 0));
}

void SetActiveTakeCommand::redo() { m_takes->setActiveTakeId(m_after); }
void SetActiveTakeCommand::undo() { m_takes->setActiveTakeId(m_before); }

}  // namespace foley::core
