#include "core/project/ProjectFile.h"

#include "core/io/AtomicFileWriter.h"
#include "core/project/ProjectMigrator.h"
#include "core/project/ProjectPaths.h"
#include "core/project/ProjectSerializer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace foley::core {

namespace {

constexpr qint64 kMaxProjectBytes = 512LL * 1024 * 1024;

std::string display(const QString& path)
{
    return QDir::toNativeSeparators(path).toStdString();
}

Error withFile(const QString& path, const Error& error)
{
    return makeError(error.code, display(path) + ": " + error.message, error.detail);
}

// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray& bytes, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

}  // namespace

Result<QJsonObject> ProjectFile::parse(const QByteArray& raw, const QString& name)
{
    const QByteArray bytes = raw.startsWith("\xEF\xBB\xBF") ? raw.mid(3) : raw;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, error.offset);
        const std::string reason = bytes.trimmed().isEmpty() ? std::string("the file is empty")
                                                             : error.errorString().toStdString();
        return makeError(ErrorCode::ProjectParseFailed,
                         display(name) + " is not valid JSON: " + reason + " at line " + std::to_string(line)
                             + ", column " + std::to_string(column),
                         "byte offset " + std::to_string(error.offset));
    }
    if (!doc.isObject()) {
        return makeError(ErrorCode::ProjectParseFailed, display(name) + " is not a FoleyForge project (no JSON object)");
    }
    return doc.object();
}

Result<LoadedProject> ProjectFile::load(const QString& path, MediaPolicy policy)
{
    return loadFrom(path, path, policy);
}

Result<LoadedProject> ProjectFile::loadFrom(const QString& file, const QString& projectPath, MediaPolicy policy)
{
    removeLeftoverTempFiles(projectPath);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::ProjectReadFailed, "cannot open " + display(file) + ": " + in.errorString().toStdString());
    }
    if (in.size() > kMaxProjectBytes) {
        return makeError(ErrorCode::ProjectReadFailed, display(file) + " is too large to be a project file");
    }
    const QByteArray bytes = in.readAll();
    auto root = parse(bytes, file);
    if (!root) return root.error();
    auto migrated = ProjectMigrator::migrate(*root);
    if (!migrated) return withFile(file, migrated.error());
    const QString absoluteProject = QFileInfo(projectPath).absoluteFilePath();
    auto state = ProjectSerializer::fromJson(migrated->root, absoluteProject);
    if (!state) return withFile(file, state.error());

    LoadedProject loaded;
    loaded.project = std::make_unique<Project>();
    loaded.sourceVersion = migrated->sourceVersion;
    const Status restored = loaded.project->restoreState(*state);
    if (!restored) return withFile(file, makeError(ErrorCode::ProjectParseFailed, restored.error().message));
    loaded.project->setFilePath(absoluteProject);
    loaded.project->markSaved();
    const Status media = checkMedia(loaded, policy, absoluteProject);
    if (!media) return media.error();
    return loaded;
}

Status ProjectFile::checkMedia(LoadedProject& loaded, MediaPolicy policy, const QString& projectPath)
{
    const MediaReference& media = loaded.project->mediaReference();
    loaded.mediaState = media.checkOnDisk();
    if (loaded.mediaState == MediaState::Missing) {
        const Error error = makeError(ErrorCode::ProjectMediaMissing,
                                      "the video " + display(media.path()) + " used by " + display(projectPath)
                                          + " is missing (moved, renamed or deleted)");
        if (policy == MediaPolicy::RequirePresent) return error;
        loaded.mediaWarning = error;
    } else if (loaded.mediaState == MediaState::Changed) {
        loaded.mediaWarning = makeError(ErrorCode::ProjectMediaChanged,
                                        "the video " + display(media.path())
                                            + " has changed since the project was saved (size or date differs)");
    }
    return okStatus();
}

Status ProjectFile::save(Project& project, const QString& path)
{
    if (path.isEmpty()) return makeError(ErrorCode::InvalidArgument, "no file name given for the project");
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir()) {
        return makeError(ErrorCode::ProjectWriteFailed, "cannot write " + display(absolute) + ": it is a folder");
    }
    const QByteArray bytes = ProjectSerializer::toBytes(project.state(), absolute);
    const Status written = AtomicFileWriter::write(absolute, bytes, ErrorCode::ProjectWriteFailed);
    if (!written) return written;
    const QString previous = project.filePath();
    project.setFilePath(absolute);
    project.markSaved();
    discardAutosave(absolute);
    if (!previous.isEmpty() && previous != absolute) discardAutosave(previous);  // its edits are now saved
    return okStatus();
}

Status ProjectFile::writeAutosave(const Project& project, const QString& projectPath)
{
    const QString path = projectPath.isEmpty() ? project.filePath() : QFileInfo(projectPath).absoluteFilePath();
    if (path.isEmpty()) return makeError(ErrorCode::InvalidArgument, "an untitled project has no autosave location");
    return AtomicFileWriter::write(ProjectPaths::autosavePath(path), ProjectSerializer::toBytes(project.state(), path),
                                   ErrorCode::ProjectWriteFailed);
}

bool ProjectFile::hasNewerAutosave(const QString& projectPath)
{
    const QFileInfo autosave(ProjectPaths::autosavePath(projectPath));
    if (!autosave.isFile()) return false;
    const QFileInfo project(projectPath);
    // A save removes the autosave, so one that is not older than the project holds unsaved edits.
    return !project.exists() || autosave.lastModified() >= project.lastModified();
}

Result<LoadedProject> ProjectFile::recoverAutosave(const QString& projectPath, MediaPolicy policy)
{
    auto loaded = loadFrom(ProjectPaths::autosavePath(projectPath), projectPath, policy);
    if (!loaded) return loaded;
    loaded->recovered = true;
    loaded->project->markRecovered();
    return loaded;
}

int ProjectFile::removeLeftoverTempFiles(const QString& projectPath)
{
    const QFileInfo project(projectPath);
    return AtomicFileWriter::removeLeftoverTempFiles(project.absolutePath())
        + AtomicFileWriter::removeLeftoverTempFiles(ProjectPaths::takesFolder(project.absoluteFilePath()));
}

bool ProjectFile::discardAutosave(const QString& projectPath)
{
    const QString path = ProjectPaths::autosavePath(projectPath);
    return !QFile::exists(path) || QFile::remove(path);
}

}  // namespace foley::core
