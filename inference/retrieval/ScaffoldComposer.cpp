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
constexpr size_t kMaxReferenceSamples = 2 * kModelRate;
constexpr size_t kAttackPreRollSamples = 80;   // 5 ms kept before a reference's attack
constexpr size_t kEventFadeSamples = kModelRate / 50;  // 20 ms, where an event must end before the next
constexpr double kEventGapSeconds = 0.02;      // an event ends this long before the next onset...
constexpr double kMinEventSeconds = 0.05;      // ... but keeps at least this much
constexpr double kEventPeak = 0.6;             // of an event at strength 1
constexpr float kTexturePeak = 0.35f;
constexpr double kMaskSmoothing = 0.002;       // per sample: ~30 ms, no clicks at mask steps
constexpr double kInaudibleLevel = 1e-4;
constexpr float kMaskThreshold = 0.02f;        // a mask this low or lower is off

// Index of the attack: kAttackPreRollSamples before the first sample above 10 % of the clip's peak.
size_t attackStart(const std::vector<float>& x)
{
    float peak = 0.0f;
    for (float v : x) peak = std::max(peak, std::abs(v));
    if (peak <= 0.0f) return 0;
    for (size_t i = 0; i < x.size(); ++i)
        if (std::abs(x[i]) > 0.1f * peak) return i > kAttackPreRollSamples ? i - kAttackPreRollSamples : 0;
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

// Linear in dB from -60 dB to 0 over `fadeSamples`: a level that starts with the take never reads as an onset at 0
// and never jumps from one analysis frame to the next.
double fadeInGain(size_t i, size_t fadeSamples)
{
    return i < fadeSamples ? dbToGain(-60.0 * (1.0 - static_cast<double>(i) / static_cast<double>(fadeSamples))) : 1.0;
}

void addRoomTone(std::vector<float>& out, double db, std::mt19937_64& rng)
{
    if (db <= -120.0) return;
    std::normal_distribution<float> noise(0.0f, 1.0f);
    const float gain = static_cast<float>(dbToGain(db)) * 2.0f;  // one-pole low-pass loses about half the RMS
    const size_t fadeIn = std::min(out.size(), static_cast<size_t>(kRoomToneFadeSeconds * kModelRate));
    float state = 0.0f;
    for (size_t i = 0; i < out.size(); ++i) {
        state = 0.97f * state + 0.03f * noise(rng) * 8.0f;  // a gentle one-pole low-pass: a soft, dark hiss
        const float ramp = i < fadeIn ? static_cast<float>(fadeInGain(i, fadeIn)) : 1.0f;
        out[i] += gain * state * 0.25f * ramp;
    }
}

// One scaffold being composed: the plan, the recordings it may use, the seed's draws (in a fixed order: events,
// texture, room tone, reference) and the audio so far.
class ScaffoldBuilder {
public:
    ScaffoldBuilder(const SoundLibrary& library, const ScaffoldPlan& plan, std::vector<size_t> candidates)
        : m_library(library), m_plan(plan), m_candidates(std::move(candidates)), m_rng(plan.seed * 0x9E3779B97F4A7C15ull + 17),
          m_out(static_cast<size_t>(plan.durationSamples), 0.0f)
    {}

    Result<Scaffold> build()
    {
        if (const Status events = placeEvents(); !events) return events.error();
        if (const Status texture = layTexture(); !texture) return texture.error();
        addRoomTone(m_out, m_plan.roomToneDb, m_rng);
        for (float& v : m_out) v = std::clamp(v, -1.0f, 1.0f);
        m_scaffold.audio = AudioBuffer(std::move(m_out), kModelRate, 1);
        if (const Status reference = chooseReference(); !reference) return reference.error();
        return std::move(m_scaffold);
    }

private:
    size_t pick() { return m_candidates[std::uniform_int_distribution<size_t>(0, m_candidates.size() - 1)(m_rng)]; }

    // A recording whose one-shot cut has a single attack, if one of a few draws has.
    Result<size_t> pickOneShot()
    {
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
    }

    // Events at the onsets: one-shot cuts (OneShotEvent), each ending shortly before the next onset so no tail adds
    // a transient of its own; the same recording again with the plan's probability.
    Status placeEvents()
    {
        dsp::OnsetSecondsList onsets = m_plan.onsets;
        std::sort(onsets.begin(), onsets.end(), [](const auto& a, const auto& b) { return a.seconds < b.seconds; });
        size_t clip = 0;
        for (size_t k = 0; k < onsets.size(); ++k) {
            if (k == 0 || std::uniform_real_distribution<double>(0, 1)(m_rng) > m_plan.sameClipProbability) {
                Result<size_t> chosen = pickOneShot();
                if (!chosen) return chosen.error();
                clip = *chosen;
            }
            Result<OneShotEvent> event = m_library.event(clip);
            if (!event) return event.error();
            const std::vector<float>& x = event->samples;
            const double gap = k + 1 < onsets.size() ? onsets[k + 1].seconds - onsets[k].seconds - kEventGapSeconds : OneShotEvent::kMaxSeconds;
            const size_t length = std::min(x.size(), static_cast<size_t>(std::clamp(gap, kMinEventSeconds, OneShotEvent::kMaxSeconds) * kModelRate));
            const double gain = kEventPeak * strengthGain(onsets[k].strength);
            const auto at = static_cast<int64_t>(std::llround(onsets[k].seconds * kModelRate));
            addFaded(m_out, at, x.data(), length, gain, std::min(kEventFadeSamples, length / 2));
            m_scaffold.clipsUsed.push_back(clip);
        }
        return okStatus();
    }

    // Texture under the mask: one recording looped (for a bed, the steadiest of several), its level following the
    // mask, fading in like the room tone where it starts with the take.
    Status layTexture()
    {
        const bool hasMask = std::any_of(m_plan.mask.values.begin(), m_plan.mask.values.end(), [](float v) { return v > kMaskThreshold; });
        const std::string textureClass = m_plan.textureClass.empty() ? m_plan.soundClass : m_plan.textureClass;
        const std::vector<size_t>& textures = textureClass == m_plan.soundClass ? m_candidates : m_library.clipsOf(textureClass);
        if (!hasMask || m_plan.mask.rate <= 0 || textures.empty()) return okStatus();
        size_t texture = 0;
        std::optional<AudioBuffer> audio;
        double unsteadiness = 0.0;
        for (int attempt = 0; attempt < (m_plan.textureIsBed ? kBedAttempts : 1); ++attempt) {
            const size_t candidate = textures[std::uniform_int_distribution<size_t>(0, textures.size() - 1)(m_rng)];
            Result<AudioBuffer> candidateAudio = m_library.audio(candidate);
            if (!candidateAudio) return candidateAudio.error();
            const double score = m_plan.textureIsBed ? dsp::RecordingDescriptors::levelUnsteadiness(
                                                           candidateAudio->data(), static_cast<int64_t>(candidateAudio->frameCount()), kModelRate)
                                                     : 0.0;
            if (attempt == 0 || score < unsteadiness) {
                texture = candidate;
                audio = std::move(*candidateAudio);
                unsteadiness = score;
            }
        }
        const std::vector<float>& x = audio->samples();
        if (x.empty()) return okStatus();
        const float norm = kTexturePeak / peakOf(x);
        const size_t offset = std::uniform_int_distribution<size_t>(0, x.size() - 1)(m_rng);
        const std::vector<float> bed = looped(x, 1, offset, m_out.size(), m_plan.textureIsBed ? kBedCrossfadeSamples : 0);
        double level = 0.0;
        const auto fadeInSamples = static_cast<size_t>(kRoomToneFadeSeconds * kModelRate);
        for (size_t i = 0; i < m_out.size(); ++i) {
            const auto m = static_cast<size_t>(static_cast<double>(i) / kModelRate * m_plan.mask.rate);
            const double value = m < m_plan.mask.values.size() ? m_plan.mask.values[m] : 0.0;
            const double target = m_plan.textureIsBed ? bedGain(value) : value;
            level += (target - level) * kMaskSmoothing;
            if (level > kInaudibleLevel) m_out[i] += static_cast<float>(fadeInGain(i, fadeInSamples) * level * norm * bed[i]);
        }
        m_scaffold.clipsUsed.push_back(texture);
        m_scaffold.textureUsed = true;
        return okStatus();
    }

    // The reference: preferably a recording not used above, long enough to describe a timbre (kMinReferenceSeconds
    // after its attack); none when the class has no such recording (the engine then runs without a reference).
    Status chooseReference()
    {
        for (int tries = 0; tries < kReferenceAttempts; ++tries) {
            const size_t reference = pick();
            const bool used = std::find(m_scaffold.clipsUsed.begin(), m_scaffold.clipsUsed.end(), reference) != m_scaffold.clipsUsed.end();
            if (used && tries + 1 < kReferenceAttempts / 2) continue;
            Result<AudioBuffer> ref = m_library.audio(reference);
            if (!ref) return ref.error();
            const std::vector<float>& r = ref->samples();
            const size_t start = attackStart(r);
            const size_t n = std::min(r.size() - start, kMaxReferenceSamples);
            if (n < static_cast<size_t>(kMinReferenceSeconds * kModelRate)) continue;
            m_scaffold.reference = AudioBuffer(std::vector<float>(r.begin() + static_cast<long>(start), r.begin() + static_cast<long>(start + n)), kModelRate, 1);
            break;
        }
        return okStatus();
    }

    const SoundLibrary& m_library;
    const ScaffoldPlan& m_plan;
    std::vector<size_t> m_candidates;
    std::mt19937_64 m_rng;
    std::vector<float> m_out;
    Scaffold m_scaffold;
};

}  // namespace

Result<Scaffold> ScaffoldComposer::compose(const ScaffoldPlan& plan) const
{
    if (plan.durationSamples <= 0) return makeError(ErrorCode::InvalidArgument, "scaffold needs a positive duration");
    std::vector<size_t> candidates = plan.allowedClips;
    if (candidates.empty()) candidates = m_library.clipsOf(plan.soundClass);
    if (candidates.empty())
        return makeError(ErrorCode::InvalidArgument, "the sound library has no recording of class '" + plan.soundClass + "'");
    return ScaffoldBuilder(m_library, plan, std::move(candidates)).build();
}

}  // namespace foley::inference
