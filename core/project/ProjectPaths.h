#pragma once

#include <QString>

namespace foley::core {

// Where a project's files live and how paths are written into it.
class ProjectPaths {
public:
    // "<dir>/<name>.foley.autosave": the crash-recovery copy beside the project.
    static QString autosavePath(const QString& projectFilePath);
    // "<dir>/<name>.takes": the folder that holds the take WAVs of "<dir>/<name>.foley".
    static QString takesFolder(const QString& projectFilePath);

    // How a path is stored in the project file: relative to the project's folder when the file is
    // inside that folder (so a project folder can be moved or shared as a whole), absolute
    // otherwise, and absolute when the project has no file yet. Always with '/' separators.
    static QString toStored(const QString& absolutePath, const QString& projectFilePath);
    // The absolute path for a stored one (relative paths resolve against the project's folder).
    static QString fromStored(const QString& storedPath, const QString& projectFilePath);
};

}  // namespace foley::core
