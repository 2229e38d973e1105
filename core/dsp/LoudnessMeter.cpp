#include "core/dsp/LoudnessMeter.h"

#include "core/dsp/TruePeak.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace foley::dsp {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kAbsoluteGateLufs = -70.0;
constexpr double kIntegratedRelativeGateLu = -10.0;
constexpr double kRangeRelativeGateLu = -20.0;
constexpr int kMomentarySegments = 4;    // 400 ms of 100 ms segments
constexpr int kShortTermSegments = 30;   // 3 s

double negativeInfinity() { return -std::numeric_limits<double>::infinity(); }

// One biquad, direct form I, in double: the K-weighting of BS.1770 at any rate. The coefficients are the analogue
// prototypes of BS.1770's 48 kHz tables re-derived for `sampleRate` (as libebur128 does), so 44.1 kHz measures alike.
struct Biquad {
    double b0, b1, b2, a1, a2;
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;

    double process(double x)
    {
        const double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }
};

// Stage 1: the head's high-shelf (+4 dB above ~1.7 kHz).
Biquad shelvingFilter(int sampleRate)
{
    const double f0 = 1681.974450955533, gainDb = 3.999843853973347, q = 0.7071752369554196;
    const double k = std::tan(kPi * f0 / sampleRate);
    const double vh = std::pow(10.0, gainDb / 20.0);
    const double vb = std::pow(vh, 0.4996667741545416);
    const double a0 = 1.0 + k / q + k * k;
    return Biquad{(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                  2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
}

// Stage 2: the RLB high-pass (~38 Hz).
Biquad highPassFilter(int sampleRate)
{
    const double f0 = 38.13547087602444, q = 0.5003270373238773;
    const double k = std::tan(kPi * f0 / sampleRate);
    const double a0 = 1.0 + k / q + k * k;
    return Biquad{1.0, -2.0, 1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
}

// Sum over channels of the K-weighted squares in each 100 ms segment (a trailing partial segment is dropped, as a
// partial block is by the standard).
std::vector<double> segmentEnergies(const float* interleaved, size_t frames, int channels, int sampleRate, size_t segmentFrames)
{
    const size_t segments = frames / segmentFrames;
    std::vector<double> energies(segments, 0.0);
    for (int channel = 0; channel < channels; ++channel) {
        Biquad shelf = shelvingFilter(sampleRate);
        Biquad highPass = highPassFilter(sampleRate);
        for (size_t frame = 0; frame < segments * segmentFrames; ++frame) {
            const double x = interleaved[frame * static_cast<size_t>(channels) + static_cast<size_t>(channel)];
            const double y = highPass.process(shelf.process(x));
            energies[frame / segmentFrames] += y * y;
        }
    }
    return energies;
}

// Mean power of each block of `length` segments, one block per segment step.
std::vector<double> blockPowers(const std::vector<double>& energies, int length, size_t segmentFrames)
{
    std::vector<double> powers;
    const auto blockLength = static_cast<size_t>(length);
    if (energies.size() < blockLength) return powers;
    double window = 0.0;
    for (size_t i = 0; i < energies.size(); ++i) {
        window += energies[i];
        if (i >= blockLength) window -= energies[i - blockLength];
        if (i + 1 >= blockLength) powers.push_back(std::max(0.0, window) / static_cast<double>(blockLength * segmentFrames));
    }
    return powers;
}

double meanPowerAbove(const std::vector<double>& powers, double thresholdLufs)
{
    double sum = 0.0;
    size_t count = 0;
    for (double p : powers) {
        if (loudnessFromPower(p) <= thresholdLufs) continue;
        sum += p;
        ++count;
    }
    return count ? sum / static_cast<double>(count) : 0.0;
}

double integratedLoudness(const std::vector<double>& momentary)
{
    const double absoluteMean = meanPowerAbove(momentary, kAbsoluteGateLufs);
    if (absoluteMean <= 0.0) return negativeInfinity();
    const double relativeGate = std::max(kAbsoluteGateLufs, loudnessFromPower(absoluteMean) + kIntegratedRelativeGateLu);
    const double gatedMean = meanPowerAbove(momentary, relativeGate);
    return gatedMean > 0.0 ? loudnessFromPower(gatedMean) : negativeInfinity();
}

double percentile(const std::vector<double>& sorted, double fraction)
{
    const double index = fraction * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<size_t>(std::floor(index));
    const size_t above = std::min(sorted.size() - 1, below + 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (index - static_cast<double>(below));
}

// EBU Tech 3342: the spread of the gated short-term loudness between its 10th and 95th percentiles.
double loudnessRange(const std::vector<double>& shortTerm)
{
    const double absoluteMean = meanPowerAbove(shortTerm, kAbsoluteGateLufs);
    if (absoluteMean <= 0.0) return 0.0;
    const double relativeGate = std::max(kAbsoluteGateLufs, loudnessFromPower(absoluteMean) + kRangeRelativeGateLu);
    std::vector<double> gated;
    for (double p : shortTerm)
        if (loudnessFromPower(p) > relativeGate) gated.push_back(loudnessFromPower(p));
    if (gated.size() < 2) return 0.0;
    std::sort(gated.begin(), gated.end());
    return percentile(gated, 0.95) - percentile(gated, 0.10);
}

double maxLoudness(const std::vector<double>& powers)
{
    double best = negativeInfinity();
    for (double p : powers) best = std::max(best, loudnessFromPower(p));
    return best;
}

}  // namespace

bool LoudnessMeasurement::hasIntegrated() const
{
    return std::isfinite(integratedLufs);
}

double loudnessFromPower(double power)
{
    return power > 0.0 ? -0.691 + 10.0 * std::log10(power) : negativeInfinity();
}

LoudnessMeasurement measureLoudness(const float* interleaved, size_t frames, int channels, int sampleRate)
{
    LoudnessMeasurement m;
    m.integratedLufs = m.truePeakDbtp = m.maxMomentaryLufs = m.maxShortTermLufs = negativeInfinity();
    if (!interleaved || frames == 0 || channels <= 0 || sampleRate <= 0) return m;
    const auto segmentFrames = static_cast<size_t>(std::max(1, static_cast<int>(std::lround(sampleRate / 10.0))));
    const std::vector<double> energies = segmentEnergies(interleaved, frames, channels, sampleRate, segmentFrames);
    const std::vector<double> momentary = blockPowers(energies, kMomentarySegments, segmentFrames);
    const std::vector<double> shortTerm = blockPowers(energies, kShortTermSegments, segmentFrames);
    m.integratedLufs = integratedLoudness(momentary);
    m.loudnessRangeLu = loudnessRange(shortTerm);
    m.maxMomentaryLufs = maxLoudness(momentary);
    m.maxShortTermLufs = maxLoudness(shortTerm);
    m.truePeakDbtp = linearToDb(TruePeak().peakLinear(interleaved, frames, channels));
    return m;
}

}  // namespace foley::dsp
