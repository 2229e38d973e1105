#include "core/dsp/AudioOnsetDetector.h"

#include "core/dsp/MelSpectrogram.h"
#include "core/dsp/TransientEnvelope.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

namespace {

constexpr double kRefineWindowSeconds = 0.004;  // energy window for the timing refinement
constexpr double kRefineStepSeconds = 0.0005;
constexpr double kStrengthWindowSeconds = 0.05;
constexpr double kTransientMergeSeconds = 0.05;

// median + deviations * (1.4826 * median absolute deviation): a noise level robust to the peaks themselves.
double robustLevel(const std::vector<float>& values, double deviations)
{
    if (values.empty()) return 0.0;
    std::vector<float> sorted = values;
    const auto middle = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2);
    std::nth_element(sorted.begin(), middle, sorted.end());
    const double median = *middle;
    for (float& v : sorted) v = static_cast<float>(std::abs(v - median));
    std::nth_element(sorted.begin(), middle, sorted.end());
    return median + deviations * 1.4826 * static_cast<double>(*middle);
}

// Quantile of each band over all frames, floored relative to the loudest value so digital silence works.
std::vector<float> bandReference(const MelFrames& mel, double quantile)
{
    std::vector<float> reference(static_cast<size_t>(mel.melCount));
    float loudest = 0.0f;
    for (float v : mel.values) loudest = std::max(loudest, v);
    const float floor = std::max(1e-4f * loudest, 1e-9f);
    std::vector<float> column(static_cast<size_t>(mel.frameCount));
    for (int b = 0; b < mel.melCount; ++b) {
        for (int64_t k = 0; k < mel.frameCount; ++k) column[static_cast<size_t>(k)] = mel.at(k, b);
        float q = floor;
        if (!column.empty()) {
            const auto at = column.begin() + static_cast<std::ptrdiff_t>(quantile * static_cast<double>(column.size() - 1));
            std::nth_element(column.begin(), at, column.end());
            q = std::max(*at, floor);
        }
        reference[static_cast<size_t>(b)] = q;
    }
    return reference;
}

}  // namespace

PeakPickerConfig AudioOnsetConfig::defaultPeaks()
{
    PeakPickerConfig peaks;
    peaks.preMaxSeconds = 0.03;
    peaks.postMaxSeconds = 0.03;
    peaks.preAvgSeconds = 0.10;
    peaks.postAvgSeconds = 0.07;
    peaks.statistic = PeakPickerConfig::Statistic::Mean;
    peaks.delta = 0.02;
    peaks.ratio = 1.5;
    peaks.minValue = 0.0;  // the absolute floor comes from the envelope's own noise (noiseDeviations)
    peaks.minIntervalSeconds = 0.03;
    return peaks;
}

AudioOnsetConfig AudioOnsetConfig::everyAttack()
{
    AudioOnsetConfig config;
    config.maskSeconds = 0.0;
    config.minStrength = 0.0;
    return config;
}

AudioOnsetDetector::AudioOnsetDetector(const AudioOnsetConfig& config)
    : m_config(config)
{
}

std::vector<float> AudioOnsetDetector::envelope(const MelFrames& mel) const
{
    const int bands = mel.melCount;
    std::vector<float> result(static_cast<size_t>(mel.frameCount), 0.0f);
    if (bands == 0) return result;
    const std::vector<float> reference = bandReference(mel, m_config.noisePercentile);
    MelFrames compressed = mel;
    for (int64_t k = 0; k < mel.frameCount; ++k)
        for (int b = 0; b < bands; ++b)
            compressed.at(k, b) = std::log1p(mel.at(k, b) / reference[static_cast<size_t>(b)]);
    const int half = std::max(0, m_config.maxFilterBands / 2);
    const int lag = std::max(1, m_config.lag);
    for (int64_t k = lag; k < mel.frameCount; ++k) {
        const float* now = compressed.frame(k);
        const float* before = compressed.frame(k - lag);
        double sum = 0;
        for (int b = 0; b < bands; ++b) {
            float reference = before[b];
            for (int d = -half; d <= half; ++d) {
                const int j = b + d;
                if (j >= 0 && j < bands) reference = std::max(reference, before[j]);
            }
            sum += std::max(0.0f, now[b] - reference);
        }
        result[static_cast<size_t>(k)] = static_cast<float>(sum / bands);
    }
    // Edges: the first `lag` frames have nothing to compare with, so they repeat the first real value (a file
    // that starts loud is not an attack); the last frames, whose windows reach into the reflected padding, see
    // the mirror's kink as new broadband energy, so they are set to zero.
    if (mel.frameCount > lag)
        std::fill(result.begin(), result.begin() + lag, result[static_cast<size_t>(lag)]);
    const int64_t halfWindow = m_config.mel.nFft / 2 / std::max(1, m_config.mel.hop);
    for (int64_t k = std::max<int64_t>(0, mel.frameCount - halfWindow); k < mel.frameCount; ++k)
        result[static_cast<size_t>(k)] = 0.0f;
    return result;
}

Result<AudioOnsetResult> AudioOnsetDetector::detect(const AudioBuffer& audio, const RunControl* control) const
{
    if (audio.channels() != 1 || audio.sampleRate() != m_config.mel.sampleRate)
        return makeError(ErrorCode::InvalidArgument,
                         "onset detection needs mono " + std::to_string(m_config.mel.sampleRate) + " Hz audio, got "
                             + std::to_string(audio.channels()) + " channel(s) at " + std::to_string(audio.sampleRate()) + " Hz");
    if (control && control->isCancelled()) return makeError(ErrorCode::Cancelled, "onset detection cancelled");
    AudioOnsetResult result = detect(audio.data(), static_cast<int64_t>(audio.frameCount()));
    if (control) control->report(1.0);
    return result;
}

AudioOnsetResult AudioOnsetDetector::detect(const float* samples, int64_t count) const
{
    AudioOnsetResult result;
    result.envelopeRate = m_config.mel.framesPerSecond();
    if (count <= 0) return result;
    MelSpectrogram spectrogram(m_config.mel);
    result.envelope = envelope(spectrogram.compute(samples, count, SpectrogramScale::Linear));
    std::vector<double> candidates = fluxCandidates(result.envelope, result.envelopeRate);
    if (m_config.transients) {
        // Clicks the spectral flux missed (too short for 64 ms frames) join from the fine transient cue.
        std::vector<double> merged = candidates;
        for (double t : transientCandidates(samples, count)) {
            // ... unless a flux onset is that close, or t lies in the body of a sound that began just before.
            const bool covered = std::any_of(candidates.begin(), candidates.end(), [&](double c) {
                return std::abs(c - t) < kTransientMergeSeconds || (t > c && t - c < m_config.maskSeconds);
            });
            if (!covered) merged.push_back(t);
        }
        std::sort(merged.begin(), merged.end());
        candidates = std::move(merged);
    }

    float filePeak = 0.0f;
    for (int64_t i = 0; i < count; ++i) filePeak = std::max(filePeak, std::abs(samples[i]));
    const double duration = static_cast<double>(count) / m_config.mel.sampleRate;
    for (size_t p = 0; p < candidates.size(); ++p) {
        double seconds = candidates[p];
        if (m_config.refineTiming) {
            // Stay between the neighbouring candidates so two close onsets never collapse onto one attack.
            const double previous = p > 0 ? candidates[p - 1] : -1.0;
            const double next = p + 1 < candidates.size() ? candidates[p + 1] : duration + 1.0;
            const double earliest = std::max(seconds - m_config.refineBeforeSeconds, 0.5 * (previous + seconds));
            const double latest = std::min(seconds + m_config.refineAfterSeconds, 0.5 * (seconds + next));
            seconds = refineOnset(samples, count, seconds, earliest, latest);
        }
        seconds = std::clamp(seconds, 0.0, duration);
        if (!result.onsets.empty() && seconds - result.onsets.back().seconds < m_config.peaks.minIntervalSeconds) continue;
        const double strength = strengthAt(samples, count, seconds, filePeak);
        if (strength < m_config.minStrength) continue;
        result.onsets.push_back({seconds, strength});
    }
    return result;
}

std::vector<double> AudioOnsetDetector::fluxCandidates(const std::vector<float>& envelope, double rate) const
{
    // The envelope's own noise (median + k * MAD over the file) sets an absolute floor, so the threshold adapts
    // to how noisy the recording is instead of being one fixed number.
    PeakPickerConfig peaks = m_config.peaks;
    peaks.minValue = std::max(peaks.minValue, robustLevel(envelope, m_config.noiseDeviations));
    std::vector<double> times;
    std::vector<Peak> kept;
    auto masked = [&](const Peak& peak) {
        return std::any_of(kept.begin(), kept.end(), [&](const Peak& before) {
            const double since = (peak.position - before.position) / rate;
            return since < m_config.maskSeconds
                && peak.value < m_config.maskRatio * before.value * (1.0 - since / m_config.maskSeconds);
        });
    };
    for (const Peak& peak : PeakPicker(peaks).pick(envelope, rate)) {
        if (masked(peak)) continue;
        kept.push_back(peak);
        times.push_back(peak.position / rate);
    }
    return times;
}

std::vector<double> AudioOnsetDetector::transientCandidates(const float* samples, int64_t count) const
{
    TransientEnvelopeConfig transientConfig;
    transientConfig.windowSeconds = m_config.transientWindowSeconds;
    const TransientEnvelope transient(transientConfig);
    const std::vector<float> rise = transient.compute(samples, count, m_config.mel.sampleRate);
    PeakPickerConfig peaks;
    peaks.preMaxSeconds = peaks.postMaxSeconds = m_config.peaks.minIntervalSeconds;
    peaks.statistic = PeakPickerConfig::Statistic::Mean;
    peaks.delta = 0.0;
    peaks.minValue = std::max(m_config.transientMinRise, robustLevel(rise, m_config.transientDeviations));
    peaks.minIntervalSeconds = m_config.peaks.minIntervalSeconds;
    std::vector<double> times;
    for (const Peak& peak : PeakPicker(peaks).pick(rise, transient.rate())) times.push_back(peak.position / transient.rate());
    return times;
}

double AudioOnsetDetector::refineOnset(const float* samples, int64_t count, double seconds, double earliest,
                                       double latest) const
{
    const double rate = m_config.mel.sampleRate;
    const int64_t window = std::max<int64_t>(4, std::llround(kRefineWindowSeconds * rate));
    const int64_t step = std::max<int64_t>(1, std::llround(kRefineStepSeconds * rate));
    const int64_t first = std::max<int64_t>(window * 4, std::llround(earliest * rate));
    const int64_t last = std::min<int64_t>(count - window, std::llround(latest * rate));
    if (first > last) return seconds;
    auto energy = [&](int64_t from, int64_t length) {
        double sum = 0;
        for (int64_t i = from; i < from + length; ++i) sum += double(samples[i]) * samples[i];
        return sum / static_cast<double>(length);
    };
    // Rise = level just after t over the level in the 16 ms before it (the longer "before" window makes the
    // pre-onset level robust against noise and makes a sustained attack peak exactly at its start).
    double bestRise = -1e300;
    int64_t best = -1;
    for (int64_t t = first; t <= last; t += step) {
        const double after = energy(t, window);
        const double before = energy(t - 4 * window, 4 * window);
        const double rise = std::log(after + 1e-12) - std::log(before + 1e-12);
        if (rise > bestRise) {
            bestRise = rise;
            best = t;
        }
    }
    return best >= 0 ? static_cast<double>(best) / rate : seconds;
}

double AudioOnsetDetector::strengthAt(const float* samples, int64_t count, double seconds, float filePeak) const
{
    if (filePeak <= 0.0f) return 0.0;
    const double rate = m_config.mel.sampleRate;
    const int64_t from = std::clamp<int64_t>(std::llround(seconds * rate), 0, count);
    const int64_t to = std::clamp<int64_t>(from + std::llround(kStrengthWindowSeconds * rate), from, count);
    float peak = 0.0f;
    for (int64_t i = from; i < to; ++i) peak = std::max(peak, std::abs(samples[i]));
    return std::clamp(static_cast<double>(peak / filePeak), 0.0, 1.0);
}

}  // namespace foley::dsp
