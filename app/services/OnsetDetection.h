#pragma once

#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/OnsetEvent.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <QString>

#include <vector>

namespace foley::app {

enum class OnsetSource { Auto, Video, Audio };  // Auto: video when the file has a video stream, else audio

struct OnsetDetectionResult {
    dsp::OnsetSecondsList onsets;            // seconds + strength 0..1
    bool fromVideo = false;
    std::vector<float> probability;   // video only: per-frame event probability (FoleyMaster's condition)
    std::vector<double> frameTimes;   // seconds of each probability value
};

// Proposes onsets for a media file: the visual detector on decoded frames (streamed, never the whole video in
// memory) or the audio detector on the 16 kHz mono soundtrack. Shared by `foleyforge-cli onsets` and the editor.
// `audio` tunes the audio detector (e.g. its masking span), used when the onsets come from the soundtrack.
Result<OnsetDetectionResult> detectOnsets(const QString& mediaPath, OnsetSource source, RunControl& control,
                                          const dsp::AudioOnsetConfig& audio = {});

}  // namespace foley::app
