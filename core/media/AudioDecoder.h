#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <string>

namespace foley::media {

struct AudioDecodeOptions {
    int sampleRate = 16000;   // output rate (resampled with libswresample)
    int channels = 1;         // 1 = mono downmix, 2 = stereo, 0 = keep the source layout
    int streamIndex = -1;     // -1 = best audio stream
    double startSeconds = 0;  // decode from here (seek + trim, sample-accurate)
    double maxSeconds = 0;    // 0 = to the end
};

// Decodes one audio stream of `path` completely into interleaved float samples in [-1, 1].
// The first output sample corresponds to stream time `startSeconds` (leading gaps are padded with silence,
// so the audio stays in sync with the video timeline). Reports progress in [0,1]; honours cancellation.
Result<AudioBuffer> decodeAudio(const std::string& path, const AudioDecodeOptions& options = {},
                                const RunControl* control = nullptr);

}  // namespace foley::media
