#include "app/services/SpectrogramJob.h"

#include "core/media/AudioDecoder.h"
#include "core/types/SampleTime.h"

#include <QFile>

namespace foley::app {

Result<SpectrogramJobResult> computeSpectrogram(const AudioBuffer& audio, RunControl& control, dsp::FrequencyScale frequency)
{
    RunControl sub;
    sub.followParent(control, 0.5, 1.0);
    dsp::SpectrogramPyramidOptions options;
    options.frequency = frequency;
    auto pyramid = dsp::SpectrogramPyramid::build(audio, dsp::MelConfig{}, options, &sub);
    if (!pyramid) return pyramid.error();
    control.report(1.0);
    return SpectrogramJobResult{std::make_shared<const dsp::SpectrogramPyramid>(std::move(pyramid).value()), audio};
}

Result<SpectrogramJobResult> computeSpectrogram(const QString& mediaPath, RunControl& control, dsp::FrequencyScale frequency)
{
    RunControl decodeControl;
    decodeControl.followParent(control, 0.0, 0.5);
    media::AudioDecodeOptions options;
    options.sampleRate = foley::kModelRate;
    options.channels = 1;
    auto audio = media::decodeAudio(QFile::encodeName(mediaPath).toStdString(), options, &decodeControl);
    if (!audio) return audio.error();
    return computeSpectrogram(*audio, control, frequency);
}

}  // namespace foley::app
