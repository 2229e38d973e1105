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

// The same loop read frame by frame, in any order, without holding the looped signal: what a long take streams
// (frame j of looped(x, channels, offset, n, crossfade) is addFrame(j, ...) into zeros, bit for bit).
class LoopReader {
public:
    LoopReader(const std::vector<float>& x, int channels, size_t offset, size_t crossfade);
    // Adds loop frame `j` into `out` (one frame of `channels` channels).
    void addFrame(size_t j, float* out) const;

private:
    void addSegment(size_t k, size_t j, float* out) const;

    const std::vector<float>& m_x;
    size_t m_channels;
    size_t m_crossfade;
    size_t m_xFrames = 0;
    size_t m_firstFrom = 0;
    size_t m_firstAdvance = 1;
    size_t m_advance = 1;
};

}  // namespace foley::inference
