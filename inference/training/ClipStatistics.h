#pragma once

// Summary statistics of a clip's log-mel that describe what it sounds like (spectral shape, spread, peaks,
// roughness, envelope) and not when its events happen: the judge's input, so it learns timbre from few recordings.
#include "core/dsp/MelSpectrogram.h"

#include <vector>

namespace foley::inference {

constexpr int kClipStatisticsPerBin = 4;
constexpr int kClipStatisticsGlobal = 7;
inline int clipStatisticsSize(int melBins) { return kClipStatisticsPerBin * melBins + kClipStatisticsGlobal; }

// values: natural-log magnitudes, frame-major (core's mel). Frames more than 35 dB below the loudest are ignored
// (room tone and silence say little about the class).
std::vector<float> clipStatistics(const dsp::MelFrames& mel);

}  // namespace foley::inference
