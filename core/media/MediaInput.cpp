#include "core/media/MediaInput.h"

#include "core/media/AvError.h"
#include "core/media/FfmpegSetup.h"
#include "core/media/MemoryReader.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace foley::media {
namespace {

const char* kindName(AVMediaType type)
{
    switch (type) {
    case AVMEDIA_TYPE_VIDEO: return "video";
    case AVMEDIA_TYPE_AUDIO: return "audio";
    case AVMEDIA_TYPE_SUBTITLE: return "subtitle";
    default: return "data";
    }
}

bool isAttachedPicture(const AVStream* stream)
{
    return (stream->disposition & AV_DISPOSITION_ATTACHED_PIC) != 0;
}

// Checks what FFmpeg would only report vaguely: missing file, folder, empty file.
Status checkReadableFile(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path file(path);
    const fs::file_status status = fs::status(file, ec);
    if (ec || !fs::exists(status)) return makeError(ErrorCode::MediaOpenFailed, quoted(path) + " does not exist");
    if (fs::is_directory(status)) return makeError(ErrorCode::MediaOpenFailed, quoted(path) + " is a folder, not a media file");
    if (fs::is_regular_file(status) && fs::file_size(file, ec) == 0 && !ec)
        return makeError(ErrorCode::MediaOpenFailed, quoted(path) + " is empty");
    return okStatus();
}

// A file cut short keeps an index (MP4's sample table) that points past its end; demuxers would
// just stop early, so catch it here rather than export half a video.
Status checkIndexWithinFile(AVFormatContext* context, const std::string& path)
{
    const int64_t fileSize = context->pb ? avio_size(context->pb) : -1;
    if (fileSize <= 0) return okStatus();
    for (unsigned s = 0; s < context->nb_streams; ++s) {
        AVStream* stream = context->streams[s];
        const int entries = avformat_index_get_entries_count(stream);
        for (int i = 0; i < entries; ++i) {
            const AVIndexEntry* entry = avformat_index_get_entry(stream, i);
            if (entry && entry->pos + entry->size > fileSize)
                return makeError(ErrorCode::MediaOpenFailed,
                                 quoted(path) + " is truncated: its " + kindName(stream->codecpar->codec_type)
                                     + " data ends before the file's index says (the file was cut short)");
        }
    }
    return okStatus();
}

}  // namespace

MediaInput::MediaInput(InputFormatPtr context, std::string path)
    : m_context(std::move(context))
    , m_path(std::move(path))
{}

Result<MediaInput> MediaInput::open(const std::string& path)
{
    ensureFfmpegSetUp();
    if (Status status = checkReadableFile(path); !status) return status.error();

    return openContext(nullptr, path.c_str(), path);
}

Result<MediaInput> MediaInput::openBuffer(const uint8_t* data, std::size_t sizeBytes, const std::string& name)
{
    ensureFfmpegSetUp();
    if (sizeBytes == 0) return makeError(ErrorCode::MediaOpenFailed, quoted(name) + " is empty");
    std::shared_ptr<MemoryReader> reader = MemoryReader::create(data, sizeBytes);
    AVFormatContext* context = reader ? avformat_alloc_context() : nullptr;
    if (!context) return makeError(ErrorCode::MediaOpenFailed, "out of memory opening " + quoted(name));
    context->pb = reader->io();
    context->flags |= AVFMT_FLAG_CUSTOM_IO;
    Result<MediaInput> input = openContext(context, nullptr, name);
    if (input) input->m_reader = std::move(reader);
    return input;
}

Result<MediaInput> MediaInput::openContext(AVFormatContext* raw, const char* url, const std::string& path)
{
    int ret = avformat_open_input(&raw, url, nullptr, nullptr);
    if (ret < 0) {
        if (ret == AVERROR_INVALIDDATA || ret == AVERROR_EOF)
            return avError(ErrorCode::MediaOpenFailed, quoted(path) + " is not a media file FFmpeg can read, or it is damaged",
                           "avformat_open_input", ret);
        return avError(ErrorCode::MediaOpenFailed, "cannot open " + quoted(path), "avformat_open_input", ret);
    }
    InputFormatPtr context(raw);
    // The "tty" demuxer turns any text into ANSI-art video; a text file is not media for us.
    if (std::strcmp(context->iformat->name, "tty") == 0)
        return makeError(ErrorCode::MediaOpenFailed, quoted(path) + " is a text file, not a media file");
    ret = avformat_find_stream_info(context.get(), nullptr);
    if (ret < 0)
        return avError(ErrorCode::MediaOpenFailed, "cannot read the streams of " + quoted(path), "avformat_find_stream_info", ret);
    if (Status status = checkIndexWithinFile(context.get(), path); !status) return status.error();
    if (context->nb_streams == 0)
        return makeError(ErrorCode::MediaNoStream, quoted(path) + " contains no audio or video streams");
    return MediaInput(std::move(context), path);
}

int MediaInput::bestStream(AVMediaType type) const
{
    const int best = av_find_best_stream(m_context.get(), type, -1, -1, nullptr, 0);
    if (best >= 0 && !isAttachedPicture(stream(best))) return best;
    for (unsigned i = 0; i < m_context->nb_streams; ++i) {
        const AVStream* candidate = m_context->streams[i];
        if (candidate->codecpar->codec_type == type && !isAttachedPicture(candidate)) return static_cast<int>(i);
    }
    return -1;
}

Result<int> MediaInput::requireStream(AVMediaType type, int requestedIndex) const
{
    if (requestedIndex >= 0) {
        if (requestedIndex >= static_cast<int>(m_context->nb_streams))
            return makeError(ErrorCode::InvalidArgument,
                             quoted(m_path) + " has no stream " + std::to_string(requestedIndex));
        if (stream(requestedIndex)->codecpar->codec_type != type)
            return makeError(ErrorCode::MediaNoStream, "stream " + std::to_string(requestedIndex) + " of " + quoted(m_path)
                                                           + " is not " + kindName(type));
        return requestedIndex;
    }
    const int index = bestStream(type);
    if (index >= 0) return index;
    bool onlyCoverArt = false;
    for (unsigned i = 0; i < m_context->nb_streams; ++i)
        onlyCoverArt = onlyCoverArt || (m_context->streams[i]->codecpar->codec_type == type && isAttachedPicture(m_context->streams[i]));
    return makeError(ErrorCode::MediaNoStream, quoted(m_path) + " has no " + kindName(type) + " stream"
                                                   + (onlyCoverArt ? " (only cover art)" : ""));
}

int64_t MediaInput::startTime() const
{
    return m_context->start_time == AV_NOPTS_VALUE ? 0 : m_context->start_time;
}

int64_t MediaInput::originIn(const AVStream* s) const
{
    return av_rescale_q(startTime(), AV_TIME_BASE_Q, s->time_base);
}

double MediaInput::toTimelineSeconds(int64_t timestamp, const AVStream* s) const
{
    return static_cast<double>(timestamp - originIn(s)) * av_q2d(s->time_base);
}

double MediaInput::durationSeconds() const
{
    if (m_context->duration != AV_NOPTS_VALUE && m_context->duration > 0)
        return static_cast<double>(m_context->duration) / AV_TIME_BASE;
    double longest = 0;
    for (unsigned i = 0; i < m_context->nb_streams; ++i) {
        const AVStream* s = m_context->streams[i];
        if (s->duration != AV_NOPTS_VALUE && s->duration > 0)
            longest = std::max(longest, static_cast<double>(s->duration) * av_q2d(s->time_base));
    }
    return longest;
}

Result<CodecContextPtr> MediaInput::openDecoder(int index, int threads) const
{
    const AVStream* s = stream(index);
    const char* codecName = avcodec_get_name(s->codecpar->codec_id);
    const AVCodec* decoder = avcodec_find_decoder(s->codecpar->codec_id);
    if (!decoder)
        return makeError(ErrorCode::MediaUnsupportedCodec,
                         "no decoder for the " + std::string(codecName) + " stream of " + quoted(m_path));
    CodecContextPtr context(avcodec_alloc_context3(decoder));
    if (!context) return makeError(ErrorCode::MediaDecodeFailed, "out of memory opening a decoder for " + quoted(m_path));
    int ret = avcodec_parameters_to_context(context.get(), s->codecpar);
    if (ret < 0)
        return avError(ErrorCode::MediaDecodeFailed, "bad " + std::string(codecName) + " parameters in " + quoted(m_path),
                       "avcodec_parameters_to_context", ret);
    context->pkt_timebase = s->time_base;
    context->thread_count = threads;
    ret = avcodec_open2(context.get(), decoder, nullptr);
    if (ret < 0)
        return avError(ErrorCode::MediaDecodeFailed, "cannot open the " + std::string(codecName) + " decoder for " + quoted(m_path),
                       "avcodec_open2", ret);
    return context;
}

void MediaInput::keepOnly(std::initializer_list<int> indices)
{
    for (unsigned i = 0; i < m_context->nb_streams; ++i) {
        bool keep = false;
        for (int index : indices) keep = keep || index == static_cast<int>(i);
        m_context->streams[i]->discard = keep ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    }
}

}  // namespace foley::media
