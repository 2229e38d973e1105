#include "inference/render/RecordingRenderer.h"

#include "core/dsp/MelSpectrogram.h"
#include "core/dsp/RecordingDescriptors.h"
#include "core/dsp/Resampler.h"
#include "core/types/SampleTime.h"
#include "inference/render/TextureLayer.h"
#include "inference/render/UnitFeatures.h"
#include "inference/retrieval/MixRules.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <numeric>
#include <random>

namespace foley::inference {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kAttackThreshold = 0.1;  // of the recording's peak: where its attack is
constexpr double kExtraAttackPenalty = 0.25;   // per attack beyond the first in the cut
constexpr double kShortCutPenalty = 0.5;       // a recording whose own event is shorter than kShortCutSeconds
constexpr double kShortCutSeconds = 0.12;
constexpr double kMelFramesPerSecond = 100.0;
constexpr double kOwnAttackSeconds = 0.06;       // detections this close after the attack are the attack itself
constexpr double kNextAttackMarginSeconds = 0.015;
constexpr double kRepeatPenalty = 0.15;  // per earlier use in the take: spread the choice as a random container does

struct EventChoice {
    size_t clip = 0;
    double semitones = 0.0;
    double gainDb = 0.0;
    double distance = 0.0;
};

RecordingSource sourceOf(const LibraryClip& clip)
{
    return {clip.id, clip.renderPath(), clip.package, clip.licence, clip.source};
}

// Chooses the recording of every event (in onset order) by unit selection, and draws its variation.
class EventSelector {
public:
    EventSelector(const SoundLibrary& library, const dsp::MelFrames& target, TakeProvenance& provenance)
        : m_library(library), m_target(target), m_provenance(provenance)
    {}

    // `onsetPools`: per onset, its pool in `eventPools` (RecordingPlan::kClassPool = `candidates`), or empty.
    Result<std::vector<EventChoice>> choose(const std::vector<size_t>& candidates, const dsp::OnsetSecondsList& onsets,
                                            const std::vector<size_t>& onsetPools, const std::vector<std::vector<size_t>>& eventPools,
                                            std::mt19937_64& rng)
    {
        const auto poolOf = [&](size_t k) { return k < onsetPools.size() ? onsetPools[k] : RecordingPlan::kClassPool; };
        bool classUsed = false;
        for (size_t k = 0; k < onsets.size(); ++k) classUsed = classUsed || poolOf(k) == RecordingPlan::kClassPool;
        // One pool per take, drawn by the seed: another seed, another set of recordings to choose from.
        const std::vector<size_t> pool = draw(candidates, classUsed, rng);
        if (pool.empty() && classUsed) return makeError(ErrorCode::MediaDecodeFailed, "no recording of the class could be read");
        std::vector<std::vector<size_t>> pools;
        for (const std::vector<size_t>& own : eventPools) pools.push_back(draw(own, true, rng));
        std::map<size_t, int> uses;
        std::vector<EventChoice> choices;
        size_t previous = SIZE_MAX;
        for (size_t k = 0; k < onsets.size(); ++k) {
            const dsp::OnsetEvent& onset = onsets[k];
            EventChoice choice;
            choice.semitones = std::uniform_real_distribution<double>(-RecordingRenderer::kMaxSemitones, RecordingRenderer::kMaxSemitones)(rng);
            choice.gainDb = std::uniform_real_distribution<double>(-RecordingRenderer::kMaxGainDb, RecordingRenderer::kMaxGainDb)(rng);
            const size_t own = poolOf(k);
            if (own != RecordingPlan::kClassPool && (own >= pools.size() || pools[own].empty()))
                return makeError(ErrorCode::MediaDecodeFailed, "the recording meant for the onset at " + std::to_string(onset.seconds)
                                                                   + " s cannot be read");
            const std::vector<size_t>& from = own == RecordingPlan::kClassPool ? pool : pools[own];
            const UnitFeatures wanted = m_target.isEmpty() || from.size() == 1
                                            ? UnitFeatures{}
                                            : UnitFeatures::ofEvent(m_target, std::llround(onset.seconds * kMelFramesPerSecond));
            double best = 1e300;
            choice.clip = from.front();  // a pool of one recording can only repeat it
            for (size_t clip : from) {
                if (clip == previous && from.size() > 1) continue;
                const OneShotEvent& cut = m_events.at(clip);
                const double distance = wanted.isEmpty() ? 0.0 : UnitFeatures::eventDistance(wanted, m_features.at(clip));
                double score = distance + kRepeatPenalty * uses[clip];
                score += kExtraAttackPenalty * std::max(cut.attacks - 1, 0);
                if (cut.naturalSeconds < kShortCutSeconds) score += kShortCutPenalty;
                if (score < best) {
                    best = score;
                    choice.clip = clip;
                    choice.distance = distance;
                }
            }
            ++uses[choice.clip];
            previous = choice.clip;
            choices.push_back(choice);
        }
        return choices;
    }

    const OneShotEvent& event(size_t clip) const { return m_events.at(clip); }

private:
    // Up to kCandidatePool readable recordings of `clips` in an order the seed draws (none when `needed` is false).
    std::vector<size_t> draw(std::vector<size_t> clips, bool needed, std::mt19937_64& rng)
    {
        if (clips.size() > 1) std::shuffle(clips.begin(), clips.end(), rng);
        std::vector<size_t> pool;
        for (size_t clip : clips) {
            if (static_cast<int>(pool.size()) == RecordingRenderer::kCandidatePool) break;
            if (needed && featuresOf(clip)) pool.push_back(clip);
        }
        return pool;
    }

    const UnitFeatures* featuresOf(size_t clip)
    {
        if (const auto it = m_features.find(clip); it != m_features.end()) return &it->second;
        Result<OneShotEvent> cut = m_library.event(clip);
        if (!cut || cut->samples.empty()) {
            m_provenance.notes.push_back("skipped " + m_library.clips()[clip].path + ": "
                                         + (cut ? std::string("no audio") : cut.error().message));
            return nullptr;
        }
        m_events[clip] = *cut;
        const dsp::MelFrames mel = m_mel.compute(cut->samples.data(), static_cast<int64_t>(cut->samples.size()));
        return &(m_features[clip] = UnitFeatures::ofEvent(mel, 0));
    }

    const SoundLibrary& m_library;
    const dsp::MelFrames& m_target;
    TakeProvenance& m_provenance;
    dsp::MelSpectrogram m_mel;
    std::map<size_t, UnitFeatures> m_features;
    std::map<size_t, OneShotEvent> m_events;
};

size_t attackFrame(const std::vector<float>& x, int channels)
{
    const auto c = static_cast<size_t>(channels);
    float peak = 0.0f;
    for (float v : x) peak = std::max(peak, std::abs(v));
    if (peak <= 0.0f) return 0;
    for (size_t i = 0; i < x.size(); ++i)
        if (std::abs(x[i]) > static_cast<float>(kAttackThreshold) * peak) return i / c;
    return 0;
}

// Adds `cut` (interleaved, `cutChannels`) into the block `out` (`outChannels`, `outFrames` frames from take frame
// `outStart`) from take frame `at`, scaled, with a raised-cosine fade over its last `fade` frames. Mono into stereo
// plays in the centre; stereo into mono is averaged.
void mixInto(float* out, int outChannels, int64_t outStart, int64_t outFrames, int64_t at, const std::vector<float>& cut,
             int cutChannels, size_t frames, double gain, size_t fade)
{
    const auto oc = static_cast<size_t>(outChannels), cc = static_cast<size_t>(cutChannels);
    const int64_t first = std::max<int64_t>(0, outStart - at);
    const int64_t last = std::min<int64_t>(static_cast<int64_t>(frames), outStart + outFrames - at);
    for (int64_t j = first; j < last; ++j) {
        const auto i = static_cast<size_t>(j);
        const int64_t k = at + j - outStart;
        double g = gain;
        if (fade > 0 && i + fade >= frames) g *= 0.5 * (1.0 + std::cos(kPi * static_cast<double>(i + fade - frames + 1) / static_cast<double>(fade)));
        float* o = out + static_cast<size_t>(k) * oc;
        const float* x = cut.data() + i * cc;
        for (size_t ch = 0; ch < oc; ++ch) {
            const float v = cc == oc ? x[ch] : cc == 1 ? x[0] : 0.5f * (x[0] + x[1]);
            o[ch] += static_cast<float>(g * v);
        }
    }
}

struct PlacedCut {
    std::vector<float> samples;  // interleaved, resampled
    int channels = 1;
    size_t attack = 0;  // frame of the attack inside samples
    bool endsInsideRecording = false;  // cut before the recording's next attack (or its length limit), not its end
};

// Frames from `start` to just before the next attack the recording has at full band after its own one (the 16 kHz
// analysis of OneShotEvent cannot hear flicker above 8 kHz), or `frames` when there is none.
size_t untilNextFullBandAttack(const std::vector<float>& x, int channels, size_t start, size_t attack, size_t frames, int rate)
{
    const auto c = static_cast<size_t>(channels);
    std::vector<float> mono(frames);
    for (size_t i = 0; i < frames; ++i) {
        float sum = 0.0f;
        for (size_t ch = 0; ch < c; ++ch) sum += x[(start + i) * c + ch];
        mono[i] = sum / static_cast<float>(c);
    }
    const double ownAttack = static_cast<double>(attack - start) / rate;
    for (double t : dsp::RecordingDescriptors::highFrequencyAttackTimes(mono.data(), static_cast<int64_t>(frames), rate))
        if (t > ownAttack + kOwnAttackSeconds) return std::min(frames, static_cast<size_t>(std::llround((t - kNextAttackMarginSeconds) * rate)));
    return frames;
}

// The recording's own event at the take's rate, varispeed applied.
Result<PlacedCut> prepareCut(const SoundLibrary& library, size_t clip, const OneShotEvent& event, const EventChoice& choice, int rate)
{
    Result<AudioBuffer> audio = library.renderAudio(clip, rate);
    if (!audio) return audio.error();
    const int channels = audio->channels();
    const std::vector<float>& x = audio->samples();
    const size_t attack = attackFrame(x, channels);
    const auto preRoll = static_cast<size_t>(std::llround(RecordingRenderer::kPreRollSeconds * rate));
    const size_t start = attack > preRoll ? attack - preRoll : 0;
    size_t frames = std::min(audio->frameCount() - start, static_cast<size_t>(std::llround(event.naturalSeconds * rate)) + preRoll);
    frames = std::min(frames, untilNextFullBandAttack(x, channels, start, attack, frames, rate));
    const float* from = x.data() + start * static_cast<size_t>(channels);
    PlacedCut cut;
    cut.channels = channels;
    cut.endsInsideRecording = start + frames < audio->frameCount();
    cut.samples = dsp::Resampler(std::pow(2.0, -choice.semitones / 12.0)).process(from, frames, channels);
    cut.attack = attackFrame(cut.samples, channels);
    return cut;
}

// A cut placed in the take: where it starts, how much of it plays, at what gain, with what fade.
struct ScheduledCut {
    PlacedCut cut;
    int64_t at = 0;  // take frame of the cut's first frame
    size_t frames = 0;
    double gain = 1.0;
    size_t fade = 0;
    int64_t end() const { return at + static_cast<int64_t>(frames); }
};

// The take's blocks in order: events come in as their onsets approach, textures as their spans begin, and both
// leave once they have played out, so memory follows what sounds at once, not the take's length.
class BlockMixer {
public:
    BlockMixer(const SoundLibrary& library, const EventSelector& selector, const std::vector<EventChoice>& choices,
               const dsp::OnsetSecondsList& onsets, const TextureLayer& textures, const std::vector<TextureLoop>& loops,
               const RecordingPlan& plan, const RecordingRenderOptions& options, TakeProvenance& provenance)
        : m_library(library), m_selector(selector), m_choices(choices), m_onsets(onsets), m_textures(textures), m_loops(loops),
          m_plan(plan), m_options(options), m_provenance(provenance)
    {}

    // Mixes [start, start + frames) into `out` (zeroed, interleaved, `channels`).
    Status mixBlock(float* out, int channels, int64_t start, int64_t frames)
    {
        const int64_t end = start + frames;
        const auto lookAhead = static_cast<int64_t>(kLookAheadSeconds * m_options.sampleRate);
        while (m_nextCut < m_choices.size() && onsetFrame(m_nextCut) < end + lookAhead) {
            Status scheduled = schedule(m_nextCut++);
            if (!scheduled) return scheduled;
        }
        for (const ScheduledCut& c : m_cuts)
            mixInto(out, channels, start, frames, c.at, c.cut.samples, c.cut.channels, c.frames, c.gain, c.fade);
        m_cuts.erase(std::remove_if(m_cuts.begin(), m_cuts.end(), [end](const ScheduledCut& c) { return c.end() <= end; }), m_cuts.end());

        while (m_nextLoop < m_loops.size() && m_loops[m_nextLoop].startFrame < end) {
            if (std::unique_ptr<TextureVoice> voice = m_textures.voice(m_loops[m_nextLoop], m_plan.mask, m_options.frames))
                m_voices.push_back(std::move(voice));
            ++m_nextLoop;
        }
        for (const std::unique_ptr<TextureVoice>& voice : m_voices) voice->mix(out, channels, start, frames);
        m_voices.erase(std::remove_if(m_voices.begin(), m_voices.end(), [end](const auto& v) { return v->endFrame() <= end; }),
                       m_voices.end());
        return okStatus();
    }

private:
    // A cut's attack sits a few milliseconds into it (kPreRollSeconds, varispeed): events are prepared this far ahead
    // of their onsets so that every cut is in place before the block its first frame falls in.
    static constexpr double kLookAheadSeconds = 1.0;

    int64_t onsetFrame(size_t k) const { return std::llround(m_onsets[k].seconds * m_options.sampleRate); }

    Status schedule(size_t k)
    {
        const int rate = m_options.sampleRate;
        const EventChoice& choice = m_choices[k];
        Result<PlacedCut> cut = prepareCut(m_library, choice.clip, m_selector.event(choice.clip), choice, rate);
        if (!cut) return makeError(cut.error().code, "cannot render from " + m_library.clips()[choice.clip].renderPath() + ": " + cut.error().message);
        ScheduledCut s;
        s.at = onsetFrame(k) - static_cast<int64_t>(cut->attack);
        const size_t available = cut->samples.size() / static_cast<size_t>(cut->channels);
        s.frames = available;
        bool faded = false;
        if (k + 1 < m_choices.size()) {
            // The cut ends before the next one's pre-roll; it keeps at least its attack and 10 ms.
            const auto preRoll = static_cast<int64_t>(std::llround(RecordingRenderer::kPreRollSeconds * rate));
            const int64_t room = onsetFrame(k + 1) - preRoll - s.at;
            const int64_t keep = std::max<int64_t>(room, static_cast<int64_t>(cut->attack) + std::llround(RecordingRenderer::kFadeSeconds * rate));
            if (keep < static_cast<int64_t>(available)) {
                s.frames = static_cast<size_t>(keep);
                faded = true;
            }
        }
        const double levelDb = strengthGainDb(m_onsets[k].strength);
        s.gain = RecordingRenderer::kEventPeak * dbToGain(levelDb + choice.gainDb) / peakOf(cut->samples);
        // A cut that stops inside its recording (before the recording's own next attack) fades out over its last
        // kTailFadeSeconds instead of stopping on a click; one that must make room for the next onset over kFadeSeconds.
        if (faded) s.fade = std::min(s.frames / 2, static_cast<size_t>(std::llround(RecordingRenderer::kFadeSeconds * rate)));
        else if (cut->endsInsideRecording) s.fade = std::min(s.frames / 4, static_cast<size_t>(std::llround(RecordingRenderer::kTailFadeSeconds * rate)));
        const LibraryClip& clip = m_library.clips()[choice.clip];
        m_provenance.events.push_back({m_onsets[k].seconds, sourceOf(clip), choice.semitones, choice.gainDb, levelDb,
                                       static_cast<double>(s.frames) / rate, faded, choice.distance});
        s.cut = std::move(*cut);
        m_cuts.push_back(std::move(s));
        return okStatus();
    }

    const SoundLibrary& m_library;
    const EventSelector& m_selector;
    const std::vector<EventChoice>& m_choices;
    const dsp::OnsetSecondsList& m_onsets;
    const TextureLayer& m_textures;
    const std::vector<TextureLoop>& m_loops;
    const RecordingPlan& m_plan;
    const RecordingRenderOptions& m_options;
    TakeProvenance& m_provenance;
    size_t m_nextCut = 0;
    size_t m_nextLoop = 0;
    std::vector<ScheduledCut> m_cuts;  // in onset order: the mixing order of overlapping events
    std::vector<std::unique_ptr<TextureVoice>> m_voices;
};

}  // namespace

Result<RenderedTake> RecordingRenderer::render(const RecordingPlan& plan, const dsp::MelFrames& target,
                                               const RecordingRenderOptions& options, const RunControl* control) const
{
    BufferAudioSink sink;
    Result<StreamedTake> streamed = render(plan, target, options, sink, control);
    if (!streamed) return streamed.error();
    return RenderedTake{sink.take(), std::move(streamed->provenance)};
}

Result<StreamedTake> RecordingRenderer::render(const RecordingPlan& plan, const dsp::MelFrames& target,
                                               const RecordingRenderOptions& options, AudioSink& sink, const RunControl* control) const
{
    if (options.sampleRate < kMinTakeRate || options.sampleRate > kMaxTakeRate)
        return makeError(ErrorCode::InvalidArgument, "take rate must be between 8 and 192 kHz");
    if (options.frames <= 0) return makeError(ErrorCode::InvalidArgument, "a take needs a positive length");
    std::vector<size_t> candidates = plan.allowedClips.empty() ? m_library.clipsOf(plan.soundClass) : plan.allowedClips;
    const bool classEvents = plan.onsetPools.size() < plan.onsets.size()
                          || std::count(plan.onsetPools.begin(), plan.onsetPools.end(), RecordingPlan::kClassPool) > 0;
    if (candidates.empty() && classEvents)
        return makeError(ErrorCode::InvalidArgument, "the sound library has no recording of class '" + plan.soundClass + "'");

    TakeProvenance provenance;
    std::mt19937_64 rng(options.seed * 0x9E3779B97F4A7C15ull + 29);
    // Onsets in time order, their own pools travelling with them.
    std::vector<size_t> order(plan.onsets.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return plan.onsets[a].seconds < plan.onsets[b].seconds; });
    dsp::OnsetSecondsList onsets;
    std::vector<size_t> onsetPools;
    for (size_t i : order) {
        onsets.push_back(plan.onsets[i]);
        if (!plan.onsetPools.empty()) onsetPools.push_back(i < plan.onsetPools.size() ? plan.onsetPools[i] : RecordingPlan::kClassPool);
    }
    EventSelector selector(m_library, target, provenance);
    Result<std::vector<EventChoice>> choices = selector.choose(candidates, onsets, onsetPools, plan.eventPools, rng);
    if (!choices) return choices.error();

    const int rate = options.sampleRate;
    int channels = 1;
    std::set<size_t> used;
    for (const EventChoice& choice : *choices) used.insert(choice.clip);
    for (size_t clip : used) {
        Result<AudioBuffer> audio = m_library.renderAudio(clip, rate);
        if (!audio) return makeError(audio.error().code, "cannot render from " + m_library.clips()[clip].renderPath() + ": " + audio.error().message);
        channels = std::max(channels, std::min(audio->channels(), 2));
    }
    TextureLayer textures(m_library, target, rate);
    Result<std::vector<TextureLoop>> loops = textures.plan(plan, onsets, options.frames, rng, provenance);
    if (!loops) return loops.error();
    for (const TextureLoop& loop : *loops) channels = std::max(channels, std::min(loop.channels, 2));

    if (const Status begun = sink.begin(rate, channels); !begun) return begun.error();
    BlockMixer mixer(m_library, selector, *choices, onsets, textures, *loops, plan, options, provenance);
    const int64_t blockFrames = options.blockFrames > 0 ? options.blockFrames : static_cast<int64_t>(kBlockSeconds * rate);
    std::vector<float> block;
    for (int64_t start = 0; start < options.frames; start += blockFrames) {
        if (control && control->isCancelled()) return makeError(ErrorCode::Cancelled, "rendering cancelled");
        const int64_t frames = std::min(blockFrames, options.frames - start);
        block.assign(static_cast<size_t>(frames * channels), 0.0f);
        if (const Status mixed = mixer.mixBlock(block.data(), channels, start, frames); !mixed) return mixed.error();
        for (float& v : block) v = std::clamp(v, -1.0f, 1.0f);
        if (const Status written = sink.write(block.data(), frames); !written) return written.error();
    }
    if (const Status finished = sink.finish(); !finished) return finished.error();
    return StreamedTake{channels, std::move(provenance)};
}

}  // namespace foley::inference
