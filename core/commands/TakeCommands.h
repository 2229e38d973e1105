#pragma once

#include "core/model/TakeList.h"

#include <QUndoCommand>

namespace foley::core {

// Take edits. Generating is not undoable; inserting its result is (the app pushes AddTakeCommand
// on the UI thread when the worker returns). No command deletes a take's audio file.

// Adds a take (kInvalidId gets a fresh id, an empty name gets TakeList::suggestedName()) and, by
// default, makes it the active one.
class AddTakeCommand : public QUndoCommand {
public:
    AddTakeCommand(TakeList* takes, const Take& take, bool makeActive = true);
    TakeId takeId() const { return m_take.id; }
    void redo() override;
    void undo() override;

private:
    TakeList* m_takes;
    Take m_take;
    bool m_makeActive;
    TakeId m_previousActive;
};

// Removes a take from the list (undo puts it back at its place and, if it was active, re-activates
// it). The audio file stays on disk.
class RemoveTakeCommand : public QUndoCommand {
public:
    RemoveTakeCommand(TakeList* takes, TakeId id);
    void redo() override;
    void undo() override;

private:
    TakeList* m_takes;
    Take m_take;
    int m_index = -1;
    bool m_wasActive = false;
};

// Renames a take.
class RenameTakeCommand : public QUndoCommand {
public:
    RenameTakeCommand(TakeList* takes, TakeId id, const QString& name);
    void redo() override;
    void undo() override;

private:
    TakeList* m_takes;
    TakeId m_id;
    QString m_before;
    QString m_after;
};

// Makes a take the active one (kInvalidId: none).
class SetActiveTakeCommand : public QUndoCommand {
public:
    SetActiveTakeCommand(TakeList* takes, TakeId id);
    void redo() override;
    void undo() override;

private:
    TakeList* m_takes;
    TakeId m_before;
    TakeId m_after;
};

}  // namespace foley::core
