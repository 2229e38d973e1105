#include "core/media/AudioTrackWriter.h"

#include <algorithm>

namespace foley::media {
namespace {

// Below this, one encoder is fast enough and the plan is not worth its threads.
constexpr double kParallelMinSeconds = 30.0;
// Encoded here once the real end is known (covers the fade and any slack in the declared duration).
constexpr double kTailSeconds = 2.0;
// FFmpeg's AAC encoder adapts its quantiser over the first seconds (a fresh encoder sounds coarser), so a
// segment's encoder starts this long before the segment; its packets before the segment are dropped.
constexpr double kWarmupSeconds = 4.0;
constexpr int64_t kPostrollFrames = 3;

}  // namespace

AudioTrackWriter::AudioTrackWriter(const AudioTrackConfig& config, const RunControl* control)
    : m_config(config)
    , m_control(control)
{}

AudioTrackWriter::~AudioTrackWriter() = default;

Result<std::unique_ptr<AudioTrackWriter>> AudioTrackWriter::create(const AudioBuffer& take, const AudioTrackConfig& config,
                                                                   const RunControl* control)
{
    std::unique_ptr<AudioTrackWriter> writer(new AudioTrackWriter(config, control));
    Result<std::unique_ptr<AacEncoder>> encoder = AacEncoder::create(config.encoder);
    if (!encoder) return encoder.error();
    writer->m_encoder = std::move(encoder).value();
    const double seconds = static_cast<double>(config.expectedSamples) / config.encoder.sampleRate;
    if (config.threads > 1 && !config.original && seconds >= kParallelMinSeconds) {
        if (Status status = writer->planSegments(take); !status) return status.error();
        return writer;
    }
    Result<std::unique_ptr<ExportAudioMixer>> mixer = ExportAudioMixer::create(take, config.encoder.sampleRate);
    if (!mixer) return mixer.error();
    writer->m_mixer = std::move(mixer).value();
    if (config.original) writer->m_mixer->setOriginal(config.original->fifo(), config.originalGain);
    return writer;
}

// Equal segments up to the tail, boundaries on frame multiples; each segment starts warming up a few
// frames early and runs a few frames past its end (see AacSegmentEncoder).
Status AudioTrackWriter::planSegments(const AudioBuffer& take)
{
    const int64_t frame = m_encoder->frameSize();
    const int64_t tailStart = (m_config.expectedSamples - static_cast<int64_t>(kTailSeconds * m_config.encoder.sampleRate)) / frame * frame;
    const int count = m_config.threads;
    const int64_t warmup = (static_cast<int64_t>(kWarmupSeconds * m_config.encoder.sampleRate) + frame - 1) / frame * frame;
    std::vector<int64_t> bounds{0};
    for (int k = 1; k < count; ++k) bounds.push_back(tailStart * k / count / frame * frame);
    bounds.push_back(tailStart);
    for (int k = 0; k < count; ++k) {
        AudioSegment segment;
        segment.feedStart = k == 0 ? 0 : std::max<int64_t>(0, bounds[k] - warmup);
        segment.keepStart = k == 0 ? INT64_MIN : bounds[k];
        segment.last = k == count - 1;
        segment.keepEnd = segment.last ? INT64_MAX : bounds[k + 1];
        segment.feedEnd = segment.last ? bounds[k + 1] : bounds[k + 1] + kPostrollFrames * frame;
        Result<std::unique_ptr<AacSegmentEncoder>> encoder = AacSegmentEncoder::create(take, m_config.encoder, segment, m_control);
        if (!encoder) return encoder.error();
        m_segments.push_back(std::move(encoder).value());
    }
    for (auto& segment : m_segments) segment->start();
    return okStatus();
}

// Passes on the segment threads' packets in order; after the last segment its encoder continues here.
Status AudioTrackWriter::drainSegments(int64_t upToSample, const PacketSink& sink)
{
    const int64_t frame = m_encoder->frameSize();
    while (m_nextSegment < m_segments.size()) {
        AacSegmentEncoder& segment = *m_segments[m_nextSegment];
        AVPacket* packet = segment.packets().waitFront();
        if (!packet) {
            if (Status status = segment.finish(); !status) return status;
            if (segment.segment().last) {
                m_encoder = segment.takeEncoder();
                m_mixer = segment.takeMixer();
            }
            ++m_nextSegment;
            continue;
        }
        if (packet->pts + frame > upToSample) return okStatus();
        Status status = sink(packet);
        segment.packets().pop();
        if (!status) return status;
    }
    return okStatus();
}

Status AudioTrackWriter::encodeFrame(int count, const PacketSink& sink)
{
    Result<float* const*> planes = m_encoder->beginFrame(count);
    if (!planes) return planes.error();
    if (Status status = m_mixer->mix(count, *planes); !status) return status;
    return m_encoder->submitFrame(sink);
}

Status AudioTrackWriter::pump(int64_t upToSample, const PacketSink& sink)
{
    if (Status status = drainSegments(upToSample, sink); !status || m_nextSegment < m_segments.size()) return status;
    const int frame = m_encoder->frameSize();
    while (m_mixer->position() + frame <= upToSample) {
        // Wait for the source's own audio to be demuxed up to here (it arrives interleaved with the video).
        if (m_config.original && !m_originalEnded && av_audio_fifo_size(m_config.original->fifo()) < frame) return okStatus();
        if (Status status = encodeFrame(frame, sink); !status) return status;
    }
    return okStatus();
}

Status AudioTrackWriter::finish(int64_t totalSamples, const PacketSink& sink)
{
    if (!m_segments.empty() && totalSamples < m_segments.back()->segment().feedEnd + m_encoder->frameSize()) {
        m_overshot = true;
        return makeError(ErrorCode::MediaEncodeFailed, "the video is shorter than its container says; the audio plan must be redone");
    }
    if (Status status = drainSegments(INT64_MAX, sink); !status) return status;
    const bool trimmed = m_mixer->takeSamples() > totalSamples
        || (m_config.original && m_config.original->samplesProduced() > totalSamples);
    m_mixer->setEnd(totalSamples, trimmed);
    while (m_mixer->position() < totalSamples) {
        const int count = static_cast<int>(std::min<int64_t>(m_encoder->frameSize(), totalSamples - m_mixer->position()));
        if (Status status = encodeFrame(count, sink); !status) return status;
    }
    return m_encoder->flush(sink);
}

}  // namespace foley::media
