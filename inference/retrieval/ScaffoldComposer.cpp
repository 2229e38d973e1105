#include "inference/retrieval/ScaffoldComposer.h"

#include "core/types/SampleTime.h"
#include "core/dsp/RecordingDescriptors.h"
#include "inference/retrieval/MixRules.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <random>

namespace foley::inference {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kOneShotAttempts = 6;
constexpr double kRoomToneFadeSeconds = 0.5;
constexpr int kReferenceAttempts = 8;
constexpr int kBedAttempts = 8;  // texture recordings compared for a bed under events
constexpr size_t kBedCrossfadeSamples = kModelRate / 8;  // loop point of a bed
constexpr double kMinReferenceSeconds = 0.25;  // shorter after its attack, a recording describes no timbre

// Index of the attack: a few milliseconds before the first sample above 10 % of the clip's peak.
size_t attackStart(const std::vector<float>& x)
{
    float peak = 0.0f;
    for (float v : x) peak = std::max(peak, std::abs(v));
    if (peak <= 0.0f) return 0;
    for (size_t i = 0; i < x.size(); ++i)
        if (std::abs(x[i]) > 0.1f * peak) return i > 80 ? i - 80 : 0;
    return 0;
}

// Adds `n` samples of `x` at `at`, scaled, with a raised-cosine fade over the last `fade` samples.
void addFaded(std::vector<float>& out, int64_t at, const float* x, size_t n, double gain, size_t fade)
{
    for (size_t i = 0; i < n; ++i) {
        const int64_t k = at + static_cast<int64_t>(i);
        if (k < 0 || k >= static_cast<int64_t>(out.size())) continue;
        double g = gain;
        if (i + fade >= n && fade > 0) g *= 0.5 * (1.0 + std::cos(kPi * static_cast<double>(i + fade - n + 1) / static_cast<double>(fade)));
        out[static_cast<size_t>(k)] += static_cast<float>(g * x[i]);
    }
}

void addRoomTone(std::vector<float>& out, double db, std::mt19937_64& rng)
{
    if (db <= -120.0) return;
    std::normal_distribution<float> noise(0.0f, 1.0f);
    const float gain = static_cast<float>(dbToGain(db)) * 2.0f;  // one-pole low-pass loses about half the RMS
    // The room tone fades in: a take that starts on a full noise floor has an "onset" at 0 for any detector.
    const size_t fadeIn = std::min(out.size(), static_cast<size_t>(kRoomToneFadeSeconds * kModelRate));
    float state = 0.0f;
    for (size_t i = 0; i < out.size(); ++i) {
        state = 0.97f * state + 0.03f * noise(rng) * 8.0f;
        // Linear in dB (-60 dB -> 0 over the fade): the level never jumps from one analysis frame to the next.
        const float ramp = i < fadeIn ? static_cast<float>(dbToGain(-60.0 * (1.0 - static_cast<double>(i) / static_cast<double>(fadeIn)))) : 1.0f;
        out[i] += gain * state * 0.25f * ramp;
    }
}

}  // namespace

Result<Scaffold> ScaffoldComposer::compose(const ScaffoldPlan& plan) const
{
    if (plan.durationSamples <= 0) return makeError(ErrorCode::InvalidArgument, "scaffold needs a positive duration");
    std::vector<size_t> candidates = plan.allowedClips;
    if (candidates.empty()) candidates = m_library.clipsOf(plan.soundClass);
    if (candidates.empty())
        return makeError(ErrorCode::InvalidArgument, "the sound library has no recording of class '" + plan.soundClass + "'");
    std::mt19937_64 rng(plan.seed * 0x9E3779B97F4A7C15ull + 17);
    auto pick = [&]() { return candidates[std::uniform_int_distribution<size_t>(0, candidates.size() - 1)(rng)]; };

    Scaffold scaffold;
    std::vector<float> out(static_cast<size_t>(plan.durationSamples), 0.0f);
    const size_t fade = kModelRate / 50;  // 20 ms

    // Events at the onsets: one-shot cuts (OneShotEvent), preferring recordings whose cut has a single attack;
    // each ends shortly before the next onset so no tail adds a transient of its own.
    auto pickOneShot = [&]() -> Result<size_t> {
        size_t best = pick();
        int bestAttacks = 1 << 20;
        for (int attempt = 0; attempt < kOneShotAttempts; ++attempt) {
            const size_t candidate = attempt == 0 ? best : pick();
            Result<OneShotEvent> e = m_library.event(candidate);
            if (!e) return e.error();
            const int distance = std::abs(e->attacks - 1);
            if (distance < bestAttacks) {
                best = candidate;
                bestAttacks = distance;
            }
            if (distance == 0) break;
        }
        return best;
    };
    dsp::OnsetSecondsList onsets = plan.onsets;
    std::sort(onsets.begin(), onsets.end(), [](const auto& a, const auto& b) { return a.seconds < b.seconds; });
    size_t clip = 0;
    for (size_t k = 0; k < onsets.size(); ++k) {
        if (k == 0 || std::uniform_real_distribution<double>(0, 1)(rng) > plan.sameClipProbability) {
            Result<size_t> chosen = pickOneShot();
            if (!chosen) return chosen.error();
            clip = *chosen;
        }
        Result<OneShotEvent> event = m_library.event(clip);
        if (!event) return event.error();
        const std::vector<float>& x = event->samples;
        const double gap = k + 1 < onsets.size() ? onsets[k + 1].seconds - onsets[k].seconds - 0.02 : OneShotEvent::kMaxSeconds;
        const size_t length = std::min(x.size(), static_cast<size_t>(std::clamp(gap, 0.05, OneShotEvent::kMaxSeconds) * kModelRate));
        const double gain = 0.6 * strengthGain(onsets[k].strength);
        const auto at = static_cast<int64_t>(std::llround(onsets[k].seconds * kModelRate));
        addFaded(out, at, x.data(), length, gain, std::min(fade, length / 2));
        scaffold.clipsUsed.push_back(clip);
    }

    // Texture under the mask: one recording looped, its level following the mask.
    const bool hasMask = std::any_of(plan.mask.values.begin(), plan.mask.values.end(), [](float v) { return v > 0.02f; });
    const std::string textureClass = plan.textureClass.empty() ? plan.soundClass : plan.textureClass;
    const std::vector<size_t>& textures = textureClass == plan.soundClass ? candidates : m_library.clipsOf(textureClass);
    if (hasMask && plan.mask.rate > 0 && !textures.empty()) {
        size_t texture = 0;
        std::optional<AudioBuffer> audio;
        double unsteadiness = 0.0;
        // One random recording; for a bed, the steadiest of several.
        for (int attempt = 0; attempt < (plan.textureIsBed ? kBedAttempts : 1); ++attempt) {
            const size_t candidate = textures[std::uniform_int_distribution<size_t>(0, textures.size() - 1)(rng)];
            Result<AudioBuffer> candidateAudio = m_library.audio(candidate);
            if (!candidateAudio) return candidateAudio.error();
            const double score = plan.textureIsBed ? dsp::RecordingDescriptors::levelUnsteadiness(candidateAudio->data(), static_cast<int64_t>(candidateAudio->frameCount()), kModelRate) : 0.0;
            if (attempt == 0 || score < unsteadiness) {
                texture = candidate;
                audio = std::move(*candidateAudio);
                unsteadiness = score;
            }
        }
        const std::vector<float>& x = audio->samples();
        if (!x.empty()) {
            const float norm = 0.35f / peakOf(x);
            const size_t offset = std::uniform_int_distribution<size_t>(0, x.size() - 1)(rng);
            const std::vector<float> bed = looped(x, 1, offset, out.size(), plan.textureIsBed ? kBedCrossfadeSamples : 0);
            double level = 0.0;
            const auto fadeInSamples = static_cast<size_t>(kRoomToneFadeSeconds * kModelRate);
            for (size_t i = 0; i < out.size(); ++i) {
                const auto m = static_cast<size_t>(static_cast<double>(i) / kModelRate * plan.mask.rate);
                const double value = m < plan.mask.values.size() ? plan.mask.values[m] : 0.0;
                const double target = plan.textureIsBed ? bedGain(value) : value;
                level += (target - level) * 0.002;  // ~30 ms smoothing: no clicks at mask steps
                // A texture present from the first sample fades in like the room tone (no "onset" at t = 0).
                const double fadeIn = i < fadeInSamples ? dbToGain(-60.0 * (1.0 - static_cast<double>(i) / static_cast<double>(fadeInSamples))) : 1.0;
                if (level > 1e-4) out[i] += static_cast<float>(fadeIn * level * norm * bed[i]);
            }
            scaffold.clipsUsed.push_back(texture);
            scaffold.textureUsed = true;
        }
    }
    addRoomTone(out, plan.roomToneDb, rng);
    for (float& v : out) v = std::clamp(v, -1.0f, 1.0f);
    scaffold.audio = AudioBuffer(std::move(out), kModelRate, 1);

    // The reference: preferably a recording not used above, long enough to describe a timbre (>= 0.25 s after its
    // attack); none when the class has no such recording (the engine then runs without a reference).
    for (int tries = 0; tries < kReferenceAttempts; ++tries) {
        const size_t reference = pick();
        const bool used = std::find(scaffold.clipsUsed.begin(), scaffold.clipsUsed.end(), reference) != scaffold.clipsUsed.end();
        if (used && tries + 1 < kReferenceAttempts / 2) continue;
        Result<AudioBuffer> ref = m_library.audio(reference);
        if (!ref) return ref.error();
        const std::vector<float>& r = ref->samples();
        const size_t start = attackStart(r);
        const size_t n = std::min(r.size() - start, static_cast<size_t>(2 * kModelRate));
        if (n < static_cast<size_t>(kMinReferenceSeconds * kModelRate)) continue;
        scaffold.reference = AudioBuffer(std::vector<float>(r.begin() + static_cast<long>(start), r.begin() + static_cast<long>(start + n)), kModelRate, 1);
        break;
    }
    return scaffold;
}

}  // namespace foley::inference
