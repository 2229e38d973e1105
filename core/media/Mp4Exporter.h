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
    double videoDurationSeconds = 0;  // from the first frame to the end of the last
    double audioDurationSeconds = 0;  // from 0 to the end of the video
    int64_t videoPackets = 0;
    int64_t audioFrames = 0;      // AAC packets written
    int audioSegments = 1;        // audio encoded in this many parallel segments
};

// Writes a muxed file: the video stream-copied packet for packet (no re-encode; timestamps shifted to
// start at 0 exactly as `ffmpeg -c:v copy` shifts them, stream side data such as rotation kept) and the take
// encoded as AAC stereo (mono duplicated), sample 0 at time 0, lasting to the end of the video (padded with
// silence, or trimmed with a 10 ms fade-out). `+faststart` for MP4/MOV. Written to a temporary file in the
// destination folder and renamed at the end, so a failure or a cancel leaves no partial output and an
// existing file at outputPath untouched. Errors: InvalidArgument (extension, settings), MediaSameAsSource
// (outputPath is the source, by canonical path or hard link), MediaOpenFailed / MediaNoStream (source),
// MediaUnsupportedCodec (names the codec and a container that can carry it), MediaWriteFailed (folder
// missing, not a folder, not writable, disk full), MediaEncodeFailed, Cancelled. Progress in [0, 1].
Result<ExportReport> exportWithAudio(const ExportRequest& request, const RunControl* control = nullptr);

}  // namespace foley::media
