#include "core/media/OutputContainer.h"

#include "core/media/AvError.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace foley::media {
namespace {

struct Known {
    const char* extension;
    const char* muxer;
    const char* label;
    bool fastStart;
};

constexpr Known kContainers[] = {
    {".mp4", "mp4", "MP4", true},
    {".m4v", "mp4", "MP4", true},
    {".mov", "mov", "QuickTime (MOV)", true},
    {".mkv", "matroska", "Matroska (MKV)", false},
};

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool accepts(const char* muxer, AVCodecID codec)
{
    const AVOutputFormat* format = av_guess_format(muxer, nullptr, nullptr);
    return format && avformat_query_codec(format, codec, FF_COMPLIANCE_NORMAL) == 1;
}

}  // namespace

Result<OutputContainer> OutputContainer::forPath(const std::string& path)
{
    const std::string extension = lower(std::filesystem::path(path).extension().string());
    for (const Known& known : kContainers)
        if (extension == known.extension) return OutputContainer{known.muxer, known.label, known.fastStart};
    const std::string shown = extension.empty() ? "no extension" : "'" + extension + "'";
    return makeError(ErrorCode::InvalidArgument,
                     "cannot export to " + quoted(path) + ": unsupported file type (" + shown + "); use .mp4, .m4v, .mov or .mkv");
}

Status OutputContainer::checkCodec(int codecId, const std::string& sourcePath) const
{
    const auto codec = static_cast<AVCodecID>(codecId);
    const AVOutputFormat* format = av_guess_format(muxerName.c_str(), nullptr, nullptr);
    if (!format) return makeError(ErrorCode::MediaWriteFailed, "this FFmpeg build cannot write " + label + " files");
    // A negative answer means "unknown": let the muxer decide when the header is written.
    if (avformat_query_codec(format, codec, FF_COMPLIANCE_NORMAL) != 0) return okStatus();
    const std::string name = avcodec_get_name(codec);
    for (const Known& known : kContainers) {
        if (accepts(known.muxer, codec))
            return makeError(ErrorCode::MediaUnsupportedCodec,
                             "the " + name + " video of " + quoted(sourcePath) + " cannot be stored in " + label
                                 + " without re-encoding; export to " + known.extension + " (" + known.label + ") instead");
    }
    return makeError(ErrorCode::MediaUnsupportedCodec,
                     "the " + name + " video of " + quoted(sourcePath) + " cannot be stored in " + label
                         + " or any other supported container without re-encoding");
}

}  // namespace foley::media
