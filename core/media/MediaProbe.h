#pragma once

#include "core/media/MediaInfo.h"
#include "core/types/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace foley::media {

// Opens `path` with FFmpeg and describes its container and streams. Paths are UTF-8.
// Fails with MediaOpenFailed (unreadable, not media, truncated beyond repair) or MediaNoStream.
Result<MediaInfo> probeMedia(const std::string& path);
// The same for a file's bytes in memory (MediaInput::openBuffer); `name` stands for the file in messages and
// MediaInfo::path.
Result<MediaInfo> probeMediaBuffer(const uint8_t* data, std::size_t sizeBytes, const std::string& name);

}  // namespace foley::media
