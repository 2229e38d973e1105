#pragma once

#include "core/types/Error.h"

#include <string>

namespace foley::media {

// FFmpeg's text for a negative AVERROR code (what av_err2str gives, usable from C++).
std::string avErrorText(int averror);

// An Error for a failed libav call: `message` is the one line people read (it names the file),
// `detail` keeps the call and FFmpeg's own text for logs.
Error avError(ErrorCode code, std::string message, const char* call, int averror);

// Quotes a path for messages: 'clip 1.mp4'.
std::string quoted(const std::string& path);

}  // namespace foley::media
