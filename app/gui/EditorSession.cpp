#include "app/gui/EditorSession.h"

#include "app/services/MediaFacts.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectFormat.h"

#include <QFileInfo>

namespace foley::app {

namespace {
bool isProjectFile(const QString& path)
{
    return core::isProjectFilePath(path);
}
}  // namespace

EditorSession::EditorSession(QObject* parent) : QObject(parent), m_project(std::make_unique<core::Project>())
{
    m_autosaveTimer.setInterval(kAutosaveIntervalMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &EditorSession::autosaveNow);
    m_autosaveTimer.start();
}

EditorSession::~EditorSession() = default;

Status EditorSession::open(const QString& path, bool recoverAutosave)
{
    m_lastWarning.clear();
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot open %1: no such file").arg(path).toStdString());
    if (!isProjectFile(path)) {
        auto created = MediaFacts::newProjectForVideo(path);
        if (!created) return created.error();
        install(std::move(created).value());
        return okStatus();
    }
    auto loaded = recoverAutosave ? core::ProjectFile::recoverAutosave(path, core::MediaPolicy::AllowMissing)
                                  : core::ProjectFile::load(path, core::MediaPolicy::AllowMissing);
    if (!loaded) return loaded.error();
    if (loaded->mediaWarning) m_lastWarning = QString::fromStdString(loaded->mediaWarning->message);
    if (loaded->mediaState == core::MediaState::Present || loaded->mediaState == core::MediaState::Changed) {
        if (auto status = MediaFacts::refresh(*loaded->project); !status)
            m_lastWarning = QString::fromStdString(status.error().message);
    }
    install(std::move(loaded->project));
    return okStatus();
}

void EditorSession::newProject()
{
    m_lastWarning.clear();
    install(std::make_unique<core::Project>());
}

Status EditorSession::save()
{
    if (m_project->filePath().isEmpty()) return makeError(ErrorCode::InvalidArgument, "the project has no file name yet");
    return saveAs(m_project->filePath());
}

Status EditorSession::saveAs(const QString& path)
{
    auto status = core::ProjectFile::save(*m_project, path);
    if (status) emit saved(path);
    return status;
}

bool EditorSession::hasNewerAutosave(const QString& projectPath) const
{
    return isProjectFile(projectPath) && core::ProjectFile::hasNewerAutosave(projectPath);
}

void EditorSession::autosaveNow()
{
    if (!m_project->isModified() || m_project->filePath().isEmpty()) return;
    if (auto status = core::ProjectFile::writeAutosave(*m_project); !status)
        emit autosaveFailed(QString::fromStdString(status.error().message));
}

void EditorSession::install(std::unique_ptr<core::Project> project)
{
    std::unique_ptr<core::Project> old = std::move(m_project);
    m_project = std::move(project);
    m_proposals.clear();  // they were the old project's video's
    syncTimelineToMedia();
    emit projectReplaced(m_project.get());
    old.reset();
}

void EditorSession::syncTimelineToMedia()
{
    const auto& media = m_project->mediaReference().description();
    if (media.fps.isValid()) m_timeline.setFrameRate(media.fps);
    m_timeline.setPlayhead(0);
    m_timeline.clearSelection();
    m_timeline.setDuration(media.duration);
    m_timeline.zoomToFit();
}

}  // namespace foley::app
