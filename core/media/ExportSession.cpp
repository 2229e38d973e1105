#include "core/media/ExportSession.h"

#include "core/media/AvError.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>

namespace foley::media {
namespace {

// How far the audio stays behind the video while both are written (see the class comment).
constexpr double kAudioLagSeconds = 0.5;
constexpr double kProgressStep = 0.005;

bool isContainerOwnedKey(const char* key)
{
    return std::strcmp(key, "major_brand") == 0 || std::strcmp(key, "minor_version") == 0
        || std::strcmp(key, "compatible_brands") == 0 || std::strcmp(key, "encoder") == 0;
}

// Copies metadata except what the muxer writes for itself.
int copyMetadata(AVDictionary** target, const AVDictionary* source)
{
    const AVDictionaryEntry* entry = nullptr;
    while ((entry = av_dict_get(source, "", entry, AV_DICT_IGNORE_SUFFIX))) {
        if (isContainerOwnedKey(entry->key)) continue;
        const int ret = av_dict_set(target, entry->key, entry->value, 0);
        if (ret < 0) return ret;
    }
    return 0;
}

}  // namespace

ExportSession::ExportSession(const ExportRequest& request, const RunControl* control)
    : m_request(request)
    , m_control(control)
{}

ExportSession::~ExportSession() = default;

Error ExportSession::writeError(const char* call, int ret) const
{
    return avError(ErrorCode::MediaWriteFailed, "cannot write " + quoted(m_request.outputPath), call, ret);
}

Status ExportSession::openSource(const OutputContainer& container)
{
    const std::string& path = m_request.videoPath;
    Result<MediaInput> opened = MediaInput::open(path);
    if (!opened) return opened.error();
    m_input.emplace(std::move(opened).value());
    Result<int> video = m_input->requireStream(AVMEDIA_TYPE_VIDEO);
    if (!video) return video.error();
    m_videoIndex = *video;
    const AVStream* stream = m_input->stream(m_videoIndex);
    if (Status status = container.checkCodec(stream->codecpar->codec_id, path); !status) return status;

    if (m_request.originalGain > 0) {
        Result<int> audio = m_input->requireStream(AVMEDIA_TYPE_AUDIO);
        if (!audio) return makeError(ErrorCode::MediaNoStream, "cannot mix in the original audio: " + audio.error().message);
        m_audioIndex = *audio;
    }
    const int64_t origin = timelineOrigin();
    m_videoOffset = av_rescale_q(origin, AV_TIME_BASE_Q, stream->time_base);
    if (m_audioIndex >= 0) {
        const double fromContainerStart = static_cast<double>(origin - m_input->startTime()) / AV_TIME_BASE;
        const AudioStreamConfig config{m_request.sampleRate, 2, true, fromContainerStart};
        Result<std::unique_ptr<AudioStreamDecoder>> decoder = AudioStreamDecoder::create(*m_input, m_audioIndex, config);
        if (!decoder) return decoder.error();
        m_original = std::move(decoder).value();
        m_input->keepOnly({m_videoIndex, m_audioIndex});
    } else {
        m_input->keepOnly({m_videoIndex});
    }
    m_expectedSeconds = stream->duration != AV_NOPTS_VALUE && stream->duration > 0
        ? static_cast<double>(stream->duration) * av_q2d(stream->time_base)
        : m_input->durationSeconds();
    return okStatus();
}

// Where the output's time 0 falls, in AV_TIME_BASE units, chosen as `ffmpeg -c copy` chooses it: the
// container's start time; for formats with timestamp discontinuities (MPEG-TS) the earliest start among
// the streams actually used, when that is later.
int64_t ExportSession::timelineOrigin() const
{
    const AVFormatContext* context = m_input->context();
    const int64_t start = m_input->startTime();
    if (context->start_time == AV_NOPTS_VALUE || !(context->iformat->flags & AVFMT_TS_DISCONT)) return start;
    int64_t used = INT64_MAX;
    for (int index : {m_videoIndex, m_audioIndex}) {
        if (index < 0) continue;
        const AVStream* stream = m_input->stream(index);
        if (stream->start_time != AV_NOPTS_VALUE) used = std::min(used, av_rescale_q(stream->start_time, stream->time_base, AV_TIME_BASE_Q));
    }
    return used != INT64_MAX && used > start ? used : start;
}

Status ExportSession::addVideoStream()
{
    const AVStream* in = m_input->stream(m_videoIndex);
    m_videoOut = avformat_new_stream(m_output.get(), nullptr);
    if (!m_videoOut) return makeError(ErrorCode::MediaWriteFailed, "out of memory writing " + quoted(m_request.outputPath));
    int ret = avcodec_parameters_copy(m_videoOut->codecpar, in->codecpar);
    if (ret < 0) return writeError("avcodec_parameters_copy", ret);
    // The source container's tag may mean nothing in the output container: let the muxer choose.
    m_videoOut->codecpar->codec_tag = 0;
    m_videoOut->time_base = in->time_base;
    m_videoOut->avg_frame_rate = in->avg_frame_rate;
    m_videoOut->r_frame_rate = in->r_frame_rate;
    m_videoOut->sample_aspect_ratio = in->sample_aspect_ratio;
    m_videoOut->disposition = in->disposition & ~AV_DISPOSITION_ATTACHED_PIC;
    // Stream side data carries the display matrix (rotation), HDR metadata and the like.
    for (int i = 0; i < in->nb_side_data; ++i) {
        const AVPacketSideData& side = in->side_data[i];
        uint8_t* copy = av_stream_new_side_data(m_videoOut, side.type, side.size);
        if (!copy) return makeError(ErrorCode::MediaWriteFailed, "out of memory writing " + quoted(m_request.outputPath));
        std::memcpy(copy, side.data, side.size);
    }
    ret = copyMetadata(&m_videoOut->metadata, in->metadata);
    if (ret < 0) return writeError("av_dict_set", ret);
    return okStatus();
}

Status ExportSession::openOutput(const std::string& tempPath, const OutputContainer& container)
{
    AVFormatContext* raw = nullptr;
    int ret = avformat_alloc_output_context2(&raw, nullptr, container.muxerName.c_str(), tempPath.c_str());
    if (ret < 0) return writeError("avformat_alloc_output_context2", ret);
    m_output.reset(raw);
    if (Status status = addVideoStream(); !status) return status;

    AudioTrackConfig audio;
    audio.encoder = {m_request.sampleRate, m_request.audioBitRate, (m_output->oformat->flags & AVFMT_GLOBALHEADER) != 0, 0};
    audio.threads = m_request.encoderThreads > 0 ? m_request.encoderThreads
                                                 : static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    audio.expectedSamples = std::llround(m_expectedSeconds * m_request.sampleRate);
    audio.original = m_original.get();
    audio.originalGain = static_cast<float>(m_request.originalGain);
    Result<std::unique_ptr<AudioTrackWriter>> writer = AudioTrackWriter::create(m_request.audio, audio, m_control);
    if (!writer) return writer.error();
    m_audio = std::move(writer).value();
    m_audioSink = [this](AVPacket* packet) { return writeAudioPacket(packet); };
    m_audioOut = avformat_new_stream(m_output.get(), nullptr);
    if (!m_audioOut) return makeError(ErrorCode::MediaWriteFailed, "out of memory writing " + quoted(m_request.outputPath));
    ret = avcodec_parameters_from_context(m_audioOut->codecpar, m_audio->codecContext());
    if (ret < 0) return writeError("avcodec_parameters_from_context", ret);
    m_audioOut->time_base = m_audio->codecContext()->time_base;
    ret = copyMetadata(&m_output->metadata, m_input->context()->metadata);
    if (ret < 0) return writeError("av_dict_set", ret);

    ret = avio_open(&m_output->pb, tempPath.c_str(), AVIO_FLAG_WRITE);
    if (ret < 0) return writeError("avio_open", ret);
    AVDictionary* rawOptions = nullptr;
    ret = container.fastStart ? av_dict_set(&rawOptions, "movflags", "+faststart", 0) : 0;
    DictionaryPtr options(rawOptions);
    if (ret < 0) return writeError("av_dict_set", ret);
    rawOptions = options.release();
    ret = avformat_write_header(m_output.get(), &rawOptions);
    options.reset(rawOptions);
    if (ret < 0)
        return avError(ErrorCode::MediaWriteFailed, "cannot start writing " + quoted(m_request.outputPath) + " as " + container.label,
                       "avformat_write_header", ret);
    return okStatus();
}

void ExportSession::reportProgress(double seconds)
{
    if (!m_control || m_expectedSeconds <= 0) return;
    const double fraction = std::clamp(seconds / m_expectedSeconds, 0.0, 1.0);
    if (fraction < m_lastProgress + kProgressStep) return;
    m_lastProgress = fraction;
    m_control->report(fraction);
}

// Copies one packet as `ffmpeg -c:v copy` does: leading non-keyframes dropped (undecodable), timestamps
// shifted by the container's start and rescaled, data untouched.
Status ExportSession::copyVideoPacket(AVPacket* packet)
{
    if (!m_seenKeyframe && !(packet->flags & AV_PKT_FLAG_KEY)) return okStatus();
    m_seenKeyframe = true;
    const AVStream* in = m_input->stream(m_videoIndex);
    if (packet->pts != AV_NOPTS_VALUE) packet->pts -= m_videoOffset;
    if (packet->dts != AV_NOPTS_VALUE) packet->dts -= m_videoOffset;
    int64_t duration = packet->duration;
    if (duration <= 0 && in->avg_frame_rate.num > 0) duration = av_rescale_q(1, av_inv_q(in->avg_frame_rate), in->time_base);
    const int64_t start = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
    if (start != AV_NOPTS_VALUE) {
        m_videoStart = std::min(m_videoStart, start);
        m_videoEnd = std::max(m_videoEnd, start + duration);
    }
    if (packet->dts != AV_NOPTS_VALUE) reportProgress(static_cast<double>(packet->dts) * av_q2d(in->time_base));

    av_packet_rescale_ts(packet, in->time_base, m_videoOut->time_base);
    packet->stream_index = m_videoOut->index;
    packet->pos = -1;
    const int ret = av_interleaved_write_frame(m_output.get(), packet);
    if (ret < 0) return writeError("av_interleaved_write_frame", ret);
    ++m_report.videoPackets;
    return okStatus();
}

Status ExportSession::writeAudioPacket(AVPacket* packet)
{
    av_packet_rescale_ts(packet, m_audio->codecContext()->time_base, m_audioOut->time_base);
    packet->stream_index = m_audioOut->index;
    const int ret = av_interleaved_write_frame(m_output.get(), packet);
    if (ret < 0) return writeError("av_interleaved_write_frame", ret);
    ++m_report.audioFrames;
    return okStatus();
}

// Keeps the audio written up to half a second behind the video copied so far.
Status ExportSession::pumpAudio()
{
    const AVRational videoBase = m_input->stream(m_videoIndex)->time_base;
    const int64_t lag = std::llround(kAudioLagSeconds * m_request.sampleRate);
    return m_audio->pump(av_rescale_q(m_videoEnd, videoBase, AVRational{1, m_request.sampleRate}) - lag, m_audioSink);
}

Result<ExportReport> ExportSession::writeTo(const std::string& tempPath, const OutputContainer& container)
{
    if (Status status = openOutput(tempPath, container); !status) return status.error();
    const AVRational videoBase = m_input->stream(m_videoIndex)->time_base;
    const AVRational audioBase{1, m_request.sampleRate};
    PacketPtr packet(av_packet_alloc());
    for (;;) {
        if (cancelled()) return makeError(ErrorCode::Cancelled, "cancelled");
        const int ret = av_read_frame(m_input->context(), packet.get());
        if (ret == AVERROR_EOF) break;
        if (ret < 0) return avError(ErrorCode::MediaDecodeFailed, "cannot read " + quoted(m_request.videoPath), "av_read_frame", ret);
        Status status = okStatus();
        if (packet->stream_index == m_videoIndex) {
            status = copyVideoPacket(packet.get());
            if (status) status = pumpAudio();
        } else if (packet->stream_index == m_audioIndex && m_original) {
            status = m_original->send(packet.get());
            if (status) status = pumpAudio();
        }
        av_packet_unref(packet.get());
        if (!status) return status.error();
    }
    if (m_original) {
        if (Status status = m_original->send(nullptr); !status) return status.error();
        m_audio->originalEnded();
    }
    if (m_report.videoPackets == 0 || m_videoEnd <= 0)
        return makeError(ErrorCode::MediaDecodeFailed, quoted(m_request.videoPath) + " has no video frames to export");
    const int64_t totalSamples = av_rescale_q(m_videoEnd, videoBase, audioBase);
    if (Status status = m_audio->finish(totalSamples, m_audioSink); !status) return status.error();
    if (cancelled()) return makeError(ErrorCode::Cancelled, "cancelled");

    int ret = av_write_trailer(m_output.get());
    if (ret < 0) return writeError("av_write_trailer", ret);
    ret = avio_closep(&m_output->pb);
    if (ret < 0) return writeError("avio_closep", ret);
    m_report.videoDurationSeconds = static_cast<double>(m_videoEnd - std::min(m_videoStart, m_videoEnd)) * av_q2d(videoBase);
    m_report.audioSegments = std::max(1, m_audio->segmentCount());
    m_report.audioDurationSeconds = static_cast<double>(totalSamples) / m_request.sampleRate;
    return m_report;
}

}  // namespace foley::media
