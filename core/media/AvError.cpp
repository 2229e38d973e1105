#include "core/media/AvError.h"

#include "core/types/AtomicFile.h"

#include <cerrno>

extern "C" {
#include <libavutil/error.h>
}

namespace foley::media {

std::string avErrorText(int averror)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {0};
    if (av_strerror(averror, buffer, sizeof(buffer)) < 0) return "error " + std::to_string(averror);
    return buffer;
}

Error avError(ErrorCode code, std::string message, const char* call, int averror)
{
    const std::string text = avErrorText(averror);
    // A full disk (or file-size limit) in FFmpeg's words is "No space left on device" / "File too large": say it the
    // way every writer does.
    const bool diskFull = averror == AVERROR(ENOSPC) || averror == AVERROR(EFBIG) || averror == AVERROR(EDQUOT);
    const std::string shown = diskFull ? AtomicFile::describeWriteError(AVUNERROR(averror)) : text;
    return makeError(code, message + " (" + shown + ")", std::string(call) + ": " + text);
}

std::string quoted(const std::string& path)
{
    return "'" + path + "'";
}

}  // namespace foley::media
