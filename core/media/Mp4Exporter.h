#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <string>

namespace foley::media {

struct ExportRequest {
    std::string videoPath;        // source: its video stream is copied packet for packet
    AudioBuffer audio;            // the take, any rate/channels; mono is duplicated to stereo
    std::string outputPath;       // container picked from the extension: .mp4 .mov .mkv
    double originalGain = 0.0;    // > 0 mixes the source's own audio in at this linear gain
    int sampleRate = 48000;
    int64_t audioBitRate = 192000;
    int encoderThreads = 0;       // AAC encoding threads for long videos: 0 = one per core, 1 = single-threaded
};

struct ExportReport {
    double videoDurationSeconds = 0;
    double audioDurationSeconds = 0;
    int64_t videoPackets = 0;
    int64_t audioFrames = 0;      // AAC packets written
    int audioSegments = 1;        // audio encoded in this many parallel segments
};

// Writes a muxed file: video stream-copied (no re-encode), audio encoded as AAC starting at 0 and lasting
// the video's duration (padded with silence or trimmed with a short fade). Written to a temporary file in
// the destination folder and renamed at the end, so a failure leaves no partial output; the source is never
// the destination (MediaSameAsSource). Progress in [0,1]; cancellation leaves nothing behind (Cancelled).
Result<ExportReport> exportWithAudio(const ExportRequest& request, const RunControl* control = nullptr);

}  // namespace foley::media
