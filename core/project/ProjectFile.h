#pragma once

#include "core/model/Project.h"
#include "core/types/Result.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace foley::core {

// What load() does when the project's video is not where the project says.
enum class MediaPolicy {
    RequirePresent,  // a missing video is an error (ProjectMediaMissing): the CLI's choice
    AllowMissing,    // load anyway and report it in mediaWarning: the GUI's choice (offer to relink)
};

struct LoadedProject {
    std::unique_ptr<Project> project;  // file path set, undo stack clean (modified if recovered)
    int sourceVersion = 0;             // format version on disk; < current means it was migrated
    MediaState mediaState = MediaState::NoMedia;
    // ProjectMediaChanged (size or time differs: still loaded) or ProjectMediaMissing (AllowMissing):
    // a one-line message naming the video, for the app to show.
    std::optional<Error> mediaWarning;
    bool recovered = false;            // true when read from the autosave
};

// Reads and writes .foley files. Saving is atomic (AtomicFileWriter: temp file in the same folder,
// fsync, rename), so a failed or killed save leaves the previous file as it was. Autosave goes to
// "<file>.autosave" beside the project (ProjectPaths::autosavePath) and is removed by a save.
class ProjectFile {
public:
    // Errors: ProjectReadFailed (cannot open), ProjectParseFailed (not JSON: line/column given; or a
    // bad field), ProjectWrongFormat, ProjectFutureVersion, ProjectMediaMissing (RequirePresent).
    static Result<LoadedProject> load(const QString& path, MediaPolicy policy = MediaPolicy::RequirePresent);

    // Writes `project` to `path` atomically, then sets its file path, marks it saved (clean) and
    // removes the autosave. Paths inside are stored relative to `path` (ProjectPaths::toStored).
    // Error: ProjectWriteFailed naming the file and the system's reason; the old file is untouched.
    static Status save(Project& project, const QString& path);

    // Writes the crash-recovery copy of `project` beside `projectPath` (default: project.filePath()).
    // Does not change the project's clean state. InvalidArgument for an untitled project without a path.
    static Status writeAutosave(const Project& project, const QString& projectPath = {});
    // True when "<projectPath>.autosave" exists and is not older than the project file (or the
    // project file is gone): the app offers recovery on open.
    static bool hasNewerAutosave(const QString& projectPath);
    // Loads the autosave as the project at `projectPath`, marked modified (recovered == true).
    static Result<LoadedProject> recoverAutosave(const QString& projectPath,
                                                 MediaPolicy policy = MediaPolicy::RequirePresent);
    // Removes the autosave (after the user declined recovery). True if none is left.
    static bool discardAutosave(const QString& projectPath);

    // Removes what writers killed mid-write left in the project's folder and takes folder (a save's, an autosave's, a
    // take's or an export's temp file; AtomicFile's naming tells them apart from the user's files). load() and
    // recoverAutosave() call it first. Returns how many files it removed.
    static int removeLeftoverTempFiles(const QString& projectPath);

    // Parses .foley bytes to a JSON object; `name` is used in messages. ProjectParseFailed gives
    // "<name> is not valid JSON: <reason> at line L, column C".
    static Result<QJsonObject> parse(const QByteArray& bytes, const QString& name);

private:
    static Result<LoadedProject> loadFrom(const QString& file, const QString& projectPath, MediaPolicy policy);
    static Status checkMedia(LoadedProject& loaded, MediaPolicy policy, const QString& projectPath);
};

}  // namespace foley::core
