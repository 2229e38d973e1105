#include "core/media/VideoFrameReader.h"

#include "core/media/AvError.h"
#include "core/media/DisplayRotation.h"
#include "core/media/MediaInput.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

namespace foley::media {
namespace {

// A frame whose time is within this of the requested start counts as "at" the start.
constexpr double kTimeEpsilon = 1e-6;

std::pair<int, int> outputSize(const VideoFrameOptions& options, int sourceWidth, int sourceHeight)
{
    int width = options.width;
    int height = options.height;
    if (width <= 0 && height <= 0) return {sourceWidth, sourceHeight};
    if (width <= 0) width = std::max(1, static_cast<int>(std::lround(static_cast<double>(sourceWidth) * height / sourceHeight)));
    if (height <= 0) height = std::max(1, static_cast<int>(std::lround(static_cast<double>(sourceHeight) * width / sourceWidth)));
    return {width, height};
}

}  // namespace

struct VideoFrameReader::Impl {
    explicit Impl(MediaInput opened) : input(std::move(opened)) {}

    MediaInput input;
    VideoFrameOptions options;
    int index = -1;
    AVStream* stream = nullptr;
    CodecContextPtr codec;
    SwsPtr sws;
    PacketPtr packet{av_packet_alloc()};
    FramePtr current{av_frame_alloc()};   // rate mode: the candidate frame for the next target time
    FramePtr upcoming{av_frame_alloc()};  // rate mode: the frame after `current`
    bool hasCurrent = false;
    bool hasUpcoming = false;
    bool flushed = false;
    bool finished = false;
    int width = 0;
    int height = 0;
    int64_t frameTicks = 0;  // nominal source frame duration, in stream time base
    int64_t emitted = 0;

    int64_t ticksOf(const AVFrame* frame) const
    {
        const int64_t ts = frame->best_effort_timestamp;
        return ts == AV_NOPTS_VALUE ? input.originIn(stream) : ts;
    }
    // Where a frame stops being shown: its packet duration, else the nominal frame duration.
    int64_t endTicksOf(const AVFrame* frame) const
    {
        const int64_t duration = frame->pkt_duration > 0 ? frame->pkt_duration : frameTicks;
        return ticksOf(frame) + std::max<int64_t>(duration, 1);
    }
    double timeOf(const AVFrame* frame) const { return input.toTimelineSeconds(ticksOf(frame), stream); }

    Result<bool> decodeInto(AVFrame* frame);
    Status feedDecoder();
    Status scale(const AVFrame* source, VideoFrame& out);
    Result<bool> nextEveryFrame(VideoFrame& out);
    Result<bool> nextResampled(VideoFrame& out);
};

// Reads packets of our stream into the decoder until it can return a frame (or the file ends).
Status VideoFrameReader::Impl::feedDecoder()
{
    for (;;) {
        const int ret = av_read_frame(input.context(), packet.get());
        if (ret == AVERROR_EOF) {
            flushed = true;
            const int sent = avcodec_send_packet(codec.get(), nullptr);
            if (sent < 0 && sent != AVERROR_EOF)
                return avError(ErrorCode::MediaDecodeFailed, "cannot decode the video of " + quoted(input.path()), "avcodec_send_packet", sent);
            return okStatus();
        }
        if (ret < 0) return avError(ErrorCode::MediaDecodeFailed, "cannot read " + quoted(input.path()), "av_read_frame", ret);
        if (packet->stream_index != index) {
            av_packet_unref(packet.get());
            continue;
        }
        const int sent = avcodec_send_packet(codec.get(), packet.get());
        av_packet_unref(packet.get());
        // A damaged packet is skipped, as ffmpeg does; the decoder conceals what it can.
        if (sent < 0 && sent != AVERROR_INVALIDDATA)
            return avError(ErrorCode::MediaDecodeFailed, "cannot decode the video of " + quoted(input.path()), "avcodec_send_packet", sent);
        return okStatus();
    }
}

Result<bool> VideoFrameReader::Impl::decodeInto(AVFrame* frame)
{
    for (;;) {
        const int ret = avcodec_receive_frame(codec.get(), frame);
        if (ret >= 0) return true;
        if (ret == AVERROR_EOF) return false;
        if (ret == AVERROR_INVALIDDATA) continue;
        if (ret != AVERROR(EAGAIN))
            return avError(ErrorCode::MediaDecodeFailed, "cannot decode the video of " + quoted(input.path()), "avcodec_receive_frame", ret);
        if (flushed) return false;
        if (Status status = feedDecoder(); !status) return status.error();
    }
}

Status VideoFrameReader::Impl::scale(const AVFrame* source, VideoFrame& out)
{
    const AVPixelFormat target = options.format == PixelFormat::Rgb24 ? AV_PIX_FMT_RGB24 : AV_PIX_FMT_GRAY8;
    sws.reset(sws_getCachedContext(sws.release(), source->width, source->height, static_cast<AVPixelFormat>(source->format),
                                   width, height, target, SWS_BILINEAR, nullptr, nullptr, nullptr));
    if (!sws)
        return makeError(ErrorCode::MediaDecodeFailed, "cannot convert the pictures of " + quoted(input.path()) + " ("
                                                           + std::to_string(source->width) + "x" + std::to_string(source->height) + ")");
    // Honour the source's range and matrix (BT.601/709, limited/full); output is full-range RGB or gray.
    // (For sources that are not YUV swscale answers "not supported" and converts as is: nothing to do.)
    const int colorspace = source->colorspace == AVCOL_SPC_UNSPECIFIED ? SWS_CS_DEFAULT : static_cast<int>(source->colorspace);
    const int* coefficients = sws_getCoefficients(colorspace);
    sws_setColorspaceDetails(sws.get(), coefficients, source->color_range == AVCOL_RANGE_JPEG ? 1 : 0, coefficients, 1, 0,
                             1 << 16, 1 << 16);

    out.width = width;
    out.height = height;
    out.format = options.format;
    out.pixels.resize(static_cast<size_t>(height) * out.stride());
    uint8_t* planes[4] = {out.pixels.data(), nullptr, nullptr, nullptr};
    const int strides[4] = {static_cast<int>(out.stride()), 0, 0, 0};
    const int rows = sws_scale(sws.get(), source->data, source->linesize, 0, source->height, planes, strides);
    if (rows <= 0) return makeError(ErrorCode::MediaDecodeFailed, "cannot convert the pictures of " + quoted(input.path()));
    return okStatus();
}

Result<bool> VideoFrameReader::Impl::nextEveryFrame(VideoFrame& out)
{
    for (;;) {
        Result<bool> got = decodeInto(current.get());
        if (!got || !*got) return got;
        const double time = timeOf(current.get());
        if (time + kTimeEpsilon < options.startSeconds) {
            av_frame_unref(current.get());
            continue;
        }
        Status status = scale(current.get(), out);
        av_frame_unref(current.get());
        if (!status) return status.error();
        out.index = emitted++;
        out.timeSeconds = time;
        return true;
    }
}

// Nearest-timestamp resampling: advance while the following frame is at least as close to the target
// (ties go to the later frame). Compared in integer stream ticks so that exact ties stay exact.
Result<bool> VideoFrameReader::Impl::nextResampled(VideoFrame& out)
{
    const Rational rate = options.frameRate;
    const AVRational period{static_cast<int>(rate.den), static_cast<int>(rate.num)};
    const int64_t target = input.originIn(stream) + std::llround(options.startSeconds / av_q2d(stream->time_base))
        + av_rescale_q(emitted, period, stream->time_base);
    if (!hasCurrent) {
        Result<bool> got = decodeInto(current.get());
        if (!got) return got.error();
        hasCurrent = *got;
        if (!hasCurrent) return false;
    }
    for (;;) {
        if (!hasUpcoming) {
            Result<bool> got = decodeInto(upcoming.get());
            if (!got) return got.error();
            hasUpcoming = *got;
        }
        if (!hasUpcoming) break;
        if (std::llabs(ticksOf(upcoming.get()) - target) > std::llabs(ticksOf(current.get()) - target)) break;
        av_frame_unref(current.get());
        av_frame_move_ref(current.get(), upcoming.get());
        hasUpcoming = false;
    }
    if (!hasUpcoming && target >= endTicksOf(current.get())) return false;
    if (Status status = scale(current.get(), out); !status) return status.error();
    out.timeSeconds = options.startSeconds + static_cast<double>(emitted * rate.den) / static_cast<double>(rate.num);
    out.index = emitted++;
    return true;
}

VideoFrameReader::VideoFrameReader(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

VideoFrameReader::~VideoFrameReader() = default;

Result<std::unique_ptr<VideoFrameReader>> VideoFrameReader::open(const std::string& path, const VideoFrameOptions& options)
{
    if (options.width < 0 || options.height < 0 || (options.frameRate.num != 0 && (options.frameRate.num < 0 || options.frameRate.den <= 0)))
        return makeError(ErrorCode::InvalidArgument, "invalid frame size or rate requested for " + quoted(path));
    Result<MediaInput> opened = MediaInput::open(path);
    if (!opened) return opened.error();
    auto impl = std::make_unique<Impl>(std::move(opened).value());
    Result<int> index = impl->input.requireStream(AVMEDIA_TYPE_VIDEO, options.streamIndex);
    if (!index) return index.error();
    impl->index = *index;
    impl->options = options;
    impl->stream = impl->input.stream(*index);
    impl->input.keepOnly({*index});
    Result<CodecContextPtr> codec = impl->input.openDecoder(*index, 0);
    if (!codec) return codec.error();
    impl->codec = std::move(codec).value();
    const AVCodecParameters* par = impl->stream->codecpar;
    if (par->width <= 0 || par->height <= 0)
        return makeError(ErrorCode::MediaDecodeFailed, "the video of " + quoted(path) + " has no picture size");
    std::tie(impl->width, impl->height) = outputSize(options, par->width, par->height);
    const AVRational fps = impl->stream->avg_frame_rate.num > 0 ? impl->stream->avg_frame_rate : AVRational{25, 1};
    impl->frameTicks = av_rescale_q(1, av_inv_q(fps), impl->stream->time_base);
    if (options.startSeconds > 0) {
        const int64_t target = impl->input.originIn(impl->stream)
            + static_cast<int64_t>(options.startSeconds / av_q2d(impl->stream->time_base));
        // If the seek fails, decoding from the start reaches the same frames.
        av_seek_frame(impl->input.context(), impl->index, target, AVSEEK_FLAG_BACKWARD);
    }
    return std::unique_ptr<VideoFrameReader>(new VideoFrameReader(std::move(impl)));
}

Result<bool> VideoFrameReader::next(VideoFrame& frame)
{
    if (m_impl->finished) return false;
    Result<bool> got = m_impl->options.frameRate.num > 0 ? m_impl->nextResampled(frame) : m_impl->nextEveryFrame(frame);
    if (got && !*got) m_impl->finished = true;
    return got;
}

int VideoFrameReader::outputWidth() const { return m_impl->width; }
int VideoFrameReader::outputHeight() const { return m_impl->height; }
Rational VideoFrameReader::sourceFrameRate() const
{
    const AVRational rate = m_impl->stream->avg_frame_rate.num > 0 ? m_impl->stream->avg_frame_rate : m_impl->stream->r_frame_rate;
    return Rational{rate.num, rate.den};
}
double VideoFrameReader::durationSeconds() const
{
    const AVStream* stream = m_impl->stream;
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        return static_cast<double>(stream->duration) * av_q2d(stream->time_base);
    return m_impl->input.durationSeconds();
}
int VideoFrameReader::rotationDegrees() const { return displayRotationDegrees(m_impl->stream); }

}  // namespace foley::media
