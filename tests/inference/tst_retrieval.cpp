// Retrieval-augmented generation: caption -> class words, the sound library manifest, the scaffold composer
// (recordings placed at onsets, held under the mask), the planner, scene sampling, and the engine's start from
// a scaffold. The library is synthesised at test time (decaying tones, noise bursts, a noise texture).
#include "core/dsp/MelSpectrogram.h"
#include "core/media/WavFile.h"
#include "core/types/SampleTime.h"
#include "inference/Engine.h"
#include "inference/pack/RandomPack.h"
#include "inference/retrieval/OneShotEvent.h"
#include "inference/retrieval/RetrievalPlanner.h"
#include "inference/retrieval/ScaffoldComposer.h"
#include "inference/text/SoundClassVocabulary.h"
#include "inference/training/SceneSampler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace foley;
using namespace foley::inference;

namespace {

AudioBuffer tone(double hz, double seconds, double decay)
{
    std::vector<float> x(static_cast<size_t>(seconds * kModelRate));
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = static_cast<double>(i) / kModelRate;
        x[i] = static_cast<float>(0.8 * std::exp(-t * decay) * std::sin(2 * M_PI * hz * t));
    }
    return AudioBuffer(std::move(x), kModelRate, 1);
}

AudioBuffer noise(double seconds, double decay, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 0.3f);
    std::vector<float> x(static_cast<size_t>(seconds * kModelRate));
    for (size_t i = 0; i < x.size(); ++i) x[i] = n(rng) * static_cast<float>(std::exp(-static_cast<double>(i) / kModelRate * decay));
    return AudioBuffer(std::move(x), kModelRate, 1);
}

// Noise bursts: 50 ms on, 150 ms off (a "texture" with attacks of its own).
AudioBuffer pulses(double seconds, unsigned seed)
{
    AudioBuffer x = noise(seconds, 0, seed);
    std::vector<float> s = x.samples();
    for (size_t i = 0; i < s.size(); ++i)
        if ((i % (kModelRate / 5)) >= static_cast<size_t>(kModelRate / 20)) s[i] = 0.0f;
    return AudioBuffer(std::move(s), kModelRate, 1);
}

// RMS of `audio` in [from, to) seconds.
double rms(const AudioBuffer& audio, double from, double to)
{
    const auto a = static_cast<size_t>(std::max(0.0, from) * kModelRate), b = std::min(audio.frameCount(), static_cast<size_t>(to * kModelRate));
    double sum = 0.0;
    for (size_t i = a; i < b; ++i) sum += audio.at(i) * audio.at(i);
    return b > a ? std::sqrt(sum / static_cast<double>(b - a)) : 0.0;
}

}  // namespace

class TstRetrieval : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;

    void writeClip(QFile& manifest, const QString& id, const QString& cls, const QString& split, const AudioBuffer& audio)
    {
        const QString relative = QString("clips/%1/%2.wav").arg(cls, id);
        QDir(m_corpus).mkpath(QString("clips/%1").arg(cls));
        QVERIFY(media::writeWav(QDir(m_corpus).filePath(relative).toStdString(), audio));
        manifest.write(QString("%1,%2,%3,testpkg,1,\"CC0, test\",src/%1.wav,%4,%5\n")
                           .arg(id, cls, split).arg(audio.durationSeconds()).arg(relative).toUtf8());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath("corpus with spaces é");
        QDir().mkpath(m_corpus);
        QFile manifest(QDir(m_corpus).filePath("manifest.csv"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("id,class,split,package,version,licence,source,duration_s,path\n");
        for (int i = 0; i < 5; ++i) {
            writeClip(manifest, QString("m%1").arg(i), "impact_metal", i < 4 ? "train" : "test", tone(800 + 100 * i, 0.5, 12));
            writeClip(manifest, QString("f%1").arg(i), "footstep", i < 4 ? "train" : "test", noise(0.25, 25, static_cast<unsigned>(i)));
            writeClip(manifest, QString("t%1").arg(i), "fire", i < 4 ? "train" : "test", noise(2.0, 0, 100u + static_cast<unsigned>(i)));
            // Room beds shorter than the scenes below, so they loop: two steady, two pulsing.
            const auto bed = i % 2 ? noise(0.7, 0, 200u + static_cast<unsigned>(i)) : pulses(0.7, 200u + static_cast<unsigned>(i));
            writeClip(manifest, QString("a%1").arg(i), "ambience", i < 4 ? "train" : "test", bed);
        }
    }

    void captionsNameClassesAndNegativesRemoveThem()
    {
        const auto matches = matchSoundClasses("A metal spoon taps a pot three times, faint room tone");
        QVERIFY(!matches.empty());
        QCOMPARE(QString::fromStdString(matches.front().name), QString("impact_metal"));
        const auto both = matchSoundClasses("footsteps on gravel and a metal clang", "metal");
        QVERIFY(!both.empty());
        for (const auto& m : both) QVERIFY(m.name != "impact_metal");
        QVERIFY(matchSoundClasses("zzz qqq").empty());
    }

    void libraryReadsTheManifestBySplit()
    {
        Result<SoundLibrary> train = SoundLibrary::open(m_corpus.toStdString(), {"train"});
        QVERIFY(train);
        QCOMPARE(train->size(), size_t{16});
        QCOMPARE(train->clipsOf("impact_metal").size(), size_t{4});
        QCOMPARE(QString::fromStdString(train->clips().front().licence), QString("CC0, test"));  // quoted comma
        Result<AudioBuffer> audio = train->audio(0);
        QVERIFY(audio);
        QCOMPARE(audio->sampleRate(), kModelRate);
        QVERIFY(!SoundLibrary::open(m_dir.filePath("nowhere").toStdString()));
    }

    void scaffoldPlacesRecordingsAtTheOnsetsWithStrengthAsLoudness()
    {
        Result<SoundLibrary> library = SoundLibrary::open(m_corpus.toStdString(), {"train"});
        QVERIFY(library);
        ScaffoldPlan plan;
        plan.soundClass = "impact_metal";
        plan.onsets = {{0.5, 1.0}, {1.5, 0.3}};
        plan.durationSamples = 3 * kModelRate;
        plan.seed = 4;
        Result<Scaffold> s = ScaffoldComposer(*library).compose(plan);
        QVERIFY(s);
        QCOMPARE(static_cast<int64_t>(s->audio.frameCount()), plan.durationSamples);
        const double quiet = rms(s->audio, 0.1, 0.45), loud = rms(s->audio, 0.5, 0.6), soft = rms(s->audio, 1.5, 1.6);
        QVERIFY2(loud > 30 * quiet, qPrintable(QString("%1 vs %2").arg(loud).arg(quiet)));
        QVERIFY(soft > 5 * quiet);
        QVERIFY(loud > 5 * soft);  // strength 0.3 is ~21 dB quieter
        QVERIFY(!s->reference.isEmpty());
        // Same plan, same audio; another seed, other choices.
        Result<Scaffold> again = ScaffoldComposer(*library).compose(plan);
        QVERIFY(again && again->audio.samples() == s->audio.samples());
        plan.soundClass = "nonexistent";
        QVERIFY(!ScaffoldComposer(*library).compose(plan));
    }

    void oneShotCutsKeepOneAttack()
    {
        // Silence, a hit at 0.1 s and a second one at 0.45 s: the cut starts at the first attack, the decay
        // envelope pushes the second hit >= 20 dB down, and the detector counts the attacks of the cut.
        std::vector<float> x(static_cast<size_t>(kModelRate), 0.0f);
        const AudioBuffer hit = noise(0.1, 40, 7);
        for (size_t i = 0; i < hit.frameCount(); ++i) {
            x[1600 + i] += hit.at(i);
            x[7200 + i] += hit.at(i);
        }
        const OneShotEvent cut = OneShotEvent::cut(x);
        QVERIFY(!cut.samples.empty() && cut.samples.size() <= static_cast<size_t>(OneShotEvent::kMaxSeconds * kModelRate));
        const AudioBuffer c(cut.samples, kModelRate, 1);
        QVERIFY(rms(c, 0.0, 0.02) > 0.1);                           // starts at the attack
        QVERIFY2(rms(c, 0.355, 0.375) < 0.1 * rms(c, 0.005, 0.025), qPrintable(QString::number(rms(c, 0.355, 0.375))));
        QVERIFY(cut.attacks >= 1);
        QCOMPARE(OneShotEvent::cut(hit.samples()).attacks, 1);
        QVERIFY(OneShotEvent::cut({}).samples.empty());
    }

    void textureFollowsTheMask()
    {
        Result<SoundLibrary> library = SoundLibrary::open(m_corpus.toStdString(), {"train"});
        ScaffoldPlan plan;
        plan.soundClass = "fire";
        plan.durationSamples = 3 * kModelRate;
        plan.mask.rate = 10.0;
        plan.mask.values.assign(30, 0.0f);
        for (int i = 10; i < 20; ++i) plan.mask.values[static_cast<size_t>(i)] = 1.0f;
        Result<Scaffold> s = ScaffoldComposer(*library).compose(plan);
        QVERIFY(s);
        QVERIFY(rms(s->audio, 1.2, 1.8) > 20 * rms(s->audio, 0.2, 0.8));
        QVERIFY(rms(s->audio, 1.2, 1.8) > 20 * rms(s->audio, 2.4, 2.9));
    }

    // A bed nobody named ("... quiet room tone" under metal clangs) is the steadiest recording the planner finds, looped
    // without a click, and follows the mask in dB (0.15 -> -34 dB of a full bed).
    void bedUnderEventsIsSteadyAndFollowsTheMaskInDb()
    {
        Result<SoundLibrary> library = SoundLibrary::open(m_corpus.toStdString(), {"train"});
        auto bedFor = [&](float maskValue, uint64_t seed) {
            dsp::SampledCurve mask;
            mask.rate = 25.0;
            mask.values.assign(76, maskValue);
            RetrievalInput input{"a metal pan clangs, quiet room tone", "", {}, mask, 3 * kModelRate, 1.0f, seed};
            GenerationRequest request;
            const RetrievalOutcome outcome = applyRetrieval(*library, input, request);
            return std::pair{outcome, request.scaffoldAudio};
        };
        for (uint64_t seed = 1; seed <= 4; ++seed) {  // half of the beds pulse: a random pick would find one of them
            const auto [outcome, bed] = bedFor(0.15f, seed);
            QVERIFY(outcome.used);
            QCOMPARE(QString::fromStdString(outcome.soundClass), QString("impact_metal"));
            QVERIFY2(QString::fromStdString(outcome.explanation).contains("steady 'ambience' bed"), outcome.explanation.c_str());
            double quietest = 1e9, loudest = 0.0;
            for (double t = 0.6; t < 2.9; t += 0.05) {  // after the fade-in, across several loop points of the 0.7 s bed
                quietest = std::min(quietest, rms(bed, t, t + 0.05));
                loudest = std::max(loudest, rms(bed, t, t + 0.05));
            }
            QVERIFY2(loudest < 1.6 * quietest, qPrintable(QString("bed level varies %1 dB").arg(20 * std::log10(loudest / quietest))));
            const double db = 20 * std::log10(rms(bed, 0.6, 2.9) / rms(bedFor(1.0f, seed).second, 0.6, 2.9));
            QVERIFY2(db < -30.0 && db > -38.0, qPrintable(QString("bed at mask 0.15: %1 dB").arg(db)));
        }
    }

    void plannerRetrievesByCaptionAndFreesTimingAtTemporalStrengthZero()
    {
        Result<SoundLibrary> library = SoundLibrary::open(m_corpus.toStdString(), {"train"});
        RetrievalInput input{"boots step on the ground", "", {{0.4, 1.0}}, {}, 2 * kModelRate, 1.0f, 3};
        GenerationRequest request;
        RetrievalOutcome outcome = applyRetrieval(*library, input, request);
        QVERIFY(outcome.used);
        QCOMPARE(QString::fromStdString(outcome.soundClass), QString("footstep"));
        QVERIFY(!request.scaffoldAudio.isEmpty() && !request.referenceAudio.isEmpty());

        GenerationRequest free;
        input.temporalStrength = 0.0f;
        QVERIFY(applyRetrieval(*library, input, free).used);
        QVERIFY(free.scaffoldAudio.isEmpty() && !free.referenceAudio.isEmpty());

        GenerationRequest none;
        input.caption = "something indescribable";
        outcome = applyRetrieval(*library, input, none);
        QVERIFY(!outcome.used && !outcome.explanation.empty());
        QVERIFY(none.referenceAudio.isEmpty());
    }

    void scenesAreRenderedWithFramesCaptionAndAlignedEvents()
    {
        Result<SoundLibrary> library = SoundLibrary::open(m_corpus.toStdString(), {"train"});
        SceneOptions options;
        options.minClipsPerClass = 2;
        const SceneSampler sampler(*library, options);
        QCOMPARE(sampler.classes().size(), size_t{4});
        Result<TrainingScene> scene = sampler.sample("footstep", 11);
        QVERIFY(scene);
        QVERIFY(!scene->onsets.empty() && !scene->caption.empty());
        QCOMPARE(scene->frames.size(), size_t{64});  // 2.56 s at 25 fps
        for (const auto& onset : scene->onsets) QVERIFY(rms(scene->audio, onset.seconds, onset.seconds + 0.05) > 4 * rms(scene->audio, onset.seconds - 0.06, onset.seconds - 0.01));
        Result<TrainingScene> same = sampler.sample("footstep", 11);
        QVERIFY(same && same->audio.samples() == scene->audio.samples() && same->caption == scene->caption);
        Result<TrainingScene> texture = sampler.sample("fire", 5);
        QVERIFY(texture && texture->onsets.empty() && !texture->mask.values.empty());
    }

    void engineStartsFromTheScaffold()
    {
        const QString pack = m_dir.filePath("pack");
        RandomPackOptions packOptions;
        packOptions.withVocoder = false;
        QVERIFY(makeRandomPack(pack.toStdString(), packOptions));
        EngineOptions engineOptions;
        engineOptions.packFolder = pack.toStdString();
        Result<std::unique_ptr<Engine>> engine = Engine::load(engineOptions);
        QVERIFY(engine);
        Result<SoundLibrary> library = SoundLibrary::open(m_corpus.toStdString(), {"train"});
        GenerationRequest request;
        request.durationSamples = 2 * kModelRate;
        request.steps = 20;
        QVERIFY(applyRetrieval(*library, {"metal clang", "", {{0.5, 1.0}, {1.2, 1.0}}, {}, request.durationSamples, 1.0f, 1}, request).used);
        request.variation = 0.05f;
        RunControl control;
        Result<GenerationResult> near = (*engine)->generate(request, control);
        QVERIFY(near);
        QCOMPARE(near->report.stepsDone, 1);  // only the steps below t = variation run
        QCOMPARE(static_cast<int64_t>(near->audio.frameCount()), request.durationSamples);
        request.variation = 1.0f;
        Result<GenerationResult> far = (*engine)->generate(request, control);
        QVERIFY(far);
        QCOMPARE(far->report.stepsDone, 20);
        // The events of the scaffold survive a start at t = 0.05 and not a start from pure noise (random weights).
        const double nearContrast = rms(near->audio, 0.5, 0.6) / std::max(1e-6, rms(near->audio, 0.3, 0.45));
        const double farContrast = rms(far->audio, 0.5, 0.6) / std::max(1e-6, rms(far->audio, 0.3, 0.45));
        QVERIFY2(nearContrast > 4.0 && nearContrast > 2 * farContrast, qPrintable(QString("%1 vs %2").arg(nearContrast).arg(farContrast)));
        request.variation = 1.5f;
        QVERIFY(!(*engine)->generate(request, control));
    }
};

QTEST_GUILESS_MAIN(TstRetrieval)
#include "tst_retrieval.moc"
