#pragma once

#include <cstddef>
#include <vector>

namespace foley::inference {

// The mixing rules shared by the 16 kHz scaffold (what the model starts from and trains on) and the full-quality
// render from recordings, so both place and level sounds the same way.

double dbToGain(double db);

// Loudness from an onset's strength: 0 -> -30 dB, 1 -> 0 dB below the normalised peak (impact speed -> loudness).
double strengthGainDb(double strength);
inline double strengthGain(double strength) { return dbToGain(strengthGainDb(strength)); }

// A bed under events follows the mask in dB, as onset strengths do: 1 -> as loud as the texture gets, 0.5 -> -20 dB,
// 0.15 -> -34 dB, nothing below 0.02.
double bedGain(double maskValue);

// The largest magnitude of `x` (interleaved or not), never below 1e-9 so it can divide: what recordings are
// normalised by before their level is set.
float peakOf(const std::vector<float>& x);

// `frames` frames of interleaved `x` (`channels` channels) from frame `offset` on, looped. With `crossfade` > 0 each
// wrap is an equal-power crossfade of that many frames (no click at the loop point); with 0 it restarts hard.
std::vector<float> looped(const std::vector<float>& x, int channels, size_t offset, size_t frames, size_t crossfade);

}  // namespace foley::inference
