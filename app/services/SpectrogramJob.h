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
    AudioBuffer audio;  // the decoded 16 kHz mono audio (analysis reuses it)
};

// Decodes a file's audio at the model rate (mono) and builds the view's spectrogram pyramid (mel bands, or linear
// bands). Runs off the UI thread (see BackgroundJob.h); decoding is the first half of the progress, the pyramid the
// second.
Result<SpectrogramJobResult> computeSpectrogram(const QString& mediaPath, RunControl& control,
                                                dsp::FrequencyScale frequency = dsp::FrequencyScale::Mel);
Result<SpectrogramJobResult> computeSpectrogram(const AudioBuffer& audio, RunControl& control,
                                                dsp::FrequencyScale frequency = dsp::FrequencyScale::Mel);

}  // namespace foley::app
