#pragma once

#include <QLatin1String>

namespace foley::core {

// The .foley envelope: {"format": "foleyforge-project", "version": N, ...} (UTF-8 JSON).
// Version history (every step has a migration in ProjectMigrator and a fixture in tests/core/fixtures):
//   0  early prototype: "video" path, caption as a plain string, onsets as an array of seconds.
//   1  current: see ProjectSerializer.h.
inline constexpr QLatin1String kProjectFormatName("foleyforge-project");
inline constexpr int kProjectFormatVersion = 1;
inline constexpr QLatin1String kProjectFileSuffix("foley");

}  // namespace foley::core
