#include "app/gui/GenerationController.h"

#include "app/services/GeneratedTake.h"
#include "app/services/InferenceService.h"
#include "app/services/ResourceLocator.h"
#include "core/commands/TakeCommands.h"
#include "core/project/ProjectPaths.h"
#include "core/project/ProjectFormat.h"
#include "widgets/common/PendingEdit.h"
#include "widgets/generation/GenerationPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>

namespace foley::app {

namespace {

constexpr qint64 kMaxSeed = 2147483647;  // the panel's seed range (31 bits)

QString packMessage(const PackStatus& status)
{
    return QString::fromStdString(status.error.message);
}

}  // namespace

GenerationController::GenerationController(widgets::GenerationPanel* panel, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_panel(panel), m_dialogParent(dialogParent), m_service(new InferenceService(this))
{
    connect(m_panel, &widgets::GenerationPanel::generateRequested, this, &GenerationController::generate);
    connect(m_panel, &widgets::GenerationPanel::cancelRequested, this, [this] {
        if (m_current) m_service->cancel(m_current);
        m_panel->setProgress(-1.0, tr("Cancelling…"));
    });
    connect(m_service, &InferenceService::packLoaded, this, &GenerationController::onPackLoaded);
    connect(m_service, &InferenceService::progressed, this, &GenerationController::onProgress);
    connect(m_service, &InferenceService::finished, this, &GenerationController::onFinished);
    connect(m_service, &InferenceService::failed, this, &GenerationController::onFailed);
    m_panel->setEngineAvailable(false, tr("Loading the model pack…"));
    m_service->loadPack(configuredPackFolder());
}

GenerationController::~GenerationController()
{
    shutdown();
}

void GenerationController::cancelAll()
{
    m_service->cancelAll();
}

void GenerationController::shutdown()
{
    m_service->shutdown();
}

QString GenerationController::configuredPackFolder()
{
    const QString chosen = QSettings().value(QLatin1String(kPackSettingsKey)).toString();
    if (!chosen.isEmpty()) return chosen;
    return QDir(ResourceLocator::defaultModelsDir()).filePath(QStringLiteral("default"));
}

const PackStatus& GenerationController::packStatus() const
{
    return m_service->packStatus();
}

void GenerationController::loadPack(const QString& folder)
{
    QSettings().setValue(QLatin1String(kPackSettingsKey), folder);
    m_panel->setEngineAvailable(false, tr("Loading the model pack…"));
    m_service->loadPack(folder);
}

void GenerationController::choosePackFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_dialogParent, tr("Choose a model pack folder (it holds model.json)"), configuredPackFolder());
    if (!folder.isEmpty()) loadPack(folder);
}

void GenerationController::onPackLoaded(const PackStatus& status)
{
    if (m_service->isLoadingPack()) return;  // a newer load is on its way
    if (status.loaded) {
        m_panel->setModelChoices({{tr("%1 %2").arg(status.name, status.version), QString()}});
        m_panel->setEngineAvailable(true);
        emit statusMessage(tr("Model pack %1 %2 loaded.").arg(status.name, status.version));
        return;
    }
    m_panel->setModelChoices({});
    const QString reason = tr("Generation is not available: %1. Choose a model pack in Settings → Model Pack…")
                               .arg(packMessage(status));
    m_panel->setEngineAvailable(false, reason);
    emit statusMessage(reason);
}

void GenerationController::setProject(core::Project* project)
{
    m_project = project;
}

QString GenerationController::takesFolderFor(const core::Project& project)
{
    if (!project.filePath().isEmpty()) return core::ProjectPaths::takesFolder(project.filePath());
    const QFileInfo video(project.mediaReference().path());
    return core::ProjectPaths::takesFolder(video.dir().filePath(core::withProjectSuffix(video.completeBaseName())));
}

void GenerationController::generate(const core::GenerationParameters& parameters)
{
    if (!m_project || m_current) return;
    widgets::commitPendingEdit(m_panel->window());  // a caption still being typed is part of what is generated
    GenerationSnapshot snapshot = snapshotOf(m_project->state());
    snapshot.parameters = parameters;
    if (!parameters.seedLocked) snapshot.parameters.seed = QRandomGenerator::global()->bounded(kMaxSeed);
    if (snapshot.videoPath.isEmpty()) {
        emit statusMessage(tr("Open a video first: the take is generated for its picture and length."));
        return;
    }
    GenerationJob job;
    job.snapshot = snapshot;
    job.outputPath = QDir(takesFolderFor(*m_project)).filePath(takeFileName(snapshot));
    m_current = m_service->submit(job);
    m_pending.insert(m_current, Pending{m_project, snapshot});
    m_panel->setGenerating(true);
}

void GenerationController::onProgress(JobId id, double fraction, int step, int steps)
{
    if (id != m_current) return;
    m_panel->setProgress(fraction, tr("Step %1 of %2").arg(step).arg(steps));
}

void GenerationController::onFinished(const GenerationOutcome& outcome)
{
    const Pending pending = m_pending.take(outcome.id);
    if (outcome.id == m_current) {
        m_current = 0;
        m_panel->setGenerating(false);
    }
    if (!pending.project) return;  // its project was closed: the WAV stays, nothing to add it to
    const core::Take take = takeFromOutcome(pending.snapshot, outcome);
    auto* command = new core::AddTakeCommand(&pending.project->takes(), take);
    const core::TakeId id = command->takeId();
    pending.project->push(command);
    emit statusMessage(tr("New take generated in %1 s (seed %2); %3.")
                           .arg(outcome.report.totalMilliseconds / 1000.0, 0, 'f', 1)
                           .arg(pending.snapshot.parameters.seed)
                           .arg(outcome.retrieval));
    emit takeAdded(id);
}

void GenerationController::onFailed(JobId id, const Error& error)
{
    m_pending.remove(id);
    if (id == m_current) {
        m_current = 0;
        m_panel->setGenerating(false);
    }
    if (error.isCancelled()) emit statusMessage(tr("Generation cancelled."));
    else emit statusMessage(tr("Generation failed: %1").arg(QString::fromStdString(error.message)));
}

}  // namespace foley::app
