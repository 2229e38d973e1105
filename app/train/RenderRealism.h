#pragma once

#include "core/types/AudioBuffer.h"

#include <cstdint>
#include <vector>

namespace foley::app::train {

// Measures of how much a take sounds like real recordings, for the evaluation.

// Summary features of a scene for a two-sample test, on core's log-mel of its 16 kHz mono mix (so a 16 kHz render
// and a full-band one are compared on equal terms; the highs are measured apart by highBandShare): per band of 4 mel
// bins the mean, spread and 95th percentile over the loud frames, the mean absolute frame-to-frame change, the
// spectral flatness and the spread of the frame levels.
std::vector<float> realismFeatures(const AudioBuffer& audio);

// Classifier two-sample test: a regularised logistic regression learns to tell set `a` from set `b` (standardised
// features), scored by k-fold cross-validation. 0.5 = it cannot tell them apart; 1 = always can.
double twoSampleAccuracy(const std::vector<std::vector<float>>& a, const std::vector<std::vector<float>>& b, int folds,
                         uint64_t seed);

// Share of the energy above `hz` (mono mix, FFT over the whole take): 0 for audio at 16 kHz when hz = 8 kHz.
double highBandShare(const AudioBuffer& audio, double hz = 8000.0);

}  // namespace foley::app::train
