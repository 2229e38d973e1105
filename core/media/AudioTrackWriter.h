#pragma once

#include "core/media/AacEncoder.h"
#include "core/media/AacSegmentEncoder.h"
#include "core/media/AudioStreamDecoder.h"
#include "core/media/ExportAudioMixer.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <memory>
#include <vector>

namespace foley::media {

struct AudioTrackConfig {
    AacEncoderConfig encoder;
    int threads = 1;                      // > 1: encode segments of a long track in parallel
    int64_t expectedSamples = 0;          // the video's declared duration in output samples (0 = unknown)
    AudioStreamDecoder* original = nullptr;  // the source's own audio to mix in (forces one thread)
    float originalGain = 0;
};

// The export's AAC track (transcode_aac.c's swr → FIFO → frame_size encoder loop), written through a sink
// in timeline order while the video is copied. The track's length is only fixed by finish(), once the
// video's end is known; until then it is produced just behind the video.
//
// Long tracks are split into one segment per thread (AacSegmentEncoder), planned from the declared video
// duration; the last couple of seconds are always encoded here, after the real end is known. If the video
// turns out shorter than the plan, finish() reports planOvershot() and the export must run on one thread.
class AudioTrackWriter {
public:
    static Result<std::unique_ptr<AudioTrackWriter>> create(const AudioBuffer& take, const AudioTrackConfig& config,
                                                            const RunControl* control);
    ~AudioTrackWriter();
    AudioTrackWriter(const AudioTrackWriter&) = delete;
    AudioTrackWriter& operator=(const AudioTrackWriter&) = delete;

    const AVCodecContext* codecContext() const { return m_encoder->context(); }
    int segmentCount() const { return static_cast<int>(m_segments.size()); }

    // Writes every packet ending before `upToSample` that can be made now (waits for segment threads,
    // and for the original audio to be demuxed up to there unless originalEnded() was called).
    Status pump(int64_t upToSample, const PacketSink& sink);
    void originalEnded() { m_originalEnded = true; }
    // Ends the track at `totalSamples` (with a short fade if the take or the original goes on), flushes.
    Status finish(int64_t totalSamples, const PacketSink& sink);
    bool planOvershot() const { return m_overshot; }

private:
    AudioTrackWriter(const AudioTrackConfig& config, const RunControl* control);
    Status planSegments(const AudioBuffer& take);
    Status drainSegments(int64_t upToSample, const PacketSink& sink);
    Status encodeFrame(int count, const PacketSink& sink);

    AudioTrackConfig m_config;
    const RunControl* m_control;
    std::unique_ptr<AacEncoder> m_encoder;
    std::unique_ptr<ExportAudioMixer> m_mixer;
    std::vector<std::unique_ptr<AacSegmentEncoder>> m_segments;
    size_t m_nextSegment = 0;
    bool m_originalEnded = false;
    bool m_overshot = false;
};

}  // namespace foley::media
