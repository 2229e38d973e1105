#pragma once

#include "core/media/AvPtr.h"
#include "core/media/MediaInput.h"
#include "core/types/Result.h"

#include <memory>

namespace foley::media {

struct AudioStreamConfig {
    int sampleRate = 0;        // output rate; 0 = the stream's rate
    int channels = 0;          // output channels; 0 = the stream's layout (mono → stereo duplicates, stereo → mono averages)
    bool planar = false;       // output AV_SAMPLE_FMT_FLTP instead of interleaved AV_SAMPLE_FMT_FLT
    double originSeconds = 0;  // media-timeline time of output sample 0
};

// Streaming decode of one audio stream: packets in, converted float samples out through a FIFO.
// Output sample k is timeline time originSeconds + k / rate: a stream that starts later is preceded by
// silence, samples before the origin are dropped, and gaps between frames are filled with silence,
// so the audio stays on the video's timeline sample for sample.
class AudioStreamDecoder {
public:
    static Result<std::unique_ptr<AudioStreamDecoder>> create(const MediaInput& input, int streamIndex,
                                                              const AudioStreamConfig& config);
    ~AudioStreamDecoder();
    AudioStreamDecoder(const AudioStreamDecoder&) = delete;
    AudioStreamDecoder& operator=(const AudioStreamDecoder&) = delete;

    // Decodes one packet of this stream; nullptr drains the decoder and the resampler (end of stream).
    // A packet the decoder rejects as damaged is skipped (as ffmpeg does) and counted.
    Status send(const AVPacket* packet);

    // Converted output; the consumer reads and drains it.
    AVAudioFifo* fifo() const;
    int sampleRate() const;
    int channels() const;
    int64_t samplesProduced() const;  // everything written to the FIFO so far, silence included
    int64_t damagedPackets() const;

private:
    struct Impl;
    explicit AudioStreamDecoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace foley::media
