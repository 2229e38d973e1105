#pragma once

#include "core/model/Ids.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace foley::core {
class OnsetTrack;
}

namespace foley::widgets {

// Which onsets are selected, shared by the onset track editor and the onset table so both views select the same
// things. View state, not document state: it is not undoable. Ids that leave the track are dropped.
class OnsetSelection : public QObject {
    Q_OBJECT
public:
    explicit OnsetSelection(QObject* parent = nullptr);

    // Follows `track` so removed onsets leave the selection; nullptr detaches. The onset editor and table set it.
    void setTrack(const core::OnsetTrack* track);

    const QSet<core::OnsetId>& ids() const { return m_ids; }
    bool contains(core::OnsetId id) const { return m_ids.contains(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    int count() const { return static_cast<int>(m_ids.size()); }
    // The selected ids in time order (the order intents carry them in); needs the track.
    QList<core::OnsetId> sortedIds() const;
    // The last onset the user clicked: the anchor of Shift-extension and the target of F2.
    core::OnsetId anchor() const { return m_anchor; }

    void setIds(const QSet<core::OnsetId>& ids, core::OnsetId anchor = core::kInvalidId);
    void select(core::OnsetId id);  // only this one
    void add(const QSet<core::OnsetId>& ids);
    void toggle(core::OnsetId id);
    void clear();

signals:
    void selectionChanged();

private:
    void dropMissing();

    const core::OnsetTrack* m_track = nullptr;
    QSet<core::OnsetId> m_ids;
    core::OnsetId m_anchor = core::kInvalidId;
};

}  // namespace foley::widgets
