#include "core/media/MediaLog.h"

extern "C" {
#include <libavutil/log.h>
}

#include <cstdarg>
#include <mutex>

namespace foley::media {
namespace {

// FFmpeg's log state is process-global, so the handler that receives it is too.
std::mutex g_mutex;
MediaLogHandler g_handler;
int g_maxAvLevel = AV_LOG_QUIET;

int toAvLevel(MediaLogLevel level)
{
    switch (level) {
    case MediaLogLevel::Error: return AV_LOG_ERROR;
    case MediaLogLevel::Warning: return AV_LOG_WARNING;
    case MediaLogLevel::Info: return AV_LOG_INFO;
    case MediaLogLevel::Debug: return AV_LOG_DEBUG;
    }
    return AV_LOG_WARNING;
}

MediaLogLevel fromAvLevel(int level)
{
    if (level <= AV_LOG_ERROR) return MediaLogLevel::Error;
    if (level <= AV_LOG_WARNING) return MediaLogLevel::Warning;
    if (level <= AV_LOG_INFO) return MediaLogLevel::Info;
    return MediaLogLevel::Debug;
}

void forwardLog(void* avcl, int level, const char* format, va_list args)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_handler || level > g_maxAvLevel) return;
    char line[1024];
    int printPrefix = 1;
    av_log_format_line2(avcl, level, format, args, line, sizeof(line), &printPrefix);
    std::string text(line);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    if (!text.empty()) g_handler(fromAvLevel(level), text);
}

std::once_flag g_once;

}  // namespace

void ensureMediaLogging()
{
    std::call_once(g_once, [] {
        av_log_set_callback(&forwardLog);
        av_log_set_level(AV_LOG_QUIET);
    });
}

void setMediaLogHandler(MediaLogHandler handler, MediaLogLevel maxLevel)
{
    ensureMediaLogging();
    std::lock_guard<std::mutex> lock(g_mutex);
    g_handler = std::move(handler);
    g_maxAvLevel = g_handler ? toAvLevel(maxLevel) : AV_LOG_QUIET;
    av_log_set_level(g_maxAvLevel);
}

}  // namespace foley::media
