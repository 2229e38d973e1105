#include "core/dsp/MelSpectrogram.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

MelSpectrogram::MelSpectrogram(const MelConfig& config)
    : m_config(config)
    , m_filterbank(config)
    , m_stft(StftConfig::fromMel(config))
    , m_magnitude(static_cast<size_t>(config.bins()))
{
}

Result<MelFrames> MelSpectrogram::compute(const AudioBuffer& audio, SpectrogramScale scale)
{
    if (audio.channels() != 1)
        return makeError(ErrorCode::InvalidArgument,
                         "mel spectrogram needs mono audio, got " + std::to_string(audio.channels()) + " channels");
    if (audio.sampleRate() != m_config.sampleRate)
        return makeError(ErrorCode::InvalidArgument, "mel spectrogram needs " + std::to_string(m_config.sampleRate)
                                                         + " Hz audio, got " + std::to_string(audio.sampleRate()) + " Hz");
    return compute(audio.data(), static_cast<int64_t>(audio.frameCount()), scale);
}

MelFrames MelSpectrogram::compute(const float* samples, int64_t count, SpectrogramScale scale)
{
    MelFrames result;
    result.frameCount = frameCount(count);
    result.melCount = m_config.nMels;
    result.values.resize(static_cast<size_t>(result.frameCount) * static_cast<size_t>(result.melCount));
    computeFrames(samples, count, 0, result.frameCount, scale, result.values.data());
    return result;
}

void MelSpectrogram::computeFrames(const float* samples, int64_t count, int64_t firstFrame, int64_t frames,
                                   SpectrogramScale scale, float* out)
{
    const size_t mels = static_cast<size_t>(m_config.nMels);
    for (int64_t f = 0; f < frames; ++f) {
        float* row = out + static_cast<size_t>(f) * mels;
        m_stft.magnitude(samples, count, firstFrame + f, m_magnitude.data());
        m_filterbank.apply(m_magnitude.data(), row);
        applyScale(row, mels, scale, m_config.logFloor);
    }
}

void MelSpectrogram::computeLinearFrames(const float* samples, int64_t count, int64_t firstFrame, int64_t frames,
                                         int bands, SpectrogramScale scale, float* out)
{
    const int bins = m_stft.binCount();
    bands = std::clamp(bands, 1, bins);
    const float gain = static_cast<float>(m_config.nFft) / static_cast<float>(m_config.sampleRate);
    for (int64_t f = 0; f < frames; ++f) {
        float* row = out + static_cast<size_t>(f) * static_cast<size_t>(bands);
        m_stft.magnitude(samples, count, firstFrame + f, m_magnitude.data());
        for (int b = 0; b < bands; ++b) {
            const int first = static_cast<int>(static_cast<int64_t>(b) * bins / bands);
            const int last = std::max(first + 1, static_cast<int>(static_cast<int64_t>(b + 1) * bins / bands));
            float peak = 0.0f;
            for (int k = first; k < last; ++k) peak = std::max(peak, m_magnitude[static_cast<size_t>(k)]);
            row[b] = peak * gain;
        }
        applyScale(row, static_cast<size_t>(bands), scale, m_config.logFloor);
    }
}

MelFrames MelSpectrogram::linearSpectrogram(const float* samples, int64_t count, SpectrogramScale scale)
{
    MelFrames result;
    result.frameCount = frameCount(count);
    result.melCount = m_stft.binCount();
    result.values = m_stft.magnitudes(samples, count);
    applyScale(result.values.data(), result.values.size(), scale, m_config.logFloor);
    return result;
}

void MelSpectrogram::applyScale(float* values, size_t count, SpectrogramScale scale, double logFloor)
{
    const float floor = static_cast<float>(logFloor);
    switch (scale) {
    case SpectrogramScale::Linear:
        return;
    case SpectrogramScale::NaturalLog:
        for (size_t i = 0; i < count; ++i) values[i] = std::log(std::max(values[i], floor));
        return;
    case SpectrogramScale::Decibel:
        for (size_t i = 0; i < count; ++i) values[i] = 20.0f * std::log10(std::max(values[i], floor));
        return;
    }
}

}  // namespace foley::dsp
