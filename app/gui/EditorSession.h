#pragma once

#include "core/model/OnsetProposals.h"
#include "core/model/Project.h"
#include "core/timeline/TimelineState.h"
#include "core/types/Result.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace foley::app {

// The open document and its timeline: opening a video or a .foley file, saving, autosave and crash recovery.
// Lives on the UI thread. MainWindow shows what it reports; it never shows dialogs itself.
class EditorSession : public QObject {
    Q_OBJECT
public:
    explicit EditorSession(QObject* parent = nullptr);
    ~EditorSession() override;

    core::Project* project() const { return m_project.get(); }
    core::TimelineState* timeline() { return &m_timeline; }
    // The detector's proposals for the open project (outside its undo history; cleared when another project opens).
    core::OnsetProposals* proposals() { return &m_proposals; }

    // Opens a .foley project (recovering its autosave when `recover`) or a video as a new untitled project.
    // On failure the current project stays open and untouched.
    Status open(const QString& path, bool recoverAutosave = false);
    void newProject();
    Status save();                      // InvalidArgument when untitled: the caller asks for a path
    Status saveAs(const QString& path);
    bool hasNewerAutosave(const QString& projectPath) const;
    QString lastWarning() const { return m_lastWarning; }  // e.g. "the video changed since the last save"

    static constexpr int kAutosaveIntervalMs = 30000;
    // A shorter period for tests that kill the editor between two autosaves (the user's edits since the last one
    // are what a crash may lose).
    void setAutosaveIntervalMs(int intervalMs) { m_autosaveTimer.setInterval(intervalMs); }
    void autosaveNow();  // writes the recovery copy if the project is modified (also on a timer)

signals:
    void projectReplaced(foley::core::Project* project);  // the old one is deleted after this returns
    void saved(const QString& path);
    void autosaveFailed(const QString& message);

private:
    void install(std::unique_ptr<core::Project> project);
    void syncTimelineToMedia();

    std::unique_ptr<core::Project> m_project;
    core::TimelineState m_timeline;
    core::OnsetProposals m_proposals;
    QTimer m_autosaveTimer;
    QString m_lastWarning;
};

}  // namespace foley::app
