#include "widgets/onsets/OnsetSelection.h"

#include "core/model/OnsetTrack.h"

#include <algorithm>

namespace foley::widgets {

OnsetSelection::OnsetSelection(QObject* parent) : QObject(parent) {}

void OnsetSelection::setTrack(const core::OnsetTrack* track)
{
    if (track == m_track) return;  // the editor and the table both pass it
    if (m_track) disconnect(m_track, nullptr, this, nullptr);
    m_track = track;
    if (track) {
        connect(track, &core::OnsetTrack::onsetRemoved, this, [this](core::OnsetId id) {
            if (!m_ids.remove(id)) return;
            if (m_anchor == id) m_anchor = core::kInvalidId;
            emit selectionChanged();
        });
        connect(track, &core::OnsetTrack::onsetsReset, this, &OnsetSelection::dropMissing);
        connect(track, &QObject::destroyed, this, [this] { m_track = nullptr; });
    }
    dropMissing();
}

QList<core::OnsetId> OnsetSelection::sortedIds() const
{
    QList<core::OnsetId> result;
    if (!m_track) {
        result = QList<core::OnsetId>(m_ids.cbegin(), m_ids.cend());
        std::sort(result.begin(), result.end());
        return result;
    }
    for (const auto& onset : m_track->onsets())
        if (m_ids.contains(onset.id)) result.append(onset.id);
    return result;
}

void OnsetSelection::setIds(const QSet<core::OnsetId>& ids, core::OnsetId anchor)
{
    if (ids == m_ids && anchor == m_anchor) return;
    m_ids = ids;
    m_anchor = ids.contains(anchor) ? anchor : core::kInvalidId;
    emit selectionChanged();
}

void OnsetSelection::select(core::OnsetId id)
{
    setIds({id}, id);
}

void OnsetSelection::add(const QSet<core::OnsetId>& ids)
{
    setIds(m_ids | ids, m_anchor);
}

void OnsetSelection::toggle(core::OnsetId id)
{
    QSet<core::OnsetId> next = m_ids;
    if (!next.remove(id)) next.insert(id);
    setIds(next, next.contains(id) ? id : m_anchor);
}

void OnsetSelection::clear()
{
    setIds({});
}

void OnsetSelection::dropMissing()
{
    if (!m_track) return;
    QSet<core::OnsetId> kept;
    for (core::OnsetId id : std::as_const(m_ids))
        if (m_track->contains(id)) kept.insert(id);
    setIds(kept, m_anchor);
}

}  // namespace foley::widgets
