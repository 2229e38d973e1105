#pragma once

#include "core/model/IdAllocator.h"
#include "core/model/Take.h"

#include <QObject>

#include <optional>

namespace foley::core {

// Every take the user generated, in creation order, and which one is active (heard and exported).
// Nothing is silently discarded: removing a take is an undoable command and never deletes its
// audio file. Mutators are for commands (core/commands/TakeCommands.h) and the loader only.
class TakeList : public QObject {
    Q_OBJECT

public:
    explicit TakeList(QObject* parent = nullptr);

    const TakeVector& takes() const { return m_takes; }
    int count() const { return static_cast<int>(m_takes.size()); }
    std::optional<Take> take(TakeId id) const;
    int indexOf(TakeId id) const;  // -1 if absent
    TakeId activeTakeId() const { return m_active; }  // kInvalidId when none
    std::optional<Take> activeTake() const { return take(m_active); }
    TakeId allocateId() { return m_ids.next(); }
    // "Take N" with N one past the highest number used so far.
    QString suggestedName() const;

    // --- Mutators: commands and the loader only. ---
    bool insert(const Take& take, int index = -1);  // -1 appends; false on invalid/used id
    bool remove(TakeId id);                         // clears the active id if it was active
    bool update(const Take& take);                  // false if absent
    bool setActiveTakeId(TakeId id);                // kInvalidId or a present id; false otherwise
    bool reset(const TakeVector& takes, TakeId active);  // false (no change) on bad ids

signals:
    void takeAdded(foley::core::TakeId id);
    void takeRemoved(foley::core::TakeId id);
    void takeChanged(foley::core::TakeId id);
    void activeTakeChanged(foley::core::TakeId id);
    void takesReset();

private:
    TakeVector m_takes;
    TakeId m_active = kInvalidId;
    IdAllocator m_ids;
};

}  // namespace foley::core
