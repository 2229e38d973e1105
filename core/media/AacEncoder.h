#pragma once

#include "core/media/AvPtr.h"
#include "core/types/Result.h"

#include <functional>
#include <memory>

namespace foley::media {

// Receives each encoded packet (time base 1/sampleRate); the callee may take the packet's reference.
using PacketSink = std::function<Status(AVPacket* packet)>;

struct AacEncoderConfig {
    int sampleRate = 48000;
    int64_t bitRate = 192000;
    bool globalHeader = true;  // the container wants the AudioSpecificConfig in extradata (MP4, MOV, MKV)
    int64_t firstSample = 0;   // pts of the first frame (an encoder may start mid-track, see AacSegmentEncoder)
};

// FFmpeg's native AAC encoder, stereo float planar, fed one frame_size block at a time with pts counted
// in samples from 0 (the encoder's 1024-sample priming gives the first packet a negative pts, which the
// muxer turns into an edit list, as ffmpeg does).
class AacEncoder {
public:
    static Result<std::unique_ptr<AacEncoder>> create(const AacEncoderConfig& config);
    ~AacEncoder();
    AacEncoder(const AacEncoder&) = delete;
    AacEncoder& operator=(const AacEncoder&) = delete;

    const AVCodecContext* context() const { return m_context.get(); }
    int frameSize() const { return m_context->frame_size; }
    int64_t samplesSent() const { return m_samplesSent; }

    // Planes (left, right) of a writable frame for `count` ≤ frameSize() samples; only the last may be short.
    Result<float* const*> beginFrame(int count);
    // Encodes the frame filled after beginFrame() and hands out every packet that becomes ready.
    Status submitFrame(const PacketSink& sink);
    // Drains the encoder at the end.
    Status flush(const PacketSink& sink);

private:
    AacEncoder(CodecContextPtr context, FramePtr frame, int64_t firstSample);
    Status receivePackets(const PacketSink& sink);

    CodecContextPtr m_context;
    FramePtr m_frame;
    PacketPtr m_packet{av_packet_alloc()};
    float* m_planes[2] = {nullptr, nullptr};
    int64_t m_samplesSent = 0;
};

}  // namespace foley::media
