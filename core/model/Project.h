#pragma once

#include "core/model/CaptionModel.h"
#include "core/model/GenerationSettings.h"
#include "core/model/IdAllocator.h"
#include "core/model/MediaReference.h"
#include "core/model/OnsetTrack.h"
#include "core/model/ProjectState.h"
#include "core/model/TakeList.h"
#include "core/model/TemporalMask.h"
#include "core/types/Result.h"

#include <QObject>
#include <QUndoStack>

namespace foley::core {

// One open .foley project: the models, the undo stack and the file it belongs to.
// Lives on the UI thread. Every user edit goes through push() (core/commands); views read the
// models and listen to their signals. The modified state follows the undo stack's clean state.
class Project : public QObject {
    Q_OBJECT

public:
    explicit Project(QObject* parent = nullptr);
    ~Project() override;

    MediaReference& mediaReference() { return m_media; }
    const MediaReference& mediaReference() const { return m_media; }
    CaptionModel& captions() { return m_captions; }
    const CaptionModel& captions() const { return m_captions; }
    OnsetTrack& onsets() { return m_onsets; }
    const OnsetTrack& onsets() const { return m_onsets; }
    TemporalMask& mask() { return m_mask; }
    const TemporalMask& mask() const { return m_mask; }
    GenerationSettings& settings() { return m_settings; }
    const GenerationSettings& settings() const { return m_settings; }
    TakeList& takes() { return m_takes; }
    const TakeList& takes() const { return m_takes; }
    QUndoStack& undoStack() { return *m_undoStack; }
    const QUndoStack& undoStack() const { return *m_undoStack; }

    // Pushes an edit onto the undo stack (redo() runs now) and takes ownership. An empty edit
    // (a command that marked itself obsolete in its constructor) is deleted without touching the
    // stack, so it neither adds a step nor drops the redo history. Returns true if pushed.
    bool push(QUndoCommand* command);
    // A fresh id to tag the commands of one gesture (drag, paint stroke, typing) so they merge.
    GestureId newGestureId() { return m_gestures.next(); }

    // Absolute path of the .foley file; empty for an untitled project.
    const QString& filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    QString displayName() const;  // file name without extension, or "Untitled"

    bool isModified() const;
    // After a successful save: the stack becomes clean and the recovered flag is cleared.
    void markSaved();
    // After restoring from an autosave: modified until the next save, whatever the stack says.
    void markRecovered();

    // Value snapshot of all content (for jobs, the serializer and tests).
    ProjectState state() const;
    // Loader only: replaces all content and clears the undo history. False (and no change) if the
    // state has invalid or duplicate ids.
    Status restoreState(const ProjectState& state);

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void updateModified();
    // The mask's length follows the media duration (its rate stays; the app may change it).
    void conformMaskToMedia();

    MediaReference m_media;
    CaptionModel m_captions;
    OnsetTrack m_onsets;
    TemporalMask m_mask;
    GenerationSettings m_settings;
    TakeList m_takes;
    QUndoStack* m_undoStack;  // child QObject: owns the commands, which point into the models above
    IdAllocator m_gestures;
    QString m_filePath;
    bool m_recovered = false;
    bool m_modified = false;
};

}  // namespace foley::core
