#include "core/media/AvError.h"

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
    return makeError(code, message + " (" + text + ")", std::string(call) + ": " + text);
}

std::string quoted(const std::string& path)
{
    return "'" + path + "'";
}

}  // namespace foley::media
