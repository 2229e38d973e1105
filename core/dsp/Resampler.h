#pragma once

#include "core/types/AudioBuffer.h"

#include <cstddef>
#include <vector>

namespace foley::dsp {

// Band-limited resampling by a Kaiser-windowed sinc, for any ratio: rate conversion of whole buffers (a 48 kHz
// take to the 16 kHz the detectors and the model use) and varispeed (a recording played faster or slower, pitch
// and duration together, as a game-audio engine varies a sound). The low-pass sits at 0.95 of the lower Nyquist
// frequency, so speeding a recording up never folds its highs back as aliases; 32 zero crossings each side make its
// transition band about 7 % of the input rate wide with ~90 dB stop-band rejection.
class Resampler {
public:
    // `ratio` = output samples per input sample (> 0): 3 turns 16 kHz into 48 kHz; 2^(-2/12) plays 2 semitones up.
    explicit Resampler(double ratio, int zeroCrossings = 32);

    double ratio() const { return m_ratio; }
    // Output length for `inputFrames` frames: ceil(inputFrames * ratio).
    size_t outputFrames(size_t inputFrames) const;

    // Resamples interleaved audio of `channels` channels; output sample k sits at input time k / ratio.
    std::vector<float> process(const float* interleaved, size_t frames, int channels) const;

private:
    double kernel(double x) const;  // windowed sinc at x input samples from the centre, cutoff applied

    double m_ratio;
    double m_cutoff;    // fraction of the input's Nyquist frequency kept
    int m_halfWidth;    // input samples each side of the centre
    std::vector<double> m_table;  // kernel sampled at kTableSteps per input sample
};

// `audio` converted to `sampleRate` (and its channel count kept); returns `audio` itself when the rate matches.
AudioBuffer resampled(const AudioBuffer& audio, int sampleRate);

}  // namespace foley::dsp
