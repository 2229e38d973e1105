#include "core/dsp/LoudnessNormalizer.h"

#include "core/dsp/TruePeak.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <string>

namespace foley::dsp {
namespace {

constexpr double kRampSeconds = 0.005;        // limiter look-ahead and release: short enough to touch only the peak
constexpr double kToleranceLu = 0.1;          // how close the loop brings the result to the target
constexpr double kReachableLu = 0.5;          // further than this after limiting: the target is refused
constexpr double kCeilingMarginDb = 0.05;     // extra room when a pass lands just above the ceiling
// The limiter aims this far below the ceiling. Limiting leaves many peaks right at its threshold, and there true-peak
// meters differ by their interpolation filters: on wide-band material FFmpeg's ebur128 read up to 0.45 dB above ours.
constexpr double kLimiterMarginDb = 0.5;
constexpr int kMaxPasses = 8;
// Limiting lowers the loudness, and the loop makes that up with more gain. Past this much extra gain the limiter is
// crushing the sound (a click track pushed to -14 LUFS gained 22 dB and lost its transients): refuse the target.
constexpr double kMaxMakeUpDb = 6.0;

std::string decibels(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

// Smallest value in [i - radius, i + radius] for every i (a monotonic queue: linear time).
std::vector<float> slidingMinimum(const std::vector<float>& values, size_t radius)
{
    std::vector<float> out(values.size());
    std::deque<size_t> candidates;
    size_t next = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        for (; next < values.size() && next <= i + radius; ++next) {
            while (!candidates.empty() && values[candidates.back()] >= values[next]) candidates.pop_back();
            candidates.push_back(next);
        }
        while (candidates.front() + radius < i) candidates.pop_front();
        out[i] = values[candidates.front()];
    }
    return out;
}

// Mean of [i - radius, i + radius] (clamped at the ends). After slidingMinimum with the same radius every mean stays
// at or below the value it replaces, so the smoothed gain still keeps each peak under the ceiling.
std::vector<float> slidingMean(const std::vector<float>& values, size_t radius)
{
    std::vector<double> prefix(values.size() + 1, 0.0);
    for (size_t i = 0; i < values.size(); ++i) prefix[i + 1] = prefix[i] + values[i];
    std::vector<float> out(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        const size_t from = i > radius ? i - radius : 0;
        const size_t to = std::min(values.size(), i + radius + 1);
        out[i] = static_cast<float>((prefix[to] - prefix[from]) / static_cast<double>(to - from));
    }
    return out;
}

// Pulls every true peak above `ceilingLinear` down to it; returns the gain curve it applied.
std::vector<float> limitPeaks(std::vector<float>& interleaved, int channels, int sampleRate, double ceilingLinear)
{
    const size_t frames = interleaved.size() / static_cast<size_t>(channels);
    std::vector<float> gain = TruePeak().envelope(interleaved.data(), frames, channels);
    for (float& g : gain) g = g > ceilingLinear ? static_cast<float>(ceilingLinear / g) : 1.0f;
    const auto radius = static_cast<size_t>(std::lround(kRampSeconds * sampleRate));
    gain = slidingMean(slidingMinimum(gain, radius), radius);
    for (size_t frame = 0; frame < frames; ++frame)
        for (int c = 0; c < channels; ++c) interleaved[frame * static_cast<size_t>(channels) + static_cast<size_t>(c)] *= gain[frame];
    return gain;
}

Status checkTarget(const LoudnessTarget& target)
{
    if (!std::isfinite(target.integratedLufs) || target.integratedLufs < -70.0 || target.integratedLufs > 0.0)
        return makeError(ErrorCode::InvalidArgument, "the loudness target must be between -70 and 0 LUFS");
    if (!std::isfinite(target.truePeakCeilingDbtp) || target.truePeakCeilingDbtp < -20.0 || target.truePeakCeilingDbtp > 0.0)
        return makeError(ErrorCode::InvalidArgument, "the true-peak ceiling must be between -20 and 0 dBTP");
    return okStatus();
}

}  // namespace

void applyGainDb(std::vector<float>& interleaved, double gainDb)
{
    const auto gain = static_cast<float>(dbToLinear(gainDb));
    for (float& sample : interleaved) sample *= gain;
}

Result<LoudnessNormalization> normalizeLoudness(std::vector<float>& interleaved, int channels, int sampleRate,
                                                const LoudnessTarget& target)
{
    if (Status ok = checkTarget(target); !ok) return ok.error();
    if (channels <= 0 || sampleRate <= 0) return makeError(ErrorCode::InvalidArgument, "no audio to normalise");
    const size_t frames = interleaved.size() / static_cast<size_t>(channels);
    LoudnessNormalization result;
    result.before = measureLoudness(interleaved.data(), frames, channels, sampleRate);
    if (!result.before.hasIntegrated())
        return makeError(ErrorCode::InvalidArgument, "the loudness target of " + decibels(target.integratedLufs)
                                                         + " LUFS cannot be reached: the mix is silent (below the -70 LUFS gate)");
    const double staticGainDb = target.integratedLufs - result.before.integratedLufs;
    double gainDb = staticGainDb;
    double ceilingDb = target.truePeakCeilingDbtp - kLimiterMarginDb;
    std::vector<float> work;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        work = interleaved;
        applyGainDb(work, gainDb);
        result.limited = result.before.truePeakDbtp + gainDb > target.truePeakCeilingDbtp;
        std::vector<float> limiterGain;
        if (result.limited) limiterGain = limitPeaks(work, channels, sampleRate, dbToLinear(ceilingDb));
        result.after = measureLoudness(work.data(), frames, channels, sampleRate);
        result.gainDb = gainDb;
        result.limitedSeconds = 0;
        result.maxGainReductionDb = 0;
        for (float g : limiterGain) {
            if (g < 0.9999f) result.limitedSeconds += 1.0 / sampleRate;
            result.maxGainReductionDb = std::max(result.maxGainReductionDb, -linearToDb(g));
        }
        const double missingLu = target.integratedLufs - result.after.integratedLufs;
        const double overPeakDb = result.after.truePeakDbtp - target.truePeakCeilingDbtp;
        if (std::abs(missingLu) <= kToleranceLu && overPeakDb <= 0.0) break;
        if (overPeakDb > 0.0) ceilingDb -= overPeakDb + kCeilingMarginDb;
        gainDb = std::min(gainDb + missingLu, staticGainDb + kMaxMakeUpDb);
    }
    if (std::abs(target.integratedLufs - result.after.integratedLufs) > kReachableLu
        || result.after.truePeakDbtp > target.truePeakCeilingDbtp)
        return makeError(ErrorCode::InvalidArgument,
                         "the loudness target of " + decibels(target.integratedLufs) + " LUFS cannot be reached under a "
                             + decibels(target.truePeakCeilingDbtp) + " dBTP ceiling (the mix is at "
                             + decibels(result.before.integratedLufs) + " LUFS with peaks at " + decibels(result.before.truePeakDbtp)
                             + " dBTP) without crushing its peaks: choose a lower target or a higher ceiling");
    interleaved = std::move(work);
    return result;
}

}  // namespace foley::dsp
