#include "core/media/AudioDecoder.h"

#include "core/media/AudioStreamDecoder.h"
#include "core/media/AvError.h"
#include "core/media/MediaInput.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace foley::media {
namespace {

// Seek this much before the requested start so codecs with pre-roll (AAC) are settled at the start.
constexpr double kSeekPrerollSeconds = 0.2;

void seekNear(MediaInput& input, double startSeconds)
{
    AVFormatContext* context = input.context();
    const int64_t origin = context->start_time == AV_NOPTS_VALUE ? 0 : context->start_time;
    const double target = std::max(0.0, startSeconds - kSeekPrerollSeconds);
    const int64_t timestamp = origin + static_cast<int64_t>(target * AV_TIME_BASE);
    // A failed seek is harmless: decoding from the start reaches the same samples, only slower.
    if (av_seek_frame(context, -1, timestamp, AVSEEK_FLAG_BACKWARD) < 0) av_seek_frame(context, -1, origin, AVSEEK_FLAG_BACKWARD);
}

Status drainInto(AVAudioFifo* fifo, int channels, std::vector<float>& out)
{
    const int available = av_audio_fifo_size(fifo);
    if (available <= 0) return okStatus();
    const size_t start = out.size();
    out.resize(start + static_cast<size_t>(available) * static_cast<size_t>(channels));
    void* planes[1] = {out.data() + start};
    const int read = av_audio_fifo_read(fifo, planes, available);
    if (read < 0) return avError(ErrorCode::MediaDecodeFailed, "cannot buffer decoded audio", "av_audio_fifo_read", read);
    out.resize(start + static_cast<size_t>(read) * static_cast<size_t>(channels));
    return okStatus();
}

class ProgressThrottle {
public:
    explicit ProgressThrottle(const RunControl* control) : m_control(control) {}
    void report(double fraction)
    {
        if (!m_control || fraction < m_last + 0.01) return;
        m_last = std::min(fraction, 1.0);
        m_control->report(m_last);
    }

private:
    const RunControl* m_control;
    double m_last = 0;
};

}  // namespace

Result<AudioBuffer> decodeAudio(const std::string& path, const AudioDecodeOptions& options, const RunControl* control)
{
    Result<MediaInput> opened = MediaInput::open(path);
    if (!opened) return opened.error();
    MediaInput& input = *opened;
    Result<int> index = input.requireStream(AVMEDIA_TYPE_AUDIO, options.streamIndex);
    if (!index) return index.error();
    input.keepOnly({*index});
    if (options.startSeconds > 0) seekNear(input, options.startSeconds);

    const AudioStreamConfig config{options.sampleRate, options.channels, false, options.startSeconds};
    Result<std::unique_ptr<AudioStreamDecoder>> created = AudioStreamDecoder::create(input, *index, config);
    if (!created) return created.error();
    AudioStreamDecoder& decoder = **created;
    const int rate = decoder.sampleRate();
    const int channels = decoder.channels();

    const double total = input.durationSeconds() - options.startSeconds;
    const double span = options.maxSeconds > 0 ? options.maxSeconds : std::max(total, 0.0);
    const int64_t maxFrames = options.maxSeconds > 0 ? std::llround(options.maxSeconds * rate) : -1;
    std::vector<float> samples;
    samples.reserve(static_cast<size_t>(std::llround(span * rate + rate)) * static_cast<size_t>(channels));

    const AVStream* stream = input.stream(*index);
    PacketPtr packet(av_packet_alloc());
    ProgressThrottle progress(control);
    for (;;) {
        if (control && control->isCancelled()) return makeError(ErrorCode::Cancelled, "cancelled");
        if (maxFrames >= 0 && decoder.samplesProduced() >= maxFrames) break;
        const int ret = av_read_frame(input.context(), packet.get());
        if (ret == AVERROR_EOF) break;
        if (ret < 0) return avError(ErrorCode::MediaDecodeFailed, "cannot read " + quoted(path), "av_read_frame", ret);
        if (packet->stream_index == *index) {
            if (packet->pts != AV_NOPTS_VALUE && span > 0)
                progress.report((input.toTimelineSeconds(packet->pts, stream) - options.startSeconds) / span);
            Status status = decoder.send(packet.get());
            if (status) status = drainInto(decoder.fifo(), channels, samples);
            if (!status) return status.error();
        }
        av_packet_unref(packet.get());
    }
    Status flushed = decoder.send(nullptr);
    if (flushed) flushed = drainInto(decoder.fifo(), channels, samples);
    if (!flushed) return flushed.error();

    if (samples.empty() && decoder.damagedPackets() > 0)
        return makeError(ErrorCode::MediaDecodeFailed, "the audio of " + quoted(path) + " is damaged: no packet could be decoded");
    if (maxFrames >= 0 && static_cast<int64_t>(samples.size()) > maxFrames * channels)
        samples.resize(static_cast<size_t>(maxFrames * channels));
    if (control) control->report(1.0);
    return AudioBuffer(std::move(samples), rate, channels);
}

}  // namespace foley::media
