#pragma once

#include <functional>
#include <string>

namespace foley::media {

enum class MediaLogLevel { Error, Warning, Info, Debug };

// Receives FFmpeg's own log lines (without the trailing newline). Called from whatever thread FFmpeg logs on.
using MediaLogHandler = std::function<void(MediaLogLevel level, const std::string& line)>;

// FFmpeg prints nothing by default (the CLI and the GUI show their own one-line errors). Installing a handler
// routes FFmpeg's lines at or above `maxLevel` to it (app forwards them to Qt logging); an empty handler
// silences FFmpeg again. Every public core/media entry point applies the default on first use (FfmpegSetup.h).
void setMediaLogHandler(MediaLogHandler handler, MediaLogLevel maxLevel = MediaLogLevel::Warning);

// Applies the quiet default once per process (idempotent, thread-safe).
void ensureMediaLogging();

}  // namespace foley::media
