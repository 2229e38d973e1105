#include "inference/render/TextureLayer.h"

#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/MelSpectrogram.h"
#include "core/dsp/RecordingDescriptors.h"
#include "core/types/SampleTime.h"
#include "inference/render/UnitFeatures.h"
#include "inference/retrieval/MixRules.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace foley::inference {

namespace {

constexpr double kMelFramesPerSecond = 100.0;
constexpr double kEventExclusionSeconds = 0.3;  // target frames after an onset describe the event, not the bed
constexpr double kUnsteadinessWeight = 0.3;     // per dB of unsteadiness, for a bed: steadiness before colour
constexpr int kBedCandidates = 12;
constexpr double kAttackRateWeight = 2.0;       // per attack per second, for a bed
constexpr size_t kBedShare = 6;                 // a bed is drawn from the steadiest sixth of its class (at least 12)
constexpr double kTextureSmoothingSeconds = 0.03;
constexpr double kBedSmoothingSeconds = 0.15;
constexpr double kBedCutoffHz = 12000.0;
constexpr double kLoopSkipSeconds = 0.2;
constexpr double kShortBedSeconds = 3.0;
constexpr double kShortBedPenalty = 2.0;
constexpr double kBedDistanceWeight = 0.25;  // a bed's colour matters less than its steadiness
constexpr double kAttackRingSeconds = 0.25;   // a stretch starts this long after an attack...
constexpr double kBeforeAttackSeconds = 0.03; // ... and ends this long before the next
constexpr double kMinQuietSeconds = 1.5;      // a bed whose quiet stretch is shorter repeats audibly
constexpr double kShortQuietPenalty = 2.0;

// A bed's highs above kBedCutoffHz go: in the library's ambiences they are codec residue ~100 dB down whose flicker
// reads as a stream of onsets to detectors that weight high frequencies (aubio's default), and a bed 34 dB under
// the events carries nothing a listener needs up there. Two cascaded Butterworth sections (RBJ low-pass, Q 0.707),
// run frame by frame so a loop streams.
class BedLowPass {
public:
    BedLowPass(int channels, int rate) : m_state(static_cast<size_t>(2 * channels)), m_active(rate > 2 * kBedCutoffHz)
    {
        const double pi = 3.14159265358979323846;
        const double w = 2.0 * pi * kBedCutoffHz / rate, alpha = std::sin(w) / (2.0 * 0.70710678);
        const double a0 = 1.0 + alpha;
        m_b0 = (1.0 - std::cos(w)) / 2.0 / a0, m_b1 = (1.0 - std::cos(w)) / a0, m_b2 = m_b0;
        m_a1 = -2.0 * std::cos(w) / a0, m_a2 = (1.0 - alpha) / a0;
    }

    void process(float* frame)
    {
        if (!m_active) return;
        const size_t channels = m_state.size() / 2;
        for (size_t section = 0; section < 2; ++section)
            for (size_t ch = 0; ch < channels; ++ch) {
                State& s = m_state[section * channels + ch];
                const double in = frame[ch];
                const double out = m_b0 * in + m_b1 * s.x1 + m_b2 * s.x2 - m_a1 * s.y1 - m_a2 * s.y2;
                s.x2 = s.x1, s.x1 = in, s.y2 = s.y1, s.y1 = out;
                frame[ch] = static_cast<float>(out);
            }
    }

private:
    struct State {
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    };
    std::vector<State> m_state;  // [section][channel]
    bool m_active;
    double m_b0 = 0, m_b1 = 0, m_b2 = 0, m_a1 = 0, m_a2 = 0;
};

struct Stretch {
    double start = 0.0;
    double end = 0.0;
    double length() const { return end - start; }
};

// The longest stretch of a recording (16 kHz mono) between the attacks a listener hears in it: every attack core's
// detector finds without masking, and every one high-frequency content finds, each ended kAttackRingSeconds later.
Stretch quietStretch(const AudioBuffer& audio)
{
    const dsp::AudioOnsetDetector detector(dsp::AudioOnsetConfig::everyAttack());
    std::vector<double> attacks{0.0, audio.durationSeconds()};
    for (const dsp::OnsetEvent& o : detector.detect(audio.data(), static_cast<int64_t>(audio.frameCount())).onsets)
        attacks.push_back(o.seconds);
    for (double t : dsp::RecordingDescriptors::highFrequencyAttackTimes(audio.data(), static_cast<int64_t>(audio.frameCount()), audio.sampleRate()))
        attacks.push_back(t);
    std::sort(attacks.begin(), attacks.end());
    Stretch best;
    for (size_t i = 0; i + 1 < attacks.size(); ++i) {
        const Stretch s{attacks[i] + kAttackRingSeconds, std::min(attacks[i + 1] - kBeforeAttackSeconds, audio.durationSeconds())};
        if (s.length() > best.length()) best = s;
    }
    return best;
}

double maskAt(const dsp::SampledCurve& mask, double seconds)
{
    const auto m = static_cast<size_t>(seconds * mask.rate);
    return m < mask.values.size() ? mask.values[m] : 0.0;
}

// The drawing's colour over a span, leaving out the frames right after onsets (the events themselves).
std::vector<float> targetShape(const dsp::MelFrames& target, int64_t firstFrame, int64_t endFrame, const dsp::OnsetSecondsList& onsets)
{
    dsp::MelFrames background;
    background.melCount = target.melCount;
    for (int64_t f = std::max<int64_t>(firstFrame, 0); f < std::min(endFrame, target.frameCount); ++f) {
        const double t = static_cast<double>(f) / kMelFramesPerSecond;
        // In an event: an onset from 20 ms after t to kEventExclusionSeconds before it. The onsets are in time order,
        // so only those near t are looked at (an hour has thousands).
        bool inEvent = false;
        for (auto o = std::lower_bound(onsets.begin(), onsets.end(), t - kEventExclusionSeconds - 1e-3,
                                       [](const dsp::OnsetEvent& e, double time) { return e.seconds < time; });
             o != onsets.end() && o->seconds <= t + 0.021 && !inEvent; ++o)
            inEvent = t >= o->seconds - 0.02 && t < o->seconds + kEventExclusionSeconds;
        if (inEvent) continue;
        background.values.insert(background.values.end(), target.frame(f), target.frame(f) + target.melCount);
        ++background.frameCount;
    }
    if (background.frameCount == 0) return UnitFeatures::spectrumShape(target, firstFrame, endFrame - firstFrame);
    return UnitFeatures::spectrumShape(background, 0, background.frameCount);
}

}  // namespace

std::vector<std::pair<int64_t, int64_t>> TextureLayer::spans(const dsp::SampledCurve& mask, int64_t frames, int rate)
{
    std::vector<std::pair<int64_t, int64_t>> out;
    if (mask.rate <= 0) return out;
    for (size_t m = 0; m < mask.values.size(); ++m) {
        if (mask.values[m] <= kMaskThreshold) continue;
        const int64_t start = std::llround(static_cast<double>(m) / mask.rate * rate);
        const int64_t end = std::min(frames, static_cast<int64_t>(std::llround(static_cast<double>(m + 1) / mask.rate * rate)));
        if (start >= frames) break;
        if (!out.empty() && start - out.back().second <= std::llround(kMergeGapSeconds * rate)) out.back().second = end;
        else out.emplace_back(start, end);
    }
    return out;
}

double TextureLayer::bedUnsteadiness(size_t clip) const
{
    const Result<dsp::RecordingDescriptors> d = m_library.descriptors(clip);
    if (!d) return 1e9;
    const double seconds = m_library.clips()[clip].durationSeconds;
    const double shortLoop = seconds > 0.0 && seconds < kShortBedSeconds ? kShortBedPenalty : 0.0;  // repeats audibly
    return kUnsteadinessWeight * d->unsteadinessDb + kAttackRateWeight * d->attackRate() + shortLoop;
}

std::vector<size_t> TextureLayer::steadiest(const std::vector<size_t>& recordings) const
{
    std::vector<std::pair<double, size_t>> scored;
    for (size_t clip : recordings) scored.emplace_back(bedUnsteadiness(clip), clip);
    std::sort(scored.begin(), scored.end());
    const size_t keep = std::max<size_t>(std::min<size_t>(scored.size(), kBedCandidates), scored.size() / kBedShare);
    std::vector<size_t> out;
    for (size_t i = 0; i < keep; ++i) out.push_back(scored[i].second);
    return out;
}

Result<std::vector<TextureLoop>> TextureLayer::plan(const RecordingPlan& plan, const dsp::OnsetSecondsList& onsets, int64_t frames,
                                                    std::mt19937_64& rng, TakeProvenance& provenance) const
{
    std::vector<TextureLoop> loops;
    const std::string textureClass = plan.textureClass.empty() ? plan.soundClass : plan.textureClass;
    const std::vector<size_t>& classRecordings = m_library.clipsOf(textureClass);
    if (classRecordings.empty() && plan.segmentTextures.empty()) return loops;
    dsp::MelSpectrogram mel;
    for (const auto& [start, end] : spans(plan.mask, frames, m_rate)) {
        // A span that starts inside a timed caption segment naming a texture loops that; else the plan's texture.
        const double startSeconds = static_cast<double>(start) / m_rate;
        const auto segment = std::find_if(plan.segmentTextures.begin(), plan.segmentTextures.end(), [&](const RecordingPlan::TimedTextures& t) {
            return startSeconds >= t.startSeconds && startSeconds < t.endSeconds;
        });
        const bool own = segment != plan.segmentTextures.end();
        const std::vector<size_t>& recordings = own ? segment->clips : classRecordings;
        const bool isBed = plan.textureIsBed && !own;
        if (recordings.empty()) continue;
        std::vector<size_t> pool = isBed ? steadiest(recordings) : recordings;
        std::shuffle(pool.begin(), pool.end(), rng);
        pool.resize(std::min<size_t>(pool.size(), isBed ? kBedCandidates : kCandidates));
        const int64_t firstMel = std::llround(static_cast<double>(start) / m_rate * kMelFramesPerSecond);
        const int64_t endMel = std::llround(static_cast<double>(end) / m_rate * kMelFramesPerSecond);
        const std::vector<float> wanted = m_target.isEmpty() ? std::vector<float>{} : targetShape(m_target, firstMel, endMel, onsets);
        double best = 1e300;
        TextureLoop loop{start, end, 0, 0, 1, isBed, 0.0, 0.0};
        double bestDistance = 0.0;
        bool found = false;
        for (size_t clip : pool) {
            Result<AudioBuffer> audio = m_library.audio(clip);
            if (!audio || audio->frameCount() < static_cast<size_t>(kModelRate / 10)) {
                if (!audio) provenance.notes.push_back("skipped " + m_library.clips()[clip].path + ": " + audio.error().message);
                continue;
            }
            const dsp::MelFrames clipMel = mel.compute(audio->data(), static_cast<int64_t>(audio->frameCount()));
            // A bed must not add onsets: its unsteadiness and the attacks a listener would hear in it count against it,
            // and it loops only its longest stretch between attacks.
            double steadiness = 0.0;
            Stretch stretch{0.0, audio->durationSeconds()};
            if (isBed) {
                stretch = quietStretch(*audio);
                if (stretch.length() < kMinQuietSeconds / 4) continue;  // nothing quiet to loop
                // The stretch itself must be steady too: a pulsing tone has no attacks but restarts audibly at every wrap.
                const auto from = static_cast<size_t>(stretch.start * kModelRate), to = static_cast<size_t>(stretch.end * kModelRate);
                const std::vector<float> quiet(audio->samples().begin() + static_cast<long>(std::min(from, audio->frameCount())),
                                               audio->samples().begin() + static_cast<long>(std::min(to, audio->frameCount())));
                steadiness = bedUnsteadiness(clip) + kUnsteadinessWeight * dsp::RecordingDescriptors::levelUnsteadiness(quiet.data(), static_cast<int64_t>(quiet.size()), kModelRate)
                    + kShortQuietPenalty * std::max(0.0, 1.0 - stretch.length() / kMinQuietSeconds);
            }
            const int64_t stretchStart = std::llround(stretch.start * kMelFramesPerSecond);
            const int64_t stretchFrames = std::min<int64_t>(clipMel.frameCount - stretchStart, std::llround(stretch.length() * kMelFramesPerSecond));
            const int64_t window = std::min<int64_t>(stretchFrames, std::max<int64_t>(endMel - firstMel, 1));
            if (window <= 0) continue;
            for (int o = 0; o < kOffsets; ++o) {
                const int64_t offset = stretchStart + (stretchFrames - window) * o / kOffsets;
                const double distance = wanted.empty() ? 0.0
                                                       : UnitFeatures::spectrumDistance(wanted, UnitFeatures::spectrumShape(clipMel, offset, window));
                const double draw = std::uniform_real_distribution<double>(0.0, 1e-3)(rng);  // seed breaks ties
                const double score = (isBed ? kBedDistanceWeight : 1.0) * distance + steadiness + draw;
                if (score < best) {
                    best = score;
                    bestDistance = distance;
                    loop.clip = clip;
                    loop.offsetFrame = static_cast<size_t>(std::llround(static_cast<double>(offset - stretchStart) / kMelFramesPerSecond * m_rate));
                    loop.stretchStartSeconds = isBed ? stretch.start : 0.0;
                    loop.stretchEndSeconds = isBed ? stretch.end : 0.0;
                    found = true;
                }
            }
        }
        if (!found) continue;
        Result<AudioBuffer> full = m_library.renderAudio(loop.clip, m_rate);
        if (!full) {
            provenance.notes.push_back("skipped " + m_library.clips()[loop.clip].renderPath() + ": " + full.error().message);
            continue;
        }
        loop.channels = full->channels();
        loops.push_back(loop);
        const LibraryClip& c = m_library.clips()[loop.clip];
        provenance.textures.push_back({static_cast<double>(start) / m_rate, static_cast<double>(end) / m_rate,
                                       {c.id, c.renderPath(), c.package, c.licence, c.source},
                                       loop.stretchStartSeconds + static_cast<double>(loop.offsetFrame) / m_rate, loop.bed,
                                       bestDistance});
    }
    return loops;
}

// One loop's playback state: the stretch it loops, the bed filter's and the level smoother's memory, and the next
// frame it will play.
struct TextureVoice::State {
    State(std::vector<float> loopBody, int bodyChannels, size_t offset, size_t crossfade, int rate)
        : body(std::move(loopBody)), channels(bodyChannels), reader(body, bodyChannels, offset, crossfade), lowPass(bodyChannels, rate)
    {}
    std::vector<float> body;
    int channels;
    LoopReader reader;  // reads `body`, which stays where it is (State is never moved)
    BedLowPass lowPass;
    std::vector<float> frame;
    double level = 0.0;
    int64_t next = 0;  // frames played since the loop's start
};

TextureVoice::TextureVoice(const TextureLoop& loop, const dsp::SampledCurve& mask, std::unique_ptr<State> state, int rate,
                           int64_t endFrame, double norm)
    : m_loop(loop), m_mask(mask), m_state(std::move(state)), m_rate(rate), m_endFrame(endFrame), m_norm(norm)
{}

TextureVoice::TextureVoice(TextureVoice&&) noexcept = default;
TextureVoice::~TextureVoice() = default;

void TextureVoice::mix(float* out, int channels, int64_t blockStart, int64_t blockFrames)
{
    State& s = *m_state;
    const auto c = static_cast<size_t>(channels);
    const auto bc = static_cast<size_t>(s.channels);
    const auto fadeFrames = static_cast<int64_t>(TextureLayer::kFadeInSeconds * m_rate);
    const double smoothing = (m_loop.bed ? kBedSmoothingSeconds : kTextureSmoothingSeconds) * m_rate;
    const double alpha = 1.0 - std::exp(-1.0 / smoothing);
    const int64_t first = std::max(blockStart, m_loop.startFrame + s.next);
    const int64_t last = std::min(blockStart + blockFrames, m_endFrame);
    s.frame.resize(bc);
    for (int64_t k = first; k < last; ++k) {
        const int64_t i = k - m_loop.startFrame;  // == s.next: blocks come in order
        std::fill(s.frame.begin(), s.frame.end(), 0.0f);
        s.reader.addFrame(static_cast<size_t>(i), s.frame.data());
        if (m_loop.bed) s.lowPass.process(s.frame.data());
        const double value = k < m_loop.endFrame ? maskAt(m_mask, static_cast<double>(k) / m_rate) : 0.0;
        const double target = m_loop.bed ? bedGain(value) : value;
        s.level += (target - s.level) * alpha;
        s.next = i + 1;
        const double fadeIn = i < fadeFrames ? dbToGain(-60.0 * (1.0 - static_cast<double>(i) / static_cast<double>(fadeFrames))) : 1.0;
        const double g = fadeIn * s.level * m_norm;
        if (g < 1e-6) continue;
        float* o = out + static_cast<size_t>(k - blockStart) * c;
        const float* x = s.frame.data();
        for (size_t ch = 0; ch < c; ++ch) o[ch] += static_cast<float>(g * (bc == c ? x[ch] : bc == 1 ? x[0] : 0.5f * (x[0] + x[1])));
    }
}

std::unique_ptr<TextureVoice> TextureLayer::voice(const TextureLoop& loop, const dsp::SampledCurve& mask, int64_t takeFrames) const
{
    Result<AudioBuffer> full = m_library.renderAudio(loop.clip, m_rate);
    if (!full || full->isEmpty()) return nullptr;
    // The loop runs on past the span while its level decays.
    const double smoothing = (loop.bed ? kBedSmoothingSeconds : kTextureSmoothingSeconds) * m_rate;
    const int64_t end = std::min<int64_t>(takeFrames, loop.endFrame + static_cast<int64_t>(6 * smoothing));
    // The loop leaves out the recording's first moments (a recording that starts with an attack would repeat it at
    // every wrap); a bed loops only its quiet stretch.
    const auto bc = static_cast<size_t>(full->channels());
    size_t first = std::min(static_cast<size_t>(kLoopSkipSeconds * m_rate), full->frameCount() / 4);
    size_t last = full->frameCount();
    if (loop.stretchEndSeconds > loop.stretchStartSeconds) {
        first = std::min(full->frameCount() - 1, static_cast<size_t>(std::llround(loop.stretchStartSeconds * m_rate)));
        last = std::clamp(static_cast<size_t>(std::llround(loop.stretchEndSeconds * m_rate)), first + 1, full->frameCount());
    }
    std::vector<float> body(full->samples().begin() + static_cast<long>(first * bc), full->samples().begin() + static_cast<long>(last * bc));
    const auto crossfade = static_cast<size_t>(std::min(kCrossfadeSeconds * m_rate, static_cast<double>(last - first) / 4));
    auto state = std::make_unique<TextureVoice::State>(std::move(body), full->channels(), loop.offsetFrame % (last - first), crossfade, m_rate);
    return std::unique_ptr<TextureVoice>(new TextureVoice(loop, mask, std::move(state), m_rate, end, kTexturePeak / peakOf(full->samples())));
}

}  // namespace foley::inference
