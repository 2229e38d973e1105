#pragma once

#include "core/types/Rational.h"

#include <cmath>
#include <cstdint>

namespace foley {

// Time in the project is an integer count of sample frames at kProjectRate (Sonic Visualiser style).
// 48 kHz divides evenly into the model rate (16 kHz) and into 25/50 fps video frames.
using SampleTime = int64_t;
inline constexpr int kProjectRate = 48000;
inline constexpr int kModelRate = 16000;

inline double samplesToSeconds(SampleTime t, int rate = kProjectRate)
{
    return static_cast<double>(t) / rate;
}

inline SampleTime secondsToSamples(double seconds, int rate = kProjectRate)
{
    return static_cast<SampleTime>(std::llround(seconds * rate));
}

// Converts a sample time between rates, rounding to the nearest frame.
inline SampleTime convertRate(SampleTime t, int fromRate, int toRate)
{
    const int64_t scaled = t * toRate;
    const int64_t half = fromRate / 2;
    return (scaled >= 0 ? scaled + half : scaled - half) / fromRate;
}

// Sample time of video frame `index` at frame rate `fps` (frames per second as a ratio), exact then rounded.
inline SampleTime videoFrameToSamples(int64_t index, Rational fps, int rate = kProjectRate)
{
    if (!fps.isValid()) return 0;
    const int64_t num = index * fps.den * rate;
    return (num + fps.num / 2) / fps.num;
}

// Index of the video frame shown at sample time `t` (floor).
inline int64_t samplesToVideoFrame(SampleTime t, Rational fps, int rate = kProjectRate)
{
    if (!fps.isValid()) return 0;
    const int64_t num = t * fps.num;
    const int64_t den = static_cast<int64_t>(rate) * fps.den;
    return num >= 0 ? num / den : -((-num + den - 1) / den);
}

}  // namespace foley
