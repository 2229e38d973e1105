#include "core/commands/OnsetCommands.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace foley::core {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("foley::core::OnsetCommands", text, nullptr, n);
}

int indexById(const OnsetSampleTimeList& list, OnsetId id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id) return i;
    }
    return -1;
}

OnsetSampleTimeList withTimes(const OnsetTrack& track, const QHash<OnsetId, SampleTime>& times)
{
    OnsetSampleTimeList result;
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        if (auto o = track.onset(it.key())) {
            o->time = it.value();
            result.append(*o);
        }
    }
    return result;
}

OnsetSampleTimeList withStrengths(const OnsetTrack& track, const QHash<OnsetId, double>& strengths)
{
    OnsetSampleTimeList result;
    for (auto it = strengths.cbegin(); it != strengths.cend(); ++it) {
        if (auto o = track.onset(it.key())) {
            o->strength = it.value();
            result.append(*o);
        }
    }
    return result;
}

// The onsets `ids` names (each once), as `change` leaves them.
template <typename Change>
OnsetSampleTimeList changed(const OnsetTrack& track, const QList<OnsetId>& ids, Change change)
{
    OnsetSampleTimeList result;
    for (OnsetId id : ids) {
        if (auto o = track.onset(id); o && indexById(result, id) < 0) {
            change(*o);
            result.append(*o);
        }
    }
    return result;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

AddOnsetCommand::AddOnsetCommand(OnsetTrack* track, const Onset& onset, QUndoCommand* parent)
    : QUndoCommand(tr("Add onset"), parent), m_track(track), m_onset(onset.normalized())
{
    if (m_onset.id == kInvalidId || m_track->contains(m_onset.id)) m_onset.id = m_track->allocateId();
}

void AddOnsetCommand::redo() { m_track->insert(m_onset); }
void AddOnsetCommand::undo() { m_track->remove(m_onset.id); }

// ---------------------------------------------------------------------------------------------

RemoveOnsetsCommand::RemoveOnsetsCommand(OnsetTrack* track, const QList<OnsetId>& ids) : m_track(track)
{
    for (OnsetId id : ids) {
        if (auto o = track->onset(id); o && indexById(m_removed, id) < 0) m_removed.append(*o);
    }
    setText(tr("Delete %n onset(s)", static_cast<int>(m_removed.size())));
    setObsolete(m_removed.isEmpty());
}

void RemoveOnsetsCommand::redo()
{
    for (const Onset& o : m_removed) m_track->remove(o.id);
}

void RemoveOnsetsCommand::undo()
{
    for (const Onset& o : m_removed) m_track->insert(o);
}

// ---------------------------------------------------------------------------------------------

UpdateOnsetsCommand::UpdateOnsetsCommand(OnsetTrack* track, const OnsetSampleTimeList& after, CommandId kind, GestureId gesture)
    : m_track(track), m_kind(kind), m_gesture(gesture)
{
    for (const Onset& requested : after) {
        const auto current = track->onset(requested.id);
        if (!current || indexById(m_after, requested.id) >= 0) continue;
        m_before.append(*current);
        m_after.append(requested.normalized());
    }
    dropUnchanged();
}

void UpdateOnsetsCommand::dropUnchanged()
{
    for (int i = static_cast<int>(m_after.size()) - 1; i >= 0; --i) {
        if (m_before[i] == m_after[i]) {
            m_before.removeAt(i);
            m_after.removeAt(i);
        }
    }
    setObsolete(m_after.isEmpty());
}

void UpdateOnsetsCommand::redo() { m_track->updateMany(m_after); }
void UpdateOnsetsCommand::undo() { m_track->updateMany(m_before); }

int UpdateOnsetsCommand::id() const
{
    return m_gesture == kInvalidId ? static_cast<int>(CommandId::NoMerge) : static_cast<int>(m_kind);
}

bool UpdateOnsetsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const UpdateOnsetsCommand*>(other);
    if (!next || next->m_kind != m_kind || next->m_gesture != m_gesture || m_gesture == kInvalidId) return false;
    for (int i = 0; i < next->m_after.size(); ++i) {
        const int mine = indexById(m_after, next->m_after[i].id);
        if (mine >= 0) {
            m_after[mine] = next->m_after[i];
        } else {
            m_before.append(next->m_before[i]);
            m_after.append(next->m_after[i]);
        }
    }
    dropUnchanged();
    return true;
}

// ---------------------------------------------------------------------------------------------

MoveOnsetsCommand::MoveOnsetsCommand(OnsetTrack* track, const QHash<OnsetId, SampleTime>& newTimes, GestureId gesture)
    : UpdateOnsetsCommand(track, withTimes(*track, newTimes), CommandId::MoveOnsets, gesture)
{
    setText(tr("Move %n onset(s)", static_cast<int>(after().size())));
}

MoveOnsetsCommand* MoveOnsetsCommand::byOffset(OnsetTrack* track, const QList<OnsetId>& ids, SampleTime offset,
                                               GestureId gesture)
{
    QHash<OnsetId, SampleTime> times;
    for (OnsetId id : ids) {
        if (const auto o = track->onset(id)) times.insert(id, std::max<SampleTime>(0, o->time + offset));
    }
    return new MoveOnsetsCommand(track, times, gesture);
}

SetOnsetStrengthCommand::SetOnsetStrengthCommand(OnsetTrack* track, const QHash<OnsetId, double>& strengths,
                                                 GestureId gesture)
    : UpdateOnsetsCommand(track, withStrengths(*track, strengths), CommandId::SetOnsetStrength, gesture)
{
    setText(tr("Change strength of %n onset(s)", static_cast<int>(after().size())));
}

RelabelOnsetsCommand::RelabelOnsetsCommand(OnsetTrack* track, const QList<OnsetId>& ids, const QString& label)
    : UpdateOnsetsCommand(track, changed(*track, ids, [&](Onset& o) { o.label = label; }), CommandId::NoMerge, kInvalidId)
{
    setText(tr("Label %n onset(s)", static_cast<int>(after().size())));
}

// ---------------------------------------------------------------------------------------------

ChooseOnsetRecordingCommand::ChooseOnsetRecordingCommand(OnsetTrack* track, const QList<OnsetId>& ids, const QString& recording)
    : UpdateOnsetsCommand(track, changed(*track, ids, [&](Onset& o) { o.recording = recording; }), CommandId::NoMerge, kInvalidId)
{
    setText(recording.isEmpty() ? tr("Let takes choose the recording of %n onset(s)", static_cast<int>(after().size()))
                                : tr("Use a recording for %n onset(s)", static_cast<int>(after().size())));
}

// ---------------------------------------------------------------------------------------------

AcceptOnsetProposalsCommand::AcceptOnsetProposalsCommand(OnsetTrack* track, const OnsetSampleTimeList& proposals)
{
    QSet<OnsetId> taken;
    for (const Onset& proposal : proposals) {
        Onset o = proposal;
        if (taken.contains(o.id)) o.id = kInvalidId;  // two proposals with one id: both are kept
        const auto* add = new AddOnsetCommand(track, o, this);
        taken.insert(add->onsetId());
        m_ids.append(add->onsetId());
    }
    setText(tr("Accept %n onset proposal(s)", static_cast<int>(m_ids.size())));
    setObsolete(m_ids.isEmpty());
}

// ---------------------------------------------------------------------------------------------

ReplaceOnsetsCommand::ReplaceOnsetsCommand(OnsetTrack* track, const OnsetSampleTimeList& onsets, const QString& text)
    : QUndoCommand(text.isEmpty() ? tr("Import onsets") : text), m_track(track), m_before(track->onsets())
{
    QSet<OnsetId> taken;
    for (const Onset& onset : onsets) {
        Onset o = onset.normalized();
        if (o.id == kInvalidId || taken.contains(o.id)) o.id = track->allocateId();
        taken.insert(o.id);
        m_after.append(o);
    }
    std::sort(m_after.begin(), m_after.end(),
              [](const Onset& a, const Onset& b) { return a.time != b.time ? a.time < b.time : a.id < b.id; });
    setObsolete(m_after == m_before);
}

void ReplaceOnsetsCommand::redo() { m_track->reset(m_after); }
void ReplaceOnsetsCommand::undo() { m_track->reset(m_before); }

}  // namespace foley::core
