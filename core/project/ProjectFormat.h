#pragma once

#include <QLatin1String>
#include <QString>

namespace foley::core {

// The .foley envelope: {"format": "foleyforge-project", "version": N, ...} (UTF-8 JSON).
// Version history (every step has a migration in ProjectMigrator and a fixture in tests/core/fixtures):
//   0  early prototype: "video" path, caption as a plain string, onsets as an array of seconds.
//   1  current: see ProjectSerializer.h.
inline constexpr QLatin1String kProjectFormatName("foleyforge-project");
inline constexpr int kProjectFormatVersion = 1;
inline constexpr QLatin1String kProjectFileSuffix("foley");

// Whether `path` names a project file: the one check for it (".foley", any letter case, as file managers on other
// systems may write it).
inline bool isProjectFilePath(const QString& path)
{
    return path.endsWith(QLatin1Char('.') + kProjectFileSuffix, Qt::CaseInsensitive);
}

// `path` with the project suffix added when it lacks it (Save As with a bare name).
inline QString withProjectSuffix(const QString& path)
{
    return isProjectFilePath(path) ? path : path + QLatin1Char('.') + kProjectFileSuffix;
}

}  // namespace foley::core
