#pragma once

#include "core/dsp/MelConfig.h"
#include "core/dsp/MelFilterbank.h"
#include "core/dsp/MelFrames.h"
#include "core/dsp/Stft.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"

#include <cstdint>

namespace foley::dsp {

enum class SpectrogramScale {
    NaturalLog,  // ln(max(x, logFloor)): the model/detector features (MelConfig's definition)
    Decibel,     // 20 log10(max(x, logFloor)): magnitude in dB, for the view
    Linear,      // the mel (or linear-frequency) magnitude itself
};

// Mel spectrogram as MelConfig defines it. One instance per thread (it owns the STFT work buffers).
class MelSpectrogram {
public:
    explicit MelSpectrogram(const MelConfig& config = {});

    const MelConfig& config() const { return m_config; }
    const MelFilterbank& filterbank() const { return m_filterbank; }
    int64_t frameCount(int64_t samples) const { return m_config.frameCount(samples); }

    // Whole buffer. Requires mono audio at config().sampleRate (InvalidArgument otherwise: resampling and
    // downmixing belong to the decoder, so a wrong rate is a caller bug we report, not hide).
    Result<MelFrames> compute(const AudioBuffer& audio, SpectrogramScale scale = SpectrogramScale::NaturalLog);
    // Raw mono samples at config().sampleRate.
    MelFrames compute(const float* samples, int64_t count, SpectrogramScale scale = SpectrogramScale::NaturalLog);
    // Frames [firstFrame, firstFrame + frames) of the signal, written to `out` (frames x nMels), so long
    // signals can be computed in chunks with results identical to one whole pass.
    void computeFrames(const float* samples, int64_t count, int64_t firstFrame, int64_t frames,
                       SpectrogramScale scale, float* out);

    // Frames [firstFrame, firstFrame + frames) of a linear-frequency spectrogram with `bands` equal-width bands
    // over 0 .. sampleRate/2 (each the max of its STFT bins' magnitudes x nFft / sampleRate, which puts broadband
    // levels on the mel scale's footing so one dB range suits both), written to `out` (frames x bands).
    void computeLinearFrames(const float* samples, int64_t count, int64_t firstFrame, int64_t frames, int bands,
                             SpectrogramScale scale, float* out);

    // Linear-frequency magnitude spectrogram (frames x (nFft/2 + 1)) with the same STFT, for a linear view.
    MelFrames linearSpectrogram(const float* samples, int64_t count, SpectrogramScale scale = SpectrogramScale::Decibel);

    // Applies a scale to linear magnitudes in place.
    static void applyScale(float* values, size_t count, SpectrogramScale scale, double logFloor);

private:
    MelConfig m_config;
    MelFilterbank m_filterbank;
    Stft m_stft;
    std::vector<float> m_magnitude;
};

}  // namespace foley::dsp
