#include "core/media/AudioStreamDecoder.h"

#include "core/media/AvError.h"

extern "C" {
#include <libavutil/opt.h>
#include <libavutil/samplefmt.h>
}

#include <algorithm>
#include <cmath>

namespace foley::media {
namespace {

// Gaps between frames shorter than this are timestamp jitter, not missing audio.
constexpr double kGapToleranceSeconds = 0.010;
constexpr int kSilenceChunk = 4096;

bool sameLayout(const AVChannelLayout& a, const AVChannelLayout& b)
{
    return av_channel_layout_compare(&a, &b) == 0;
}

}  // namespace

struct AudioStreamDecoder::Impl {
    const MediaInput* input = nullptr;
    AVStream* stream = nullptr;
    AudioStreamConfig config;
    CodecContextPtr codec;
    FramePtr decoded{av_frame_alloc()};
    FramePtr converted{av_frame_alloc()};
    SwrPtr swr;
    AudioFifoPtr fifo;
    ChannelLayout outLayout;
    AVSampleFormat outFormat = AV_SAMPLE_FMT_FLT;
    int outRate = 0;
    ChannelLayout swrInLayout;
    int swrInRate = 0;
    int swrInFormat = -1;
    bool started = false;
    int64_t skip = 0;
    int64_t produced = 0;
    int64_t nextInputTs = AV_NOPTS_VALUE;
    int64_t damaged = 0;
    int lastConverted = 0;

    Status fail(const char* what, const char* call, int ret) const
    {
        return avError(ErrorCode::MediaDecodeFailed, std::string(what) + " " + quoted(input->path()), call, ret);
    }

    // Writes converted samples, dropping whatever still falls before the origin.
    Status store(uint8_t* const* planes, int count)
    {
        if (skip >= count) {
            skip -= count;
            return okStatus();
        }
        const int offset = static_cast<int>(skip);
        skip = 0;
        const int bytesPerSample = av_get_bytes_per_sample(outFormat) * (config.planar ? 1 : outLayout.channels());
        uint8_t* shifted[AV_NUM_DATA_POINTERS] = {};
        const int planes_count = config.planar ? outLayout.channels() : 1;
        for (int p = 0; p < planes_count; ++p) shifted[p] = planes[p] + offset * bytesPerSample;
        const int ret = av_audio_fifo_write(fifo.get(), reinterpret_cast<void**>(shifted), count - offset);
        if (ret < 0) return fail("out of memory decoding", "av_audio_fifo_write", ret);
        produced += count - offset;
        return okStatus();
    }

    Status writeSilence(int64_t count)
    {
        FramePtr silence(av_frame_alloc());
        silence->format = outFormat;
        silence->nb_samples = kSilenceChunk;
        int ret = av_channel_layout_copy(&silence->ch_layout, outLayout.get());
        if (ret >= 0) ret = av_frame_get_buffer(silence.get(), 0);
        if (ret < 0) return fail("out of memory decoding", "av_frame_get_buffer", ret);
        av_samples_set_silence(silence->extended_data, 0, kSilenceChunk, outLayout.channels(), outFormat);
        while (count > 0) {
            const int chunk = static_cast<int>(std::min<int64_t>(count, kSilenceChunk));
            if (Status status = store(silence->extended_data, chunk); !status) return status;
            count -= chunk;
        }
        return okStatus();
    }

    Status convert(const uint8_t** in, int inCount)
    {
        const int capacity = swr_get_out_samples(swr.get(), inCount);
        if (capacity < 0) return fail("cannot resample the audio of", "swr_get_out_samples", capacity);
        if (converted->nb_samples < capacity) {
            av_frame_unref(converted.get());
            converted->format = outFormat;
            converted->nb_samples = std::max(capacity, kSilenceChunk);
            int ret = av_channel_layout_copy(&converted->ch_layout, outLayout.get());
            if (ret >= 0) ret = av_frame_get_buffer(converted.get(), 0);
            if (ret < 0) return fail("out of memory decoding", "av_frame_get_buffer", ret);
        }
        const int got = swr_convert(swr.get(), converted->extended_data, converted->nb_samples, in, inCount);
        if (got < 0) return fail("cannot resample the audio of", "swr_convert", got);
        lastConverted = got;
        return store(converted->extended_data, got);
    }

    Status drainResampler()
    {
        if (!swr) return okStatus();
        for (;;) {
            if (Status status = convert(nullptr, 0); !status) return status;
            if (lastConverted == 0) return okStatus();
        }
    }

    Status configureResampler(const AVFrame* frame);
    Status placeFrame(const AVFrame* frame);
    Status receiveFrames();
};

Status AudioStreamDecoder::Impl::configureResampler(const AVFrame* frame)
{
    ChannelLayout inLayout;
    if (inLayout.assign(frame->ch_layout) < 0 || inLayout.channels() <= 0)
        return makeError(ErrorCode::MediaDecodeFailed, "unsupported channel layout in " + quoted(input->path()));
    if (swr && sameLayout(*inLayout.get(), *swrInLayout.get()) && swrInRate == frame->sample_rate && swrInFormat == frame->format)
        return okStatus();
    if (Status status = drainResampler(); !status) return status;  // the format changed mid-stream

    SwrContext* raw = nullptr;
    int ret = swr_alloc_set_opts2(&raw, outLayout.get(), outFormat, outRate, inLayout.get(),
                                  static_cast<AVSampleFormat>(frame->format), frame->sample_rate, 0, nullptr);
    SwrPtr context(raw);
    if (ret < 0) return fail("cannot set up resampling for", "swr_alloc_set_opts2", ret);
    // FFmpeg's default mono→stereo is -3 dB per side; a duplicated mono take must keep its level.
    const double monoToStereo[2] = {1.0, 1.0};
    const double stereoToMono[2] = {0.5, 0.5};
    if (inLayout.channels() == 1 && outLayout.channels() == 2) ret = swr_set_matrix(context.get(), monoToStereo, 1);
    if (inLayout.channels() == 2 && outLayout.channels() == 1) ret = swr_set_matrix(context.get(), stereoToMono, 2);
    if (ret >= 0) ret = swr_init(context.get());
    if (ret < 0) return fail("cannot set up resampling for", "swr_init", ret);
    swr = std::move(context);
    if (swrInLayout.assign(*inLayout.get()) < 0) return makeError(ErrorCode::MediaDecodeFailed, "out of memory decoding " + quoted(input->path()));
    swrInRate = frame->sample_rate;
    swrInFormat = frame->format;
    return okStatus();
}

// Keeps the output on the timeline: leading silence or trim for the first frame, silence for later gaps.
Status AudioStreamDecoder::Impl::placeFrame(const AVFrame* frame)
{
    const int64_t ts = frame->best_effort_timestamp;
    if (ts == AV_NOPTS_VALUE) {
        started = true;
        return okStatus();
    }
    const double seconds = input->toTimelineSeconds(ts, stream) - config.originSeconds;
    if (!started) {
        started = true;
        const int64_t start = std::llround(seconds * outRate);
        if (start > 0) return writeSilence(start);
        skip = -start;
    } else if (nextInputTs != AV_NOPTS_VALUE && ts > nextInputTs) {
        const double gap = static_cast<double>(ts - nextInputTs) * av_q2d(stream->time_base);
        if (gap > kGapToleranceSeconds) {
            const int ret = swr_inject_silence(swr.get(), static_cast<int>(std::llround(gap * frame->sample_rate)));
            if (ret < 0) return fail("cannot resample the audio of", "swr_inject_silence", ret);
        }
    }
    nextInputTs = ts + av_rescale_q(frame->nb_samples, AVRational{1, frame->sample_rate}, stream->time_base);
    return okStatus();
}

Status AudioStreamDecoder::Impl::receiveFrames()
{
    for (;;) {
        const int ret = avcodec_receive_frame(codec.get(), decoded.get());
        if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF) return okStatus();
        if (ret == AVERROR_INVALIDDATA) {
            ++damaged;
            continue;
        }
        if (ret < 0) return fail("cannot decode the audio of", "avcodec_receive_frame", ret);
        Status status = configureResampler(decoded.get());
        if (status) status = placeFrame(decoded.get());
        if (status) status = convert(const_cast<const uint8_t**>(reinterpret_cast<uint8_t* const*>(decoded->extended_data)), decoded->nb_samples);
        av_frame_unref(decoded.get());
        if (!status) return status;
    }
}

AudioStreamDecoder::AudioStreamDecoder(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

AudioStreamDecoder::~AudioStreamDecoder() = default;

Result<std::unique_ptr<AudioStreamDecoder>> AudioStreamDecoder::create(const MediaInput& input, int streamIndex,
                                                                       const AudioStreamConfig& config)
{
    auto impl = std::make_unique<Impl>();
    impl->input = &input;
    impl->stream = input.stream(streamIndex);
    impl->config = config;
    Result<CodecContextPtr> codec = input.openDecoder(streamIndex);
    if (!codec) return codec.error();
    impl->codec = std::move(codec).value();

    const AVCodecParameters* par = impl->stream->codecpar;
    impl->outRate = config.sampleRate > 0 ? config.sampleRate : par->sample_rate;
    if (config.channels > 0) {
        impl->outLayout.setDefault(config.channels);
    } else if (impl->outLayout.assign(par->ch_layout) < 0 || impl->outLayout.channels() <= 0) {
        return makeError(ErrorCode::MediaDecodeFailed, "unknown channel layout in " + quoted(input.path()));
    }
    if (impl->outRate <= 0) return makeError(ErrorCode::MediaDecodeFailed, "unknown sample rate in " + quoted(input.path()));
    impl->outFormat = config.planar ? AV_SAMPLE_FMT_FLTP : AV_SAMPLE_FMT_FLT;
    impl->fifo.reset(av_audio_fifo_alloc(impl->outFormat, impl->outLayout.channels(), kSilenceChunk));
    if (!impl->fifo || !impl->decoded || !impl->converted)
        return makeError(ErrorCode::MediaDecodeFailed, "out of memory decoding " + quoted(input.path()));
    return std::unique_ptr<AudioStreamDecoder>(new AudioStreamDecoder(std::move(impl)));
}

Status AudioStreamDecoder::send(const AVPacket* packet)
{
    const int ret = avcodec_send_packet(m_impl->codec.get(), packet);
    if (ret == AVERROR_INVALIDDATA) {
        ++m_impl->damaged;
    } else if (ret < 0 && ret != AVERROR_EOF) {
        return m_impl->fail("cannot decode the audio of", "avcodec_send_packet", ret);
    }
    if (Status status = m_impl->receiveFrames(); !status) return status;
    return packet ? okStatus() : m_impl->drainResampler();
}

AVAudioFifo* AudioStreamDecoder::fifo() const { return m_impl->fifo.get(); }
int AudioStreamDecoder::sampleRate() const { return m_impl->outRate; }
int AudioStreamDecoder::channels() const { return m_impl->outLayout.channels(); }
int64_t AudioStreamDecoder::samplesProduced() const { return m_impl->produced; }
int64_t AudioStreamDecoder::damagedPackets() const { return m_impl->damaged; }

}  // namespace foley::media
