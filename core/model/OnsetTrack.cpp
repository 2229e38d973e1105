#include "core/model/OnsetTrack.h"

#include <QSet>

#include <algorithm>

namespace foley::core {

namespace {

bool lessThan(const Onset& a, const Onset& b)
{
    return a.time != b.time ? a.time < b.time : a.id < b.id;
}

}  // namespace

OnsetTrack::OnsetTrack(QObject* parent) : QObject(parent) {}

int OnsetTrack::lowerBound(SampleTime time, OnsetId id) const
{
    const auto it = std::lower_bound(m_onsets.cbegin(), m_onsets.cend(), Onset{id, time, 0.0, {}, {}}, lessThan);
    return static_cast<int>(it - m_onsets.cbegin());
}

int OnsetTrack::indexOf(OnsetId id) const
{
    const auto found = m_timeById.constFind(id);
    if (found == m_timeById.cend()) return -1;
    const int index = lowerBound(found.value(), id);
    return (index < count() && m_onsets[index].id == id) ? index : -1;
}

std::optional<Onset> OnsetTrack::onset(OnsetId id) const
{
    const int index = indexOf(id);
    if (index < 0) return std::nullopt;
    return m_onsets[index];
}

std::optional<Onset> OnsetTrack::nextAfter(SampleTime time) const
{
    const auto it = std::upper_bound(m_onsets.cbegin(), m_onsets.cend(), time,
                                     [](SampleTime t, const Onset& o) { return t < o.time; });
    if (it == m_onsets.cend()) return std::nullopt;
    return *it;
}

std::optional<Onset> OnsetTrack::previousBefore(SampleTime time) const
{
    const auto it = std::lower_bound(m_onsets.cbegin(), m_onsets.cend(), time,
                                     [](const Onset& o, SampleTime t) { return o.time < t; });
    if (it == m_onsets.cbegin()) return std::nullopt;
    return *(it - 1);
}

OnsetSampleTimeList OnsetTrack::inRange(SampleTime from, SampleTime to) const
{
    OnsetSampleTimeList result;
    for (int i = lowerBound(from, 0); i < count() && m_onsets[i].time < to; ++i) result.append(m_onsets[i]);
    return result;
}

bool OnsetTrack::insert(const Onset& onset)
{
    if (onset.id == kInvalidId || m_timeById.contains(onset.id)) return false;
    const Onset o = onset.normalized();
    m_onsets.insert(lowerBound(o.time, o.id), o);
    m_timeById.insert(o.id, o.time);
    m_ids.reserve(o.id);
    emit onsetAdded(o.id);
    return true;
}

bool OnsetTrack::remove(OnsetId id)
{
    const int index = indexOf(id);
    if (index < 0) return false;
    m_onsets.removeAt(index);
    m_timeById.remove(id);
    emit onsetRemoved(id);
    return true;
}

void OnsetTrack::replaceInPlace(const Onset& o)
{
    m_onsets.removeAt(indexOf(o.id));
    m_onsets.insert(lowerBound(o.time, o.id), o);
    m_timeById.insert(o.id, o.time);
}

bool OnsetTrack::update(const Onset& onset)
{
    return updateMany(OnsetSampleTimeList{onset});
}

bool OnsetTrack::updateMany(const OnsetSampleTimeList& onsets)
{
    for (const Onset& o : onsets) {
        if (!m_timeById.contains(o.id)) return false;
    }
    QList<OnsetId> changed;
    for (const Onset& o : onsets) {
        const Onset n = o.normalized();
        if (m_onsets[indexOf(n.id)] == n) continue;
        replaceInPlace(n);
        changed.append(n.id);
    }
    for (OnsetId id : changed) emit onsetChanged(id);
    return true;
}

bool OnsetTrack::reset(const OnsetSampleTimeList& onsets)
{
    QSet<OnsetId> seen;
    for (const Onset& o : onsets) {
        if (o.id == kInvalidId || seen.contains(o.id)) return false;
        seen.insert(o.id);
    }
    m_onsets.clear();
    m_timeById.clear();
    for (const Onset& o : onsets) {
        m_onsets.append(o.normalized());
        m_timeById.insert(o.id, m_onsets.last().time);
        m_ids.reserve(o.id);
    }
    std::sort(m_onsets.begin(), m_onsets.end(), lessThan);
    emit onsetsReset();
    return true;
}

}  // namespace foley::core
