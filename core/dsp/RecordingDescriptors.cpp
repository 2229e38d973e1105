#include "core/dsp/RecordingDescriptors.h"

#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/Stft.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace foley::dsp {

namespace {

constexpr double kLeadSeconds = 0.1;  // the recording's own start is not an attack of a looped bed (loops fade in)
// High-frequency-content onsets: 512-sample frames, hop 256 (at the recording's own rate), a peak must rise 15 % of
// the local mean above the local median (the threshold whose counts ranked the library's ambiences as aubioonset's
// did), frames under -70 dBFS are silence, and attacks are at least 20 ms apart.
constexpr int kHfcFrame = 512;
constexpr int kHfcHop = 256;
constexpr double kHfcThreshold = 0.15;
constexpr double kHfcSilenceDb = -70.0;
constexpr double kHfcMinGapSeconds = 0.02;
constexpr int kHfcMedianPast = 5;  // frames of the local window before the candidate (one after)

double median(std::vector<double> v)
{
    std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
    return v[v.size() / 2];
}

}  // namespace

double RecordingDescriptors::highFrequencyAttackRate(const float* x, int64_t count, int rate)
{
    if (rate <= 0) return 0.0;
    const std::vector<double> attacks = highFrequencyAttackTimes(x, count, rate);
    const auto inside = std::count_if(attacks.begin(), attacks.end(), [](double t) { return t > kLeadSeconds; });
    return static_cast<double>(inside) / std::max(static_cast<double>(count) / rate, kLeadSeconds);
}

std::vector<double> RecordingDescriptors::highFrequencyAttackTimes(const float* x, int64_t count, int rate)
{
    std::vector<double> times;
    if (count < kHfcFrame * 2 || rate <= 0) return times;
    Stft stft(StftConfig{kHfcFrame, kHfcFrame, kHfcHop, false});
    const int64_t frames = stft.frameCount(count);
    std::vector<float> magnitude(static_cast<size_t>(stft.binCount()));
    std::vector<double> hfc(static_cast<size_t>(frames), 0.0);
    std::vector<bool> silent(static_cast<size_t>(frames), false);
    for (int64_t f = 0; f < frames; ++f) {
        stft.magnitude(x, count, f, magnitude.data());
        double sum = 0.0;
        for (size_t k = 0; k < magnitude.size(); ++k) sum += static_cast<double>(k) * magnitude[k];
        hfc[static_cast<size_t>(f)] = sum;
        double energy = 0.0;
        for (int64_t i = f * kHfcHop; i < std::min(count, f * kHfcHop + kHfcFrame); ++i) energy += static_cast<double>(x[i]) * x[i];
        silent[static_cast<size_t>(f)] = 10.0 * std::log10(energy / kHfcFrame + 1e-20) < kHfcSilenceDb;
    }
    // Smooth the function (second-order low-pass), then pick peaks over a local median + mean threshold.
    std::vector<double> smooth(hfc.size(), 0.0);
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (size_t i = 0; i < hfc.size(); ++i) {
        const double y = 0.16 * hfc[i] + 0.32 * x1 + 0.16 * x2 + 0.5949 * y1 - 0.2348 * y2;
        x2 = x1, x1 = hfc[i], y2 = y1, y1 = y;
        smooth[i] = y;
    }
    double lastSeconds = -1.0;
    std::vector<double> thresholded(smooth.size(), 0.0);
    for (size_t i = kHfcMedianPast; i + 1 < smooth.size(); ++i) {
        const std::vector<double> window(smooth.begin() + static_cast<long>(i - kHfcMedianPast), smooth.begin() + static_cast<long>(i + 2));
        double mean = 0.0;
        for (double v : window) mean += v;
        mean /= static_cast<double>(window.size());
        thresholded[i] = smooth[i] - median(window) - kHfcThreshold * mean;
    }
    for (size_t i = kHfcMedianPast + 1; i + 2 < smooth.size(); ++i) {
        const bool peak = thresholded[i] > 0.0 && thresholded[i] > thresholded[i - 1] && thresholded[i] >= thresholded[i + 1];
        const double seconds = static_cast<double>(i * kHfcHop) / rate;
        if (!peak || silent[i] || (lastSeconds >= 0.0 && seconds - lastSeconds < kHfcMinGapSeconds)) continue;
        times.push_back(seconds);
        lastSeconds = seconds;
    }
    return times;
}

double RecordingDescriptors::levelUnsteadiness(const float* x, int64_t count, int rate)
{
    const auto frame = static_cast<int64_t>(std::max(rate / 50, 1));
    std::vector<double> db;
    for (int64_t at = 0; at + frame <= count; at += frame) {
        double energy = 0.0;
        for (int64_t i = at; i < at + frame; ++i) energy += static_cast<double>(x[i]) * x[i];
        db.push_back(10.0 * std::log10(energy / static_cast<double>(frame) + 1e-12));
    }
    if (db.size() < 2) return 1e9;
    const double floor = *std::max_element(db.begin(), db.end()) - 50.0;
    for (double& v : db) v = std::max(v, floor);
    const double mean = std::accumulate(db.begin(), db.end(), 0.0) / static_cast<double>(db.size());
    double spread = 0.0, jumps = 0.0;
    for (size_t i = 0; i < db.size(); ++i) {
        spread += (db[i] - mean) * (db[i] - mean);
        if (i > 0) jumps += std::abs(db[i] - db[i - 1]);
    }
    return std::sqrt(spread / static_cast<double>(db.size())) + jumps / static_cast<double>(db.size() - 1);
}

RecordingDescriptors RecordingDescriptors::measure(const float* x, int64_t count, int rate)
{
    RecordingDescriptors d;
    d.unsteadinessDb = levelUnsteadiness(x, count, rate);
    const AudioOnsetDetector detector(AudioOnsetConfig::everyAttack());
    const OnsetSecondsList onsets = detector.detect(x, count).onsets;
    const auto inside = std::count_if(onsets.begin(), onsets.end(), [](const OnsetEvent& o) { return o.seconds > kLeadSeconds; });
    d.attacksPerSecond = static_cast<double>(inside) / std::max(static_cast<double>(count) / rate, kLeadSeconds);
    return d;
}

}  // namespace foley::dsp
