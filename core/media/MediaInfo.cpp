#include "core/media/MediaInfo.h"

namespace foley::media {

const char* streamTypeName(StreamType type)
{
    switch (type) {
    case StreamType::Video: return "video";
    case StreamType::Audio: return "audio";
    case StreamType::Subtitle: return "subtitle";
    case StreamType::Data: return "data";
    case StreamType::Attachment: return "attachment";
    case StreamType::Unknown: return "unknown";
    }
    return "unknown";
}

namespace {

std::optional<StreamInfo> streamAt(const std::vector<StreamInfo>& streams, int index)
{
    for (const StreamInfo& stream : streams)
        if (stream.index == index) return stream;
    return std::nullopt;
}

}  // namespace

std::optional<StreamInfo> MediaInfo::bestVideo() const
{
    return streamAt(streams, bestVideoIndex);
}

std::optional<StreamInfo> MediaInfo::bestAudio() const
{
    return streamAt(streams, bestAudioIndex);
}

}  // namespace foley::media
