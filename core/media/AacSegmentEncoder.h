#pragma once

#include "core/media/AacEncoder.h"
#include "core/media/ExportAudioMixer.h"
#include "core/media/PacketQueue.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <thread>

namespace foley::media {

// One stretch of the export's audio, encoded by its own AAC encoder on its own thread, so long exports
// use every core (FFmpeg's AAC encoder is single-threaded). Frames from feedStart to feedEnd are encoded;
// only packets with keepStart <= pts < keepEnd are kept. The warm-up before keepStart and the post-roll
// after keepEnd give the encoder (window decisions, psychoacoustics) and the decoder's overlap-add the real
// neighbouring audio, so consecutive segments join seamlessly. All bounds are multiples of the frame size.
struct AudioSegment {
    int64_t feedStart = 0;
    int64_t keepStart = INT64_MIN;
    int64_t keepEnd = INT64_MAX;
    int64_t feedEnd = 0;
    bool last = false;  // not flushed: the caller's thread takes the encoder over and continues at feedEnd
};

class AacSegmentEncoder {
public:
    static Result<std::unique_ptr<AacSegmentEncoder>> create(const AudioBuffer& take, const AacEncoderConfig& config,
                                                             const AudioSegment& segment, const RunControl* control);
    ~AacSegmentEncoder();  // stops the thread early if it is still running
    AacSegmentEncoder(const AacSegmentEncoder&) = delete;
    AacSegmentEncoder& operator=(const AacSegmentEncoder&) = delete;

    void start();
    const AudioSegment& segment() const { return m_segment; }
    // The kept packets, in order; closed when the thread is done.
    PacketQueue& packets() { return m_packets; }
    // Joins the thread; its error (or Cancelled) if it failed.
    Status finish();
    // Last segment, after finish(): the encoder and mixer, positioned at feedEnd.
    std::unique_ptr<AacEncoder> takeEncoder() { return std::move(m_encoder); }
    std::unique_ptr<ExportAudioMixer> takeMixer() { return std::move(m_mixer); }

private:
    AacSegmentEncoder(std::unique_ptr<ExportAudioMixer> mixer, std::unique_ptr<AacEncoder> encoder, const AudioSegment& segment,
                      const RunControl* control);
    void run();
    Status encodeAll();

    std::unique_ptr<ExportAudioMixer> m_mixer;
    std::unique_ptr<AacEncoder> m_encoder;
    AudioSegment m_segment;
    const RunControl* m_control;
    PacketQueue m_packets;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    Status m_status = okStatus();
};

}  // namespace foley::media
