#pragma once

#include "core/media/MediaInfo.h"
#include "core/types/Result.h"

#include <string>

namespace foley::media {

// Opens `path` with FFmpeg and describes its container and streams. Paths are UTF-8.
// Fails with MediaOpenFailed (unreadable, not media, truncated beyond repair) or MediaNoStream.
Result<MediaInfo> probeMedia(const std::string& path);

}  // namespace foley::media
