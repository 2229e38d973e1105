#pragma once

#include "core/model/IdAllocator.h"
#include "core/model/Onset.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace foley::core {

// The project's onsets, always sorted by (time, id). Read freely; the mutators are for
// commands and the loader only (the GUI pushes commands, see core/commands/OnsetCommands.h).
class OnsetTrack : public QObject {
    Q_OBJECT

public:
    explicit OnsetTrack(QObject* parent = nullptr);

    const OnsetSampleTimeList& onsets() const { return m_onsets; }  // sorted by (time, id)
    int count() const { return static_cast<int>(m_onsets.size()); }
    bool isEmpty() const { return m_onsets.isEmpty(); }
    bool contains(OnsetId id) const { return m_timeById.contains(id); }
    std::optional<Onset> onset(OnsetId id) const;
    int indexOf(OnsetId id) const;  // position in onsets(), -1 if absent

    // Neighbours for PgUp/PgDn: the first onset strictly after / last strictly before `time`.
    std::optional<Onset> nextAfter(SampleTime time) const;
    std::optional<Onset> previousBefore(SampleTime time) const;
    // Onsets with from <= time < to, in order.
    OnsetSampleTimeList inRange(SampleTime from, SampleTime to) const;

    // A fresh id for a new onset (never reused, even after undo).
    OnsetId allocateId() { return m_ids.next(); }

    // --- Mutators: commands and the loader only. Values are normalized (Onset::normalized). ---
    bool insert(const Onset& onset);        // false if the id is invalid or already used
    bool remove(OnsetId id);                // false if absent
    bool update(const Onset& onset);        // replaces the onset with the same id; false if absent
    bool updateMany(const OnsetSampleTimeList& onsets);  // all-or-nothing: false (and no change) if any id is absent
    bool reset(const OnsetSampleTimeList& onsets);    // replaces everything; false (no change) on invalid/duplicate ids

signals:
    void onsetAdded(foley::core::OnsetId id);
    void onsetRemoved(foley::core::OnsetId id);
    void onsetChanged(foley::core::OnsetId id);  // time, strength, label or origin
    void onsetsReset();

private:
    int lowerBound(SampleTime time, OnsetId id) const;
    void replaceInPlace(const Onset& normalized);

    OnsetSampleTimeList m_onsets;
    QHash<OnsetId, SampleTime> m_timeById;  // id -> time, so an id lookup is a binary search
    IdAllocator m_ids;
};

}  // namespace foley::core
