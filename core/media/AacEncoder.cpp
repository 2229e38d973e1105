#include "core/media/AacEncoder.h"

#include "core/media/AvError.h"

namespace foley::media {
namespace {

Error encodeError(const char* call, int ret)
{
    return avError(ErrorCode::MediaEncodeFailed, "cannot encode the audio as AAC", call, ret);
}

}  // namespace

AacEncoder::AacEncoder(CodecContextPtr context, FramePtr frame, int64_t firstSample)
    : m_context(std::move(context))
    , m_frame(std::move(frame))
    , m_samplesSent(firstSample)
{}

AacEncoder::~AacEncoder() = default;

Result<std::unique_ptr<AacEncoder>> AacEncoder::create(const AacEncoderConfig& config)
{
    const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!codec) return makeError(ErrorCode::MediaEncodeFailed, "this FFmpeg build has no AAC encoder");
    CodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context) return makeError(ErrorCode::MediaEncodeFailed, "out of memory creating the AAC encoder");
    context->sample_fmt = AV_SAMPLE_FMT_FLTP;
    context->sample_rate = config.sampleRate;
    context->bit_rate = config.bitRate;
    context->time_base = AVRational{1, config.sampleRate};
    av_channel_layout_default(&context->ch_layout, 2);
    if (config.globalHeader) context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    int ret = avcodec_open2(context.get(), codec, nullptr);
    if (ret < 0) return encodeError("avcodec_open2", ret);
    if (context->frame_size <= 0) return makeError(ErrorCode::MediaEncodeFailed, "the AAC encoder reports no frame size");

    FramePtr frame(av_frame_alloc());
    if (!frame) return makeError(ErrorCode::MediaEncodeFailed, "out of memory creating the AAC encoder");
    frame->format = context->sample_fmt;
    frame->sample_rate = context->sample_rate;
    frame->nb_samples = context->frame_size;
    ret = av_channel_layout_copy(&frame->ch_layout, &context->ch_layout);
    if (ret >= 0) ret = av_frame_get_buffer(frame.get(), 0);
    if (ret < 0) return encodeError("av_frame_get_buffer", ret);
    return std::unique_ptr<AacEncoder>(new AacEncoder(std::move(context), std::move(frame), config.firstSample));
}

Result<float* const*> AacEncoder::beginFrame(int count)
{
    if (count <= 0 || count > m_context->frame_size)
        return makeError(ErrorCode::MediaEncodeFailed, "internal error: AAC frame of " + std::to_string(count) + " samples");
    // The encoder may still hold a reference to the previous frame's buffers.
    const int ret = av_frame_make_writable(m_frame.get());
    if (ret < 0) return encodeError("av_frame_make_writable", ret);
    m_frame->nb_samples = count;
    m_planes[0] = reinterpret_cast<float*>(m_frame->data[0]);
    m_planes[1] = reinterpret_cast<float*>(m_frame->data[1]);
    return static_cast<float* const*>(m_planes);
}

Status AacEncoder::submitFrame(const PacketSink& sink)
{
    m_frame->pts = m_samplesSent;
    const int ret = avcodec_send_frame(m_context.get(), m_frame.get());
    if (ret < 0) return encodeError("avcodec_send_frame", ret);
    m_samplesSent += m_frame->nb_samples;
    m_frame->nb_samples = m_context->frame_size;
    return receivePackets(sink);
}

Status AacEncoder::flush(const PacketSink& sink)
{
    const int ret = avcodec_send_frame(m_context.get(), nullptr);
    if (ret < 0 && ret != AVERROR_EOF) return encodeError("avcodec_send_frame", ret);
    return receivePackets(sink);
}

Status AacEncoder::receivePackets(const PacketSink& sink)
{
    for (;;) {
        const int ret = avcodec_receive_packet(m_context.get(), m_packet.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF) return okStatus();
        if (ret < 0) return encodeError("avcodec_receive_packet", ret);
        Status status = sink(m_packet.get());
        av_packet_unref(m_packet.get());
        if (!status) return status;
    }
}

}  // namespace foley::media
