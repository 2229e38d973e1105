#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <string>

namespace foley::media {

struct AudioDecodeOptions {
    int sampleRate = 16000;   // output rate (resampled with libswresample); 0 = the stream's own rate
    int channels = 1;         // 1 = mono (stereo is averaged), 2 = stereo (mono is duplicated), 0 = keep the source layout
    int streamIndex = -1;     // -1 = best audio stream
    double startSeconds = 0;  // decode from here (seek + trim, sample-accurate)
    double maxSeconds = 0;    // 0 = to the end
};

// Decodes one audio stream of `path` completely into interleaved float samples in [-1, 1].
// Time 0 is the start of the file (the container's start time, the origin `ffmpeg -i` uses, shared with
// VideoFrameReader and the exporter). The first output sample corresponds to `startSeconds`: a stream that
// starts later is preceded by silence, so the audio stays in sync with the video timeline.
// Errors: MediaOpenFailed (not media, damaged), MediaNoStream (no audio: "'x.mp4' has no audio stream"),
// MediaDecodeFailed, Cancelled. Reports progress in [0,1]; honours cancellation.
Result<AudioBuffer> decodeAudio(const std::string& path, const AudioDecodeOptions& options = {},
                                const RunControl* control = nullptr);

}  // namespace foley::media
