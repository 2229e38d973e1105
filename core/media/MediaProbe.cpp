#include "core/media/MediaProbe.h"

#include "core/media/DisplayRotation.h"
#include "core/media/MediaInput.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <cctype>
#include <system_error>

namespace foley::media {
namespace {

StreamType toStreamType(AVMediaType type)
{
    switch (type) {
    case AVMEDIA_TYPE_VIDEO: return StreamType::Video;
    case AVMEDIA_TYPE_AUDIO: return StreamType::Audio;
    case AVMEDIA_TYPE_SUBTITLE: return StreamType::Subtitle;
    case AVMEDIA_TYPE_DATA: return StreamType::Data;
    case AVMEDIA_TYPE_ATTACHMENT: return StreamType::Attachment;
    default: return StreamType::Unknown;
    }
}

Rational toRational(AVRational r)
{
    return Rational{r.num, r.den};
}

// Matroska keeps stream durations only as a "DURATION" tag (HH:MM:SS.fraction), which is where the
// stream ends; the caller subtracts where it starts.
double taggedEnd(const AVStream* stream)
{
    const AVDictionaryEntry* tag = av_dict_get(stream->metadata, "DURATION", nullptr, 0);
    int hours = 0, minutes = 0;
    double seconds = 0;
    if (!tag || std::sscanf(tag->value, "%d:%d:%lf", &hours, &minutes, &seconds) != 3) return 0;
    return hours * 3600.0 + minutes * 60.0 + seconds;
}

void fillVideo(const AVStream* stream, StreamInfo& info)
{
    const AVCodecParameters* par = stream->codecpar;
    info.width = par->width;
    info.height = par->height;
    const AVRational rate = stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
    info.frameRate = toRational(rate).reduced();
    info.frameCount = stream->nb_frames;
    info.rotationDegrees = displayRotationDegrees(stream);
    const char* pixelFormat = av_get_pix_fmt_name(static_cast<AVPixelFormat>(par->format));
    info.pixelFormat = pixelFormat ? pixelFormat : "";
    info.isAttachedPicture = (stream->disposition & AV_DISPOSITION_ATTACHED_PIC) != 0;
}

void fillAudio(const AVStream* stream, StreamInfo& info)
{
    const AVCodecParameters* par = stream->codecpar;
    info.sampleRate = par->sample_rate;
    info.channels = par->ch_layout.nb_channels;
    const char* sampleFormat = av_get_sample_fmt_name(static_cast<AVSampleFormat>(par->format));
    info.sampleFormat = sampleFormat ? sampleFormat : "";
}

StreamInfo describeStream(const MediaInput& input, int index)
{
    const AVStream* stream = input.stream(index);
    StreamInfo info;
    info.index = index;
    info.type = toStreamType(stream->codecpar->codec_type);
    info.codecName = avcodec_get_name(stream->codecpar->codec_id);
    info.timeBase = toRational(stream->time_base);
    if (stream->start_time != AV_NOPTS_VALUE) info.startSeconds = input.toTimelineSeconds(stream->start_time, stream);
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0) {
        info.durationSeconds = static_cast<double>(stream->duration) * av_q2d(stream->time_base);
    } else if (const double end = taggedEnd(stream); end > 0) {
        const double start = stream->start_time != AV_NOPTS_VALUE ? static_cast<double>(stream->start_time) * av_q2d(stream->time_base) : 0;
        info.durationSeconds = std::max(0.0, end - start);
    }
    info.bitRate = stream->codecpar->bit_rate;
    if (info.type == StreamType::Video) fillVideo(stream, info);
    if (info.type == StreamType::Audio) fillAudio(stream, info);
    return info;
}

// Copies FFmpeg's tags with lower-case keys; a key already there keeps its first value (the container's).
void addTags(const AVDictionary* metadata, std::map<std::string, std::string>& tags)
{
    const AVDictionaryEntry* entry = nullptr;
    while ((entry = av_dict_get(metadata, "", entry, AV_DICT_IGNORE_SUFFIX)) != nullptr) {
        std::string key = entry->key;
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        tags.emplace(std::move(key), entry->value);
    }
}

MediaInfo describe(const MediaInput& input, const std::string& path, int64_t sizeBytes)
{
    const AVFormatContext* context = input.context();
    MediaInfo info;
    info.path = path;
    info.formatName = context->iformat->name;
    info.durationSeconds = input.durationSeconds();
    info.sizeBytes = sizeBytes;
    for (unsigned i = 0; i < context->nb_streams; ++i) info.streams.push_back(describeStream(input, static_cast<int>(i)));
    info.bestVideoIndex = input.bestStream(AVMEDIA_TYPE_VIDEO);
    info.bestAudioIndex = input.bestStream(AVMEDIA_TYPE_AUDIO);
    addTags(context->metadata, info.tags);
    if (info.bestAudioIndex >= 0) addTags(context->streams[info.bestAudioIndex]->metadata, info.tags);
    return info;
}

}  // namespace

Result<MediaInfo> probeMedia(const std::string& path)
{
    Result<MediaInput> input = MediaInput::open(path);
    if (!input) return input.error();
    std::error_code ec;
    const auto size = std::filesystem::file_size(std::filesystem::path(path), ec);
    return describe(*input, path, ec ? 0 : static_cast<int64_t>(size));
}

Result<MediaInfo> probeMediaBuffer(const uint8_t* data, std::size_t sizeBytes, const std::string& name)
{
    Result<MediaInput> input = MediaInput::openBuffer(data, sizeBytes, name);
    if (!input) return input.error();
    return describe(*input, name, static_cast<int64_t>(sizeBytes));
}

}  // namespace foley::media
