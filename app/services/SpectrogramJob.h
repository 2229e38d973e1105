#pragma once

#include "core/dsp/SpectrogramPyramid.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <QString>

#include <memory>

namespace foley::app {

struct SpectrogramJobResult {
    std::shared_ptr<const dsp::SpectrogramPyramid> pyramid;
    AudioBuffer audio;  // the decoded mono audio at the view's rate (analysis reuses it)
};

// The spectrogram the view shows for audio at `sampleRate`: core's mel definition at 16 kHz (what the model hears);
// at a higher rate the same analysis scaled to it (a 64 ms window, 10 ms hop, mel bands up to its Nyquist
// frequency), so a full-band take shows its highs.
dsp::MelConfig viewMelConfig(int sampleRate);

// Decodes a file's audio at `sampleRate` (mono; the model rate by default) and builds the view's spectrogram pyramid
// (mel bands, or linear bands). Runs off the UI thread (see BackgroundJob.h); decoding is the first half of the
// progress, the pyramid the second.
Result<SpectrogramJobResult> computeSpectrogram(const QString& mediaPath, RunControl& control,
                                                dsp::FrequencyScale frequency = dsp::FrequencyScale::Mel,
                                                int sampleRate = 16000);
Result<SpectrogramJobResult> computeSpectrogram(const AudioBuffer& audio, RunControl& control,
                                                dsp::FrequencyScale frequency = dsp::FrequencyScale::Mel);

}  // namespace foley::app
