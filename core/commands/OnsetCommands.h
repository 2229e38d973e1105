#pragma once

#include "core/commands/CommandIds.h"
#include "core/model/OnsetTrack.h"

#include <QHash>
#include <QUndoCommand>

namespace foley::core {

// Onset edits. Every constructor only reads the track (and may allocate ids); push them with
// Project::push(). A command that would change nothing marks itself obsolete, so push() drops it.

// Adds one onset. An onset with kInvalidId gets a fresh id (see onsetId()).
class AddOnsetCommand : public QUndoCommand {
public:
    AddOnsetCommand(OnsetTrack* track, const Onset& onset, QUndoCommand* parent = nullptr);
    OnsetId onsetId() const { return m_onset.id; }
    void redo() override;
    void undo() override;

private:
    OnsetTrack* m_track;
    Onset m_onset;
};

// Removes onsets (a multi-selection delete is one step). Unknown ids are ignored.
class RemoveOnsetsCommand : public QUndoCommand {
public:
    RemoveOnsetsCommand(OnsetTrack* track, const QList<OnsetId>& ids);
    void redo() override;
    void undo() override;

private:
    OnsetTrack* m_track;
    OnsetSampleTimeList m_removed;
};

// Base of the edits that turn some onsets from `before` into `after` in place (move, strength,
// relabel). Commands of the same kind and the same non-zero gesture id merge: the merged command
// keeps the first `before` and the latest `after` of every onset, and a gesture that ends where it
// started disappears from the stack.
class UpdateOnsetsCommand : public QUndoCommand {
public:
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    const OnsetSampleTimeList& after() const { return m_after; }

protected:
    UpdateOnsetsCommand(OnsetTrack* track, const OnsetSampleTimeList& after, CommandId kind, GestureId gesture);

private:
    void dropUnchanged();

    OnsetTrack* m_track;
    OnsetSampleTimeList m_before;
    OnsetSampleTimeList m_after;
    CommandId m_kind;
    GestureId m_gesture;
};

// Moves onsets to new times (sample frames, clamped to >= 0); a selection moves as one step.
class MoveOnsetsCommand : public UpdateOnsetsCommand {
public:
    MoveOnsetsCommand(OnsetTrack* track, const QHash<OnsetId, SampleTime>& newTimes, GestureId gesture = kInvalidId);
    // Moves every onset in `ids` by `offset` samples (nudge, drag of a selection).
    static MoveOnsetsCommand* byOffset(OnsetTrack* track, const QList<OnsetId>& ids, SampleTime offset,
                                       GestureId gesture = kInvalidId);
};

// Sets strengths (0..1) of onsets; a vertical drag or wheel gesture merges into one step.
class SetOnsetStrengthCommand : public UpdateOnsetsCommand {
public:
    SetOnsetStrengthCommand(OnsetTrack* track, const QHash<OnsetId, double>& strengths, GestureId gesture = kInvalidId);
};

// Gives onsets a label ("" clears it).
class RelabelOnsetsCommand : public UpdateOnsetsCommand {
public:
    RelabelOnsetsCommand(OnsetTrack* track, const QList<OnsetId>& ids, const QString& label);
};

// Makes the onsets use one recording (absolute path) in every take, or, with an empty path, lets each take choose.
class ChooseOnsetRecordingCommand : public UpdateOnsetsCommand {
public:
    ChooseOnsetRecordingCommand(OnsetTrack* track, const QList<OnsetId>& ids, const QString& recording);
};

// Accepts detector proposals as one undo step (a parent command with one AddOnsetCommand each).
// Proposals keep their origin (normally Detected); those with kInvalidId get fresh ids.
class AcceptOnsetProposalsCommand : public QUndoCommand {
public:
    AcceptOnsetProposalsCommand(OnsetTrack* track, const OnsetSampleTimeList& proposals);
    QList<OnsetId> onsetIds() const { return m_ids; }

private:
    QList<OnsetId> m_ids;
};

// Replaces every onset (import of a CSV or Audacity label file). Onsets with kInvalidId get ids.
class ReplaceOnsetsCommand : public QUndoCommand {
public:
    ReplaceOnsetsCommand(OnsetTrack* track, const OnsetSampleTimeList& onsets, const QString& text = {});
    void redo() override;
    void undo() override;

private:
    OnsetTrack* m_track;
    OnsetSampleTimeList m_before;
    OnsetSampleTimeList m_after;
};

}  // namespace foley::core
