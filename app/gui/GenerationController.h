#pragma once

#include "app/services/InferenceJobs.h"
#include "core/model/Project.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace foley::widgets {
class GenerationPanel;
}

namespace foley::app {

class InferenceService;

// The Generate button's path: the panel's request becomes a value snapshot of the project, a job on the inference
// thread (InferenceService), throttled progress on the panel, and finally one "Add take" undo step that makes the
// new take active. Also loads the model pack (default `<resources>/models/default`, or the folder chosen in
// Settings → Model pack…, remembered in QSettings) off the UI thread; without a usable pack Generate stays disabled
// and says why. A result whose project was closed meanwhile is dropped (its WAV stays on disk).
class GenerationController : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kPackSettingsKey = "generation/modelPack";

    GenerationController(widgets::GenerationPanel* panel, QWidget* dialogParent, QObject* parent = nullptr);
    ~GenerationController() override;

    void setProject(core::Project* project);
    // Loads a pack folder in the background and remembers it as the user's choice.
    void loadPack(const QString& folder);
    // The folder loaded at start: the remembered choice, else the shipped default pack.
    static QString configuredPackFolder();
    void choosePackFolder();  // Settings → Model pack…
    bool isGenerating() const { return m_current != 0; }
    const PackStatus& packStatus() const;
    void cancelAll();
    // Stops every job and the inference thread (window closing).
    void shutdown();

    // Where the takes of `project` are written: "<project>.takes/" beside the project file, or beside the video
    // for an untitled project.
    static QString takesFolderFor(const core::Project& project);

signals:
    void statusMessage(const QString& message);
    void takeAdded(foley::core::TakeId id);

private:
    void generate(const core::GenerationParameters& parameters);
    void onPackLoaded(const PackStatus& status);
    void onProgress(JobId id, double fraction, int step, int steps);
    void onFinished(const GenerationOutcome& outcome);
    void onFailed(JobId id, const Error& error);

    struct Pending {
        QPointer<core::Project> project;
        GenerationSnapshot snapshot;
    };

    widgets::GenerationPanel* m_panel;
    QWidget* m_dialogParent;
    InferenceService* m_service;
    core::Project* m_project = nullptr;
    QHash<JobId, Pending> m_pending;
    JobId m_current = 0;
};

}  // namespace foley::app
