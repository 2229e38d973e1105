#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"
#include "core/types/VideoFrame.h"
#include "inference/Engine.h"

#include <QString>

#include <vector>

namespace foley::app {

// Decodes what a generation request needs from files, off the UI thread (CLI and inference worker alike).
class GenerationMediaDecoder {
public:
    // Width the frames are decoded at: the model's video CNN looks at 32-48 px thumbnails.
    static constexpr int kFrameWidth = 96;

    // The model's video features of `videoPath` for a clip of `durationSamples` at the model rate (0 = up to the last
    // frame), built as the frames are decoded, so a long video is never held whole. An audio-only file gives empty
    // features. Cancellation → ErrorCode::Cancelled (checked between frames).
    static Result<inference::VideoFeatures> decodeVideoFeatures(const QString& videoPath, inference::Engine& engine, int64_t durationSamples,
                                                                const RunControl* control = nullptr);
    // A take's audio at 16 kHz mono (the model rate), for region regeneration and onset metrics.
    static Result<AudioBuffer> decodeModelAudio(const QString& path);
    // A take's audio as it was written (its rate; mono or stereo, more channels mixed down to stereo): what a region
    // regeneration keeps outside the region.
    static Result<AudioBuffer> decodeTakeAudio(const QString& path);
};

}  // namespace foley::app
