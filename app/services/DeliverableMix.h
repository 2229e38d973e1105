#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <QString>

namespace foley::app {

// The sound of a deliverable, each track 48 kHz stereo and exactly as long as the video (padded with silence, or
// trimmed with the exporter's short fade-out): the take, the video's own sound at its mix gain (silence when the video
// has none), and their sum. Stems and loudness work on these; the exported MP4 carries `mix`.
struct DeliverableTracks {
    static constexpr int kSampleRate = 48000;

    AudioBuffer take;
    AudioBuffer original;
    AudioBuffer mix;
    bool videoHasSound = false;

    size_t frames() const { return mix.frameCount(); }
};

// Errors: those of probing and decoding (MediaOpenFailed, MediaNoStream for a file without video, …), Cancelled.
Result<DeliverableTracks> buildDeliverableTracks(const QString& videoPath, const QString& takePath, double originalGain,
                                                 RunControl& control);

// The video stream's length in frames at `sampleRate` (the container's when the stream does not say).
Result<size_t> videoLengthFrames(const QString& videoPath, int sampleRate);

}  // namespace foley::app
