#include "inference/retrieval/OneShotEvent.h"

#include "core/dsp/AudioOnsetDetector.h"
#include "core/types/SampleTime.h"

#include <algorithm>
#include <cmath>

namespace foley::inference {

namespace {

constexpr double kLeadInSeconds = 0.1;
constexpr double kNextAttackMargin = 0.015;  // end this long before the next attack's detection
constexpr double kMinNaturalSeconds = 0.05;
constexpr double kAttackSeconds = 0.06;  // the attack's own body, whose level the rest must not exceed

// Seconds from `start` to shortly before the recording's second attack (the first being its own), or to its end.
double naturalLength(const std::vector<float>& x, size_t start, const dsp::AudioOnsetDetector& detector)
{
    const auto lead = static_cast<size_t>(kLeadInSeconds * kModelRate);
    const size_t available = std::min(x.size() - start, static_cast<size_t>(OneShotEvent::kMaxNaturalSeconds * kModelRate));
    std::vector<float> padded(lead, 0.0f);
    padded.insert(padded.end(), x.begin() + static_cast<long>(start), x.begin() + static_cast<long>(start + available));
    const dsp::OnsetSecondsList onsets = detector.detect(padded.data(), static_cast<int64_t>(padded.size())).onsets;
    double seconds = static_cast<double>(available) / kModelRate;
    for (const dsp::OnsetEvent& onset : onsets) {
        const double after = onset.seconds - kLeadInSeconds;
        if (after > 0.06) {  // a later attack, not the first one's own detection
            seconds = std::min(seconds, after - kNextAttackMargin);
            break;
        }
    }
    // A recording that swells after its attack (an inflating balloon, a creak that grows) would be heard as a
    // second, louder onset: the event ends before its level rises above the attack's.
    const size_t frame = kModelRate / 50;  // 20 ms
    const size_t attackFrames = static_cast<size_t>(kAttackSeconds * kModelRate) / frame;
    double attackLevel = 0.0;
    for (size_t f = 0; (f + 1) * frame <= available; ++f) {
        double energy = 0.0;
        for (size_t i = start + f * frame; i < start + (f + 1) * frame; ++i) energy += static_cast<double>(x[i]) * x[i];
        if (f < attackFrames) {
            attackLevel = std::max(attackLevel, energy);
        } else if (energy > attackLevel) {
            seconds = std::min(seconds, static_cast<double>(f * frame) / kModelRate - kNextAttackMargin);
            break;
        }
    }
    return std::max(seconds, kMinNaturalSeconds);
}

}  // namespace

OneShotEvent OneShotEvent::cut(const std::vector<float>& x)
{
    OneShotEvent event;
    float peak = 0.0f;
    for (float v : x) peak = std::max(peak, std::abs(v));
    if (x.empty() || peak <= 0.0f) return event;
    // Attack: 5 ms before the first sample above 10 % of the recording's peak.
    size_t start = 0;
    while (start < x.size() && std::abs(x[start]) <= 0.1f * peak) ++start;
    start = start > 80 ? start - 80 : 0;
    const size_t length = std::min(x.size() - start, static_cast<size_t>(kMaxSeconds * kModelRate));
    // The local peak of the attack (first 50 ms) anchors the hold-then-decay envelope.
    size_t peakAt = 0;
    float localPeak = 1e-9f;
    for (size_t i = 0; i < std::min(length, static_cast<size_t>(0.05 * kModelRate)); ++i)
        if (std::abs(x[start + i]) > localPeak) localPeak = std::abs(x[start + (peakAt = i)]);
    const double holdEnd = static_cast<double>(peakAt) / kModelRate + kHoldSeconds;
    const size_t fade = kModelRate / 100;  // 10 ms raised-cosine end
    event.samples.resize(length);
    float cutPeak = 1e-9f;
    for (size_t i = 0; i < length; ++i) {
        const double t = static_cast<double>(i) / kModelRate;
        double gain = t <= holdEnd ? 1.0 : std::exp(-(t - holdEnd) / kDecaySeconds);
        if (i + fade >= length) gain *= 0.5 * (1.0 + std::cos(M_PI * static_cast<double>(i + fade - length + 1) / static_cast<double>(fade)));
        event.samples[i] = static_cast<float>(gain * x[start + i]);
        cutPeak = std::max(cutPeak, std::abs(event.samples[i]));
    }
    for (float& v : event.samples) v /= cutPeak;
    // Count attacks on the cut over a short silent lead-in, as it will sound in a scene.
    std::vector<float> padded(static_cast<size_t>(0.1 * kModelRate), 0.0f);
    padded.insert(padded.end(), event.samples.begin(), event.samples.end());
    padded.resize(padded.size() + static_cast<size_t>(0.1 * kModelRate), 0.0f);
    for (float& v : padded) v *= 0.5f;
    // Without masking and level gate: a second hit inside the cut's body, which a listener (and aubioonset) hears as
    // an extra onset, must count here even where the editor's detector would fold it into the first.
    const dsp::AudioOnsetDetector everyAttack(dsp::AudioOnsetConfig::everyAttack());
    event.attacks = static_cast<int>(everyAttack.detect(padded.data(), static_cast<int64_t>(padded.size())).onsets.size());
    event.naturalSeconds = naturalLength(x, start, everyAttack);
    return event;
}

}  // namespace foley::inference
