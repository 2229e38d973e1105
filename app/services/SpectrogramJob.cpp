#include "app/services/SpectrogramJob.h"

#include "core/media/AudioDecoder.h"
#include "core/types/SampleTime.h"

#include <QFile>

#include <cmath>

namespace foley::app {

dsp::MelConfig viewMelConfig(int sampleRate)
{
    dsp::MelConfig config;
    if (sampleRate == config.sampleRate || sampleRate % 100 != 0) return config;
    const int scale = std::max(1, static_cast<int>(std::lround(static_cast<double>(sampleRate) / config.sampleRate)));
    config.sampleRate = sampleRate;
    config.nFft *= scale;
    config.winLength *= scale;
    config.hop = sampleRate / 100;
    config.fMax = sampleRate / 2.0;
    return config;
}

Result<SpectrogramJobResult> computeSpectrogram(const AudioBuffer& audio, RunControl& control, dsp::FrequencyScale frequency)
{
    RunControl sub;
    sub.followParent(control, 0.5, 1.0);
    dsp::SpectrogramPyramidOptions options;
    options.frequency = frequency;
    auto pyramid = dsp::SpectrogramPyramid::build(audio, viewMelConfig(audio.sampleRate()), options, &sub);
    if (!pyramid) return pyramid.error();
    control.report(1.0);
    return SpectrogramJobResult{std::make_shared<const dsp::SpectrogramPyramid>(std::move(pyramid).value()), audio};
}

Result<SpectrogramJobResult> computeSpectrogram(const QString& mediaPath, RunControl& control, dsp::FrequencyScale frequency,
                                                int sampleRate)
{
    RunControl decodeControl;
    decodeControl.followParent(control, 0.0, 0.5);
    media::AudioDecodeOptions options;
    options.sampleRate = sampleRate;
    options.channels = 1;
    auto audio = media::decodeAudio(QFile::encodeName(mediaPath).toStdString(), options, &decodeControl);
    if (!audio) return audio.error();
    return computeSpectrogram(*audio, control, frequency);
}

}  // namespace foley::app
