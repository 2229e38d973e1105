#include "core/media/AacSegmentEncoder.h"

#include <algorithm>
#include <exception>

namespace foley::media {

AacSegmentEncoder::AacSegmentEncoder(std::unique_ptr<ExportAudioMixer> mixer, std::unique_ptr<AacEncoder> encoder,
                                     const AudioSegment& segment, const RunControl* control)
    : m_mixer(std::move(mixer))
    , m_encoder(std::move(encoder))
    , m_segment(segment)
    , m_control(control)
{}

AacSegmentEncoder::~AacSegmentEncoder()
{
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
}

Result<std::unique_ptr<AacSegmentEncoder>> AacSegmentEncoder::create(const AudioBuffer& take, const AacEncoderConfig& config,
                                                                     const AudioSegment& segment, const RunControl* control)
{
    Result<std::unique_ptr<ExportAudioMixer>> mixer = ExportAudioMixer::create(take, config.sampleRate, segment.feedStart);
    if (!mixer) return mixer.error();
    AacEncoderConfig segmentConfig = config;
    segmentConfig.firstSample = segment.feedStart;
    Result<std::unique_ptr<AacEncoder>> encoder = AacEncoder::create(segmentConfig);
    if (!encoder) return encoder.error();
    return std::unique_ptr<AacSegmentEncoder>(
        new AacSegmentEncoder(std::move(mixer).value(), std::move(encoder).value(), segment, control));
}

void AacSegmentEncoder::start()
{
    m_thread = std::thread([this] { run(); });
}

void AacSegmentEncoder::run()
{
    // Nothing may escape a thread (std::terminate); an allocation failure becomes this segment's error.
    try {
        m_status = encodeAll();
    } catch (const std::exception& e) {
        m_status = makeError(ErrorCode::MediaEncodeFailed, "cannot encode the audio", e.what());
    }
    m_packets.close();
}

Status AacSegmentEncoder::encodeAll()
{
    const PacketSink keep = [this](AVPacket* packet) -> Status {
        if (packet->pts < m_segment.keepStart || packet->pts >= m_segment.keepEnd) return okStatus();
        if (!m_packets.push(packet)) return makeError(ErrorCode::MediaEncodeFailed, "out of memory encoding the audio");
        return okStatus();
    };
    const int frameSize = m_encoder->frameSize();
    while (m_mixer->position() < m_segment.feedEnd) {
        if (m_stop || (m_control && m_control->isCancelled())) return makeError(ErrorCode::Cancelled, "cancelled");
        const int count = static_cast<int>(std::min<int64_t>(frameSize, m_segment.feedEnd - m_mixer->position()));
        Result<float* const*> planes = m_encoder->beginFrame(count);
        if (!planes) return planes.error();
        if (Status status = m_mixer->mix(count, *planes); !status) return status;
        if (Status status = m_encoder->submitFrame(keep); !status) return status;
    }
    return m_segment.last ? okStatus() : m_encoder->flush(keep);
}

Status AacSegmentEncoder::finish()
{
    if (m_thread.joinable()) m_thread.join();
    return m_status;
}

}  // namespace foley::media
