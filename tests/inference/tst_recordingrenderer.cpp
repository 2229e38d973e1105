// The render from recordings (inference/render): every event a real recording with its attack on the onset, varied
// like a game-audio random container, never the same cut twice in a row, faded only where it must make room,
// its provenance recorded; another seed another choice; region regeneration sample-exact outside the region at
// 48 kHz; vanished and odd recordings. The library is synthesised at test time: native copies at 48 kHz (and 8 kHz,
// 96 kHz, 6 channels) beside 16 kHz clips, as `foleyforge-train corpus` writes them.
#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/Resampler.h"
#include "core/media/WavFile.h"
#include "core/types/SampleTime.h"
#include "inference/Engine.h"
#include "inference/pack/RandomPack.h"
#include "inference/render/RecordingRenderer.h"
#include "inference/retrieval/MixRules.h"
#include "core/media/AudioDecoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>
#include <set>

using namespace foley;
using namespace foley::inference;

namespace {

constexpr int kRate = 48000;

// A hit: `leadSeconds` of silence, then a noise burst with an instant attack and an exponential decay.
std::vector<float> hit(int rate, double seconds, double decay, unsigned seed, double leadSeconds = 0.02)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 0.3f);
    std::vector<float> x(static_cast<size_t>(seconds * rate), 0.0f);
    for (size_t i = static_cast<size_t>(leadSeconds * rate); i < x.size(); ++i)
        x[i] = std::clamp(n(rng), -1.0f, 1.0f) * static_cast<float>(std::exp(-(static_cast<double>(i) / rate - leadSeconds) * decay));
    return x;
}

// A 1 kHz tone with an instant attack and a slow decay (pitch is measurable).
std::vector<float> toneHit(int rate, double seconds)
{
    std::vector<float> x(static_cast<size_t>(seconds * rate), 0.0f);
    for (size_t i = static_cast<size_t>(0.02 * rate); i < x.size(); ++i) {
        const double t = static_cast<double>(i) / rate - 0.02;
        x[i] = static_cast<float>(0.8 * std::exp(-t * 3.0) * std::sin(2 * M_PI * 1000.0 * t));
    }
    return x;
}

std::vector<float> interleave(const std::vector<float>& mono, int channels)
{
    std::vector<float> out;
    out.reserve(mono.size() * static_cast<size_t>(channels));
    for (float v : mono)
        for (int c = 0; c < channels; ++c) out.push_back(v * (c % 2 ? 0.8f : 1.0f));
    return out;
}

// Frequency of `x` (mono) from its zero crossings in [from, to).
double zeroCrossingHz(const std::vector<float>& x, size_t from, size_t to, int rate)
{
    int crossings = 0;
    double first = -1, last = -1;
    for (size_t i = from + 1; i < to; ++i)
        if (x[i - 1] < 0.0f && x[i] >= 0.0f) {
            const double t = static_cast<double>(i - 1) + x[i - 1] / (x[i - 1] - x[i]);
            if (first < 0) first = t;
            last = t;
            ++crossings;
        }
    return crossings > 1 ? (crossings - 1) * rate / (last - first) : 0.0;
}

// Records what a render hands over, and can refuse a block (a full disk) from `failAtBlock` on.
class RecordingSink final : public AudioSink {
public:
    explicit RecordingSink(int failAtBlock = -1) : m_failAt(failAtBlock) {}
    Status begin(int rate, int channels) override
    {
        ++begins;
        return buffer.begin(rate, channels);
    }
    Status write(const float* interleaved, int64_t frames) override
    {
        if (m_failAt >= 0 && static_cast<int>(blocks.size()) >= m_failAt) return makeError(ErrorCode::IoWriteFailed, "disk full");
        blocks.push_back(frames);
        return buffer.write(interleaved, frames);
    }
    Status finish() override
    {
        finished = true;
        return buffer.finish();
    }
    BufferAudioSink buffer;
    std::vector<int64_t> blocks;
    int begins = 0;
    bool finished = false;

private:
    int m_failAt;
};

}  // namespace

class TstRecordingRenderer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;
    QFile m_manifest;

    // Writes the 16 kHz clip and the native copy, and the manifest row naming both.
    void writeRecording(const QString& id, const QString& cls, const std::vector<float>& native, int rate, int channels)
    {
        const AudioBuffer nativeAudio(interleave(native, channels), rate, channels);
        const AudioBuffer clip = dsp::resampled(AudioBuffer(native, rate, 1), kModelRate);
        const QString clipPath = QString("clips/%1/%2.wav").arg(cls, id), nativePath = QString("native/%1/%2.wav").arg(cls, id);
        QDir(m_corpus).mkpath(QString("clips/%1").arg(cls));
        QDir(m_corpus).mkpath(QString("native/%1").arg(cls));
        QVERIFY(media::writeWav(QDir(m_corpus).filePath(clipPath).toStdString(), clip));
        QVERIFY(media::writeWav(QDir(m_corpus).filePath(nativePath).toStdString(), nativeAudio));
        m_manifest.write(QString("%1,%2,train,testpkg,1,\"CC0, test\",src/%1.wav,%3,%4,%5,%6,%7,,,\n")
                             .arg(id, cls).arg(nativeAudio.durationSeconds()).arg(clipPath, nativePath).arg(rate).arg(channels)
                             .toUtf8());
    }

    SoundLibrary library() const
    {
        Result<SoundLibrary> opened = SoundLibrary::open(m_corpus.toStdString());
        return opened ? *opened : SoundLibrary{};
    }

    static RecordingPlan plan(const std::string& cls, const std::vector<double>& onsets)
    {
        RecordingPlan p;
        p.soundClass = cls;
        for (double t : onsets) p.onsets.push_back({t, 1.0});
        return p;
    }

    static Result<RenderedTake> render(const SoundLibrary& lib, const RecordingPlan& p, double seconds, uint64_t seed)
    {
        return RecordingRenderer(lib).render(p, dsp::MelFrames{}, {kRate, static_cast<int64_t>(seconds * kRate), seed});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath("library ä");
        QDir().mkpath(m_corpus);
        m_manifest.setFileName(QDir(m_corpus).filePath("manifest.csv"));
        QVERIFY(m_manifest.open(QIODevice::WriteOnly));
        m_manifest.write("id,class,split,package,version,licence,source,duration_s,path,native_path,sample_rate,channels,"
                         "attacks_per_s,unsteadiness_db,hf_attacks_per_s\n");
        for (int i = 0; i < 10; ++i) writeRecording(QString("k%1").arg(i), "impact_wood", hit(kRate, 0.3, 25, 10u + i), kRate, i % 2 ? 2 : 1);
        writeRecording("t0", "impact_metal", toneHit(kRate, 0.8), kRate, 1);
        writeRecording("r8", "footstep", hit(8000, 0.3, 25, 30u), 8000, 1);
        writeRecording("r96", "footstep", hit(96000, 0.3, 25, 31u), 96000, 1);
        writeRecording("r6", "footstep", hit(kRate, 0.3, 25, 32u), kRate, 6);
        // Ambience for beds: steady noise with a loud click every 0.8 s (a bed must loop between them).
        std::vector<float> clicky = hit(kRate, 4.0, 0.0, 50u, 0.0);
        for (float& v : clicky) v *= 0.05f;
        for (double t = 0.4; t < 3.9; t += 0.8)
            for (size_t i = static_cast<size_t>(t * kRate); i < static_cast<size_t>((t + 0.004) * kRate); ++i) clicky[i] = 0.9f;
        writeRecording("amb0", "ambience", clicky, kRate, 1);
        writeRecording("gone", "door", hit(kRate, 0.3, 25, 40u), kRate, 1);
        writeRecording("here", "door", hit(kRate, 0.3, 25, 41u), kRate, 1);
        m_manifest.close();
        QVERIFY(QFile::remove(QDir(m_corpus).filePath("native/door/gone.wav")));
        QVERIFY(QFile::remove(QDir(m_corpus).filePath("clips/door/gone.wav")));
    }

    void attacksLandOnTheOnsetsWithinOneMillisecond()
    {
        const SoundLibrary lib = library();
        const std::vector<double> onsets{0.5, 1.25, 2.0, 2.7543};
        Result<RenderedTake> take = render(lib, plan("impact_wood", onsets), 3.5, 7);
        QVERIFY2(take, take ? "" : take.error().message.c_str());
        QCOMPARE(take->audio.sampleRate(), kRate);
        QCOMPARE(take->audio.frameCount(), size_t{3 * kRate + kRate / 2});
        const AudioBuffer mono = take->audio.toMono();
        for (double onset : onsets) {
            const auto from = static_cast<size_t>((onset - 0.1) * kRate), to = static_cast<size_t>((onset + 0.1) * kRate);
            float peak = 0.0f;
            for (size_t i = from; i < to; ++i) peak = std::max(peak, std::abs(mono.at(i)));
            size_t attack = from;
            while (attack < to && std::abs(mono.at(attack)) <= 0.1f * peak) ++attack;
            const double error = std::abs(static_cast<double>(attack) / kRate - onset);
            QVERIFY2(error <= 0.001, qPrintable(QString("onset %1 s: attack at %2 s").arg(onset).arg(static_cast<double>(attack) / kRate)));
        }
    }

    void neverTheSameCutTwiceInARowAndVariedWithinTheRanges()
    {
        const SoundLibrary lib = library();
        std::vector<double> onsets;
        for (int i = 0; i < 40; ++i) onsets.push_back(0.2 + 0.35 * i);
        Result<RenderedTake> take = render(lib, plan("impact_wood", onsets), 14.5, 3);
        QVERIFY(take);
        const auto& events = take->provenance.events;
        QCOMPARE(events.size(), onsets.size());
        std::set<std::string> used;
        double minSemitones = 0, maxSemitones = 0, minGain = 0, maxGain = 0;
        for (size_t k = 0; k < events.size(); ++k) {
            if (k > 0) QVERIFY(events[k].recording.clipId != events[k - 1].recording.clipId);
            used.insert(events[k].recording.clipId);
            QVERIFY(std::abs(events[k].semitones) <= RecordingRenderer::kMaxSemitones);
            QVERIFY(std::abs(events[k].gainDb) <= RecordingRenderer::kMaxGainDb);
            minSemitones = std::min(minSemitones, events[k].semitones), maxSemitones = std::max(maxSemitones, events[k].semitones);
            minGain = std::min(minGain, events[k].gainDb), maxGain = std::max(maxGain, events[k].gainDb);
        }
        QVERIFY(used.size() >= 5);  // a random container spreads its choice
        QVERIFY(minSemitones < -1.0 && maxSemitones > 1.0);  // the whole range is used, not a constant
        QVERIFY(minGain < -1.0 && maxGain > 1.0);
        QCOMPARE(take->audio.channels(), 2);  // some recordings are stereo
    }

    void varispeedResamplesPitchAndGainSetsTheLevel()
    {
        const SoundLibrary lib = library();
        RecordingPlan p = plan("impact_metal", {0.3});
        p.onsets[0].strength = 0.5;  // -15 dB
        Result<RenderedTake> take = render(lib, p, 1.5, 11);
        QVERIFY(take);
        const EventProvenance& e = take->provenance.events.at(0);
        QCOMPARE(e.levelDb, -15.0);
        const AudioBuffer mono = take->audio.toMono();
        const double hz = zeroCrossingHz(mono.samples(), static_cast<size_t>(0.35 * kRate), static_cast<size_t>(0.7 * kRate), kRate);
        QVERIFY2(std::abs(hz / (1000.0 * std::pow(2.0, e.semitones / 12.0)) - 1.0) < 0.005,
                 qPrintable(QString("%1 Hz for %2 semitones").arg(hz).arg(e.semitones)));
        float peak = 0.0f;
        for (float v : mono.samples()) peak = std::max(peak, std::abs(v));
        const double peakDb = 20.0 * std::log10(peak / RecordingRenderer::kEventPeak);
        QVERIFY2(std::abs(peakDb - (e.levelDb + e.gainDb)) < 0.3, qPrintable(QString("peak %1 dB, wanted %2").arg(peakDb).arg(e.levelDb + e.gainDb)));
    }

    void fadesOnlyWhereACutMustMakeRoom()
    {
        const SoundLibrary lib = library();
        // 0.1 s apart: the first cut (0.28 s long) must end before the second; the last plays out to its end.
        Result<RenderedTake> take = render(lib, plan("impact_wood", {0.5, 0.6, 1.5}), 2.5, 5);
        QVERIFY(take);
        const auto& events = take->provenance.events;
        QVERIFY(events[0].faded);
        QVERIFY(events[0].lengthSeconds <= 0.1 + 0.0005);  // ends at the next cut's pre-roll
        QVERIFY(!events[2].faded);
        QVERIFY(events[2].lengthSeconds > 0.2);
        // The faded cut is silent just before the next cut's pre-roll.
        const AudioBuffer mono = take->audio.toMono();
        const auto quiet = static_cast<size_t>((0.6 - RecordingRenderer::kPreRollSeconds - 0.0005) * kRate);
        QVERIFY(std::abs(mono.at(quiet)) < 1e-3f);
    }

    // A bed under events must not add onsets: the clicks of its recording stay out of the loop, and it fades in.
    void aBedAddsNoOnsetsOfItsOwn()
    {
        const SoundLibrary lib = library();
        RecordingPlan p = plan("impact_wood", {1.0, 3.0, 5.0});
        p.textureClass = "ambience";
        p.textureIsBed = true;
        p.mask.rate = 25.0;
        p.mask.values.assign(6 * 25, 0.5f);
        Result<RenderedTake> take = render(lib, p, 6.0, 8);
        QVERIFY(take);
        QCOMPARE(take->provenance.textures.size(), size_t{1});
        QVERIFY(take->provenance.textures[0].bed);
        const AudioBuffer heard = dsp::resampled(take->audio.toMono(), kModelRate);
        const dsp::OnsetSecondsList found = dsp::AudioOnsetDetector().detect(heard.data(), static_cast<int64_t>(heard.frameCount())).onsets;
        for (const dsp::OnsetEvent& o : found) {
            const bool requested = std::abs(o.seconds - 1.0) < 0.05 || std::abs(o.seconds - 3.0) < 0.05 || std::abs(o.seconds - 5.0) < 0.05;
            QVERIFY2(requested, qPrintable(QString("an onset nobody asked for at %1 s").arg(o.seconds)));
        }
        // The bed is there between the events (not silence).
        const AudioBuffer mono = take->audio.toMono();
        double energy = 0.0;
        for (size_t i = static_cast<size_t>(1.8 * kRate); i < static_cast<size_t>(2.8 * kRate); ++i) energy += mono.at(i) * mono.at(i);
        QVERIFY(energy > 1e-4);
    }

    void provenanceNamesEveryRecording()
    {
        const SoundLibrary lib = library();
        Result<RenderedTake> take = render(lib, plan("impact_wood", {0.2, 0.9}), 1.5, 2);
        QVERIFY(take);
        for (const EventProvenance& e : take->provenance.events) {
            QVERIFY(QString::fromStdString(e.recording.clipId).startsWith('k'));
            QVERIFY(QFile::exists(QString::fromStdString(e.recording.file)));
            QVERIFY(QString::fromStdString(e.recording.file).contains("/native/"));
            QCOMPARE(QString::fromStdString(e.recording.package), QString("testpkg"));
            QCOMPARE(QString::fromStdString(e.recording.licence), QString("CC0, test"));
        }
    }

    void anotherSeedMakesAnotherChoice()
    {
        const SoundLibrary lib = library();
        const std::vector<double> onsets{0.2, 0.6, 1.0, 1.4, 1.8, 2.2, 2.6, 3.0};
        Result<RenderedTake> a = render(lib, plan("impact_wood", onsets), 3.5, 100);
        Result<RenderedTake> again = render(lib, plan("impact_wood", onsets), 3.5, 100);
        Result<RenderedTake> b = render(lib, plan("impact_wood", onsets), 3.5, 101);
        QVERIFY(a && again && b);
        QVERIFY(a->audio.samples() == again->audio.samples());  // same seed, same take
        int different = 0;
        for (size_t k = 0; k < onsets.size(); ++k) different += a->provenance.events[k].recording.clipId != b->provenance.events[k].recording.clipId;
        QVERIFY2(different >= 4, qPrintable(QString("%1 of 8 events differ").arg(different)));
    }

    void oddRatesAndChannelCountsRender()
    {
        const SoundLibrary lib = library();
        Result<RenderedTake> take = render(lib, plan("footstep", {0.2, 0.6, 1.0, 1.4, 1.8, 2.2}), 2.6, 9);
        QVERIFY2(take, take ? "" : take.error().message.c_str());
        QCOMPARE(take->audio.sampleRate(), kRate);
        QCOMPARE(take->audio.channels(), 2);  // six channels mixed down to stereo
        std::set<std::string> used;
        for (const auto& e : take->provenance.events) used.insert(e.recording.clipId);
        QCOMPARE(used.size(), size_t{3});  // 8 kHz, 96 kHz and 6-channel recordings all played
        for (float v : take->audio.samples()) QVERIFY(std::isfinite(v) && std::abs(v) <= 1.0f);
    }

    void vanishedRecordingsAreSkippedAndNoted()
    {
        const SoundLibrary lib = library();
        Result<RenderedTake> take = render(lib, plan("door", {0.2, 0.8, 1.4}), 2.0, 4);
        QVERIFY(take);
        for (const auto& e : take->provenance.events) QCOMPARE(QString::fromStdString(e.recording.clipId), QString("here"));
        QCOMPARE(take->provenance.notes.size(), size_t{1});
        QVERIFY(QString::fromStdString(take->provenance.notes[0]).contains("gone.wav"));
        // Nothing of the class readable: an error that names why.
        RecordingPlan onlyGone = plan("door", {0.2});
        onlyGone.allowedClips = {lib.clipsOf("door").front()};
        QVERIFY(lib.clips()[onlyGone.allowedClips[0]].id == "gone");
        Result<RenderedTake> none = render(lib, onlyGone, 1.0, 4);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::MediaDecodeFailed);
        QVERIFY(!RecordingRenderer(lib).render(plan("door", {0.2}), {}, {4000, kRate, 1}));  // 4 kHz take: refused
    }

    // A long take is rendered a block at a time; whatever the block size, the take is the same, bit for bit (events
    // that straddle blocks, overlapping cuts, a bed's filter and level memory, loops that wrap).
    void blocksOfAnySizeMakeTheSameTake()
    {
        const SoundLibrary lib = library();
        RecordingPlan p = plan("impact_wood", {0.05, 0.3, 0.31, 0.9, 1.7, 2.05, 3.6, 5.2, 5.25});
        p.textureClass = "ambience";
        p.textureIsBed = true;
        p.mask.rate = 25.0;
        p.mask.values.assign(6 * 25, 0.0f);
        for (size_t m = 10; m < 60; ++m) p.mask.values[m] = 0.6f;   // 0.4-2.4 s
        for (size_t m = 80; m < 140; ++m) p.mask.values[m] = 0.9f;  // 3.2-5.6 s
        const RecordingRenderOptions whole{kRate, 6 * kRate, 21, 0};
        Result<RenderedTake> once = RecordingRenderer(lib).render(p, dsp::MelFrames{}, whole);
        QVERIFY(once);
        QCOMPARE(once->provenance.textures.size(), size_t{2});
        for (int64_t block : {int64_t{997}, int64_t{kRate / 3}, int64_t{6 * kRate - 1}}) {
            RecordingSink sink;
            RecordingRenderOptions blocks = whole;
            blocks.blockFrames = block;
            Result<StreamedTake> streamed = RecordingRenderer(lib).render(p, dsp::MelFrames{}, blocks, sink);
            QVERIFY(streamed);
            QVERIFY(sink.finished);
            QCOMPARE(static_cast<int64_t>(sink.blocks.size()), (6 * kRate + block - 1) / block);
            QVERIFY(std::all_of(sink.blocks.begin(), sink.blocks.end() - 1, [block](int64_t b) { return b == block; }));
            QCOMPARE(streamed->channels, once->audio.channels());
            const AudioBuffer audio = sink.buffer.take();
            QVERIFY2(audio.samples() == once->audio.samples(), qPrintable(QString("blocks of %1 frames differ").arg(block)));
            QCOMPARE(streamed->provenance.events.size(), once->provenance.events.size());
        }
        // A sink that stops taking blocks stops the render with its error.
        RecordingSink full(3);
        RecordingRenderOptions small = whole;
        small.blockFrames = kRate / 2;
        Result<StreamedTake> refused = RecordingRenderer(lib).render(p, dsp::MelFrames{}, small, full);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::IoWriteFailed);
        QCOMPARE(full.blocks.size(), size_t{3});
        QVERIFY(!full.finished);
    }

    // The loop read frame by frame is the loop written out whole, bit for bit, for any offset and crossfade.
    void aLoopReadFrameByFrameIsTheLoop()
    {
        const std::vector<float> x = interleave(hit(8000, 0.05, 10, 3u, 0.0), 2);  // 400 frames, stereo
        for (size_t offset : {size_t{0}, size_t{123}, size_t{399}, size_t{1000}})
            for (size_t crossfade : {size_t{0}, size_t{50}, size_t{400}}) {
                const std::vector<float> whole = looped(x, 2, offset, 2000, crossfade);
                const LoopReader reader(x, 2, offset, crossfade);
                std::vector<float> frame(2);
                for (size_t j = 0; j < 2000; j += 7) {  // out of order is fine too
                    std::fill(frame.begin(), frame.end(), 0.0f);
                    reader.addFrame(j, frame.data());
                    QCOMPARE(frame[0], whole[2 * j]);
                    QCOMPARE(frame[1], whole[2 * j + 1]);
                }
            }
    }

    // Through the engine: a take at 48 kHz from recordings, then a region regenerated: outside it, sample-identical.
    void engineRendersAndRegeneratesARegionSampleExactly()
    {
        const QString pack = m_dir.filePath("pack");
        QVERIFY(makeRandomPack(pack.toStdString(), {}));
        EngineOptions options;
        options.packFolder = pack.toStdString();
        Result<std::unique_ptr<Engine>> engine = Engine::load(options);
        QVERIFY(engine);
        GenerationRequest r;
        r.durationSamples = 2 * kModelRate;
        r.steps = 4;
        r.seed = 5;
        r.recordings = {std::make_shared<SoundLibrary>(library()), plan("impact_wood", {0.3, 0.9, 1.5})};
        RunControl control;
        Result<GenerationResult> first = (*engine)->generate(r, control);
        QVERIFY2(first, first ? "" : first.error().message.c_str());
        QCOMPARE(QString::fromStdString(first->report.render), QString("recordings"));
        QCOMPARE(first->audio.sampleRate(), kRate);
        QCOMPARE(first->audio.frameCount(), size_t{2 * kRate});
        QCOMPARE(first->provenance.events.size(), size_t{3});
        QCOMPARE(first->report.stepsDone, Engine::samplerStepsToRun(r));  // what the progress display announces
        // From a scaffold: the drawing starts at t = 0.8 at least, so of 4 steps only the 3 below it run.
        GenerationRequest fromScaffold = r;
        fromScaffold.variation = 0.3f;
        fromScaffold.scaffoldAudio = AudioBuffer(std::vector<float>(2 * kModelRate, 0.01f), kModelRate, 1);
        QCOMPARE(Engine::samplerStepsToRun(fromScaffold), 3);
        Result<GenerationResult> drawn = (*engine)->generate(fromScaffold, control);
        QVERIFY(drawn);
        QCOMPARE(drawn->report.stepsDone, 3);

        GenerationRequest again = r;
        again.seed = 6;
        again.outputRegion = FrameRange{40000, 60000};
        again.existingTake = first->audio;
        Result<GenerationResult> regen = (*engine)->generate(again, control);
        QVERIFY(regen);
        QCOMPARE(regen->audio.channels(), first->audio.channels());
        const auto c = static_cast<size_t>(first->audio.channels());
        const std::vector<float>& a = first->audio.samples();
        const std::vector<float>& b = regen->audio.samples();
        QCOMPARE(b.size(), a.size());
        for (size_t i = 0; i < a.size(); ++i) {
            const size_t frame = i / c;
            if (frame < 40000 || frame >= 60000) QCOMPARE(b[i], a[i]);
        }
        QVERIFY(!std::equal(a.begin() + 40000 * c, a.begin() + 60000 * c, b.begin() + 40000 * c));  // inside: new

        // Nothing to render from: the neural render at 16 kHz, and the report says why.
        GenerationRequest none = r;
        none.recordings.plan = plan("glass", {0.5});
        Result<GenerationResult> neural = (*engine)->generate(none, control);
        QVERIFY(neural);
        QCOMPARE(neural->audio.sampleRate(), kModelRate);
        QCOMPARE(QString::fromStdString(neural->report.render), QString("neural"));
        QVERIFY(!neural->report.notes.empty());
        QVERIFY(QString::fromStdString(neural->report.notes[0]).contains("glass"));
        GenerationRequest badRate = r;
        badRate.outputRate = 4000;
        QCOMPARE((*engine)->generate(badRate, control).error().code, ErrorCode::InvalidArgument);

        // Streamed to a WAV as it renders: the same take, nothing left in the result, its format reported.
        const QString path = m_dir.filePath("streamed take ä.wav");
        media::WavStreamWriter writer(path.toStdString());
        GenerationRequest streamed = r;
        streamed.sink = &writer;
        Result<GenerationResult> written = (*engine)->generate(streamed, control);
        QVERIFY2(written, written ? "" : written.error().message.c_str());
        QVERIFY(written->audio.isEmpty());
        QCOMPARE(written->sampleRate, kRate);
        QCOMPARE(written->channels, first->audio.channels());
        QCOMPARE(written->frames, int64_t{2 * kRate});
        media::AudioDecodeOptions native;
        native.sampleRate = 0;
        native.channels = 0;
        Result<AudioBuffer> onDisk = media::decodeAudio(path.toStdString(), native);
        QVERIFY(onDisk);
        QVERIFY(onDisk->samples() == first->audio.samples());
        // The neural render hands its whole buffer to the sink.
        GenerationRequest neuralStreamed = none;
        neuralStreamed.sink = &writer;
        Result<GenerationResult> neuralWritten = (*engine)->generate(neuralStreamed, control);
        QVERIFY(neuralWritten && neuralWritten->audio.isEmpty());
        QCOMPARE(neuralWritten->sampleRate, kModelRate);
        onDisk = media::decodeAudio(path.toStdString(), native);
        QVERIFY(onDisk && onDisk->samples() == neural->audio.samples());
        // A sink that cannot take the audio is the error (no fallback to another render into the same sink); a region
        // cannot be streamed.
        RecordingSink full(0);
        streamed.sink = &full;
        Result<GenerationResult> refused = (*engine)->generate(streamed, control);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::IoWriteFailed);
        again.sink = &writer;
        QCOMPARE((*engine)->generate(again, control).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TstRecordingRenderer)
#include "tst_recordingrenderer.moc"
