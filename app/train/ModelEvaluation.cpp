#include "app/train/ModelEvaluation.h"

#include "app/services/AubioOnsets.h"
#include "app/train/RenderRealism.h"
#include "core/dsp/Resampler.h"
#include "inference/render/RecordingRenderer.h"
#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/MelSpectrogram.h"
#include "core/dsp/OnsetMetrics.h"
#include "core/media/WavFile.h"
#include "inference/Engine.h"
#include "inference/retrieval/RetrievalPlanner.h"
#include "inference/text/SoundClassVocabulary.h"
#include "inference/training/AudioClassifier.h"
#include "inference/text/CaptionWriter.h"
#include "inference/training/SceneSampler.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>
#include <map>
#include <optional>
#include <random>

namespace foley::app::train {

namespace {

using inference::GenerationRequest;

// One way of generating a test scene: the full model, or one condition switched off (the ablations).
struct Variant {
    const char* name;
    bool video = true;
    bool promptTokens = true;
    float temporalStrength = 1.0f;
    bool retrieval = true;
    bool scaffoldOnly = false;  // the retrieved recordings as placed, without the model: the reference point
    bool recordings = false;    // rendered from recordings at kTakeRate (the default render); else neural at 16 kHz
    bool withoutModel = false;  // recordings chosen by the seed alone (no drawing to match): what the model adds
};

constexpr int kTakeRate = 48000;

// "recordings" is the default render; "full" is the neural render (all conditions, 16 kHz).
const Variant kVariants[] = {
    {"recordings", true, true, 1.0f, true, false, true},
    {"recordings_without_model", true, true, 1.0f, true, false, true, true},
    {"full"},
    {"temporal_strength_0", true, true, 0.0f, true},
    {"text_only_no_video", false, true, 1.0f, true},
    {"without_prompt_tokens", true, false, 1.0f, true},
    {"without_retrieval", true, true, 1.0f, false},
    {"retrieved_scaffold_only", true, true, 1.0f, true, true},
};

struct Tally {
    std::vector<dsp::OnsetScores> ours, aubio;
    int classCorrect = 0, classTotal = 0;
    double seconds = 0.0;
    int generations = 0;
    std::vector<std::vector<float>> features;  // realismFeatures of every take
    double highShare = 0.0;                    // summed highBandShare
};

double shareDb(double share) { return 10.0 * std::log10(std::max(share, 1e-9)); }

QJsonObject onsetJson(const std::vector<dsp::OnsetScores>& scores)
{
    const dsp::OnsetScoresSummary s = dsp::OnsetMetrics::summarize(scores);
    return QJsonObject{{"clips", s.clips}, {"f1", s.f1}, {"precision", s.precision}, {"recall", s.recall},
                       {"onset_acc", s.acc}, {"onset_ap", s.ap}, {"onset_ap_strict", s.apStrict},
                       {"detected", s.detected}, {"reference", s.reference}, {"matched", s.matched}};
}

QJsonObject tallyJson(const Tally& t)
{
    return QJsonObject{{"onsets_ours", onsetJson(t.ours)}, {"onsets_aubioonset", onsetJson(t.aubio)},
                       {"class_accuracy", t.classTotal ? double(t.classCorrect) / t.classTotal : 0.0},
                       {"generations", t.generations},
                       {"seconds_per_generation", t.generations ? t.seconds / t.generations : 0.0}};
}

// Log-mel L1 (core's mel) and multi-resolution STFT distance (spectral convergence + log-magnitude L1 at FFT
// sizes 256/512/1024) between a recording and its resynthesis.
std::pair<double, double> reconstructionError(const AudioBuffer& reference, const AudioBuffer& generated)
{
    dsp::MelSpectrogram mel;
    const dsp::MelFrames a = mel.compute(reference.data(), static_cast<int64_t>(reference.frameCount()));
    const dsp::MelFrames b = mel.compute(generated.data(), static_cast<int64_t>(generated.frameCount()));
    double l1 = 0.0;
    const size_t n = std::min(a.values.size(), b.values.size());
    for (size_t i = 0; i < n; ++i) l1 += std::abs(a.values[i] - b.values[i]);
    double stft = 0.0;
    for (int fft : {256, 512, 1024}) {
        dsp::MelConfig config;
        config.nFft = fft;
        config.winLength = fft;
        config.hop = fft / 4;
        dsp::MelSpectrogram linear(config);
        const dsp::MelFrames x = linear.linearSpectrogram(reference.data(), static_cast<int64_t>(reference.frameCount()), dsp::SpectrogramScale::Linear);
        const dsp::MelFrames y = linear.linearSpectrogram(generated.data(), static_cast<int64_t>(generated.frameCount()), dsp::SpectrogramScale::Linear);
        double diff = 0.0, norm = 0.0, logL1 = 0.0;
        const size_t m = std::min(x.values.size(), y.values.size());
        for (size_t i = 0; i < m; ++i) {
            diff += std::pow(x.values[i] - y.values[i], 2);
            norm += std::pow(x.values[i], 2);
            logL1 += std::abs(std::log(x.values[i] + 1e-5) - std::log(y.values[i] + 1e-5));
        }
        stft += std::sqrt(diff) / std::max(1e-9, std::sqrt(norm)) + logL1 / static_cast<double>(std::max<size_t>(1, m));
    }
    return {n ? l1 / static_cast<double>(n) : 0.0, stft / 3.0};
}

}  // namespace

Result<QJsonObject> evaluateModelPack(const EvaluationOptions& options)
{
    auto log = [&](const QString& line) { if (options.log) options.log(line); };
    inference::EngineOptions engineOptions;
    engineOptions.packFolder = QDir(options.packFolder).absolutePath().toStdString();
    Result<std::unique_ptr<inference::Engine>> engine = inference::Engine::load(engineOptions);
    if (!engine) return engine.error();
    const std::string corpus = options.corpusFolder.toStdString();
    Result<inference::SoundLibrary> trainLibrary = inference::SoundLibrary::open(corpus, {"train"});
    if (!trainLibrary) return trainLibrary.error();
    Result<inference::SoundLibrary> testLibrary = inference::SoundLibrary::open(corpus, {"test"});
    if (!testLibrary) return testLibrary.error();

    inference::SceneOptions sceneOptions;
    sceneOptions.durationSeconds = options.sceneSeconds;
    sceneOptions.minClipsPerClass = 2;
    const inference::SceneSampler testScenes(*testLibrary, sceneOptions);
    std::vector<std::string> classes;
    for (const std::string& c : testScenes.classes())
        if (!trainLibrary->clipsOf(c).empty()) classes.push_back(c);
    if (classes.size() < 2) return makeError(ErrorCode::InvalidArgument, "the corpus' test split has fewer than two usable classes");
    log(QString("evaluating %1 classes x %2 test scenes").arg(classes.size()).arg(options.scenesPerClass));

    JudgeOptions judgeOptions = options.judge;
    judgeOptions.classifier.sceneSeconds = options.sceneSeconds;
    judgeOptions.log = options.log;
    Result<EvaluationJudge> judge = trainEvaluationJudge(corpus, classes, judgeOptions);
    if (!judge) return judge.error();
    const inference::AudioClassifier& classifier = judge->classifier;

    QDir().mkpath(options.workFolder);
    const dsp::AudioOnsetDetector detector;
    const dsp::OnsetMetrics metrics;
    std::map<std::string, Tally> tallies;
    std::map<std::string, Tally> perClass;
    int negativeWithout = 0, negativeWith = 0, negativeTotal = 0;
    double negativeProbabilityWithout = 0.0, negativeProbabilityWith = 0.0;  // the judge's belief, finer than its verdict

    const auto trainShared = std::make_shared<const inference::SoundLibrary>(*trainLibrary);
    auto generate = [&](const inference::TrainingScene& scene, const Variant& v, const std::string& caption,
                        const std::string& negative, uint64_t seed) -> Result<inference::GenerationResult> {
        GenerationRequest request;
        request.render = v.recordings ? inference::RenderMode::Recordings : inference::RenderMode::Neural;
        request.outputRate = kTakeRate;
        request.outputFrames = static_cast<int64_t>(options.sceneSeconds * kTakeRate);
        request.caption = caption;
        request.negativeCaption = negative;
        request.durationSamples = static_cast<int64_t>(options.sceneSeconds * kModelRate);
        request.steps = options.steps;
        request.seed = seed;
        request.temporalStrength = v.temporalStrength;
        request.promptTokens = v.promptTokens;
        if (v.video) request.frames = scene.frames;
        const dsp::TemporalCondition condition;
        request.temporalCurve = condition.build(scene.onsets, scene.mask, condition.frameCountFor(options.sceneSeconds));
        if (v.retrieval) {
            inference::RetrievalInput input{caption, negative, scene.onsets, scene.mask, request.durationSamples, v.temporalStrength, seed};
            request.variation = options.variation;
            inference::RetrievalOutcome outcome = inference::applyRetrieval(*trainLibrary, input, request);
            if (outcome.used) request.recordings = {trainShared, outcome.plan};
        }
        if (v.scaffoldOnly) {
            // Nothing retrieved (no class word): silence, which the metrics count as a miss.
            inference::GenerationResult placed;
            placed.audio = request.scaffoldAudio.isEmpty()
                ? AudioBuffer(std::vector<float>(static_cast<size_t>(request.durationSamples), 0.0f), kModelRate, 1)
                : request.scaffoldAudio;
            return placed;
        }
        if (v.withoutModel) {
            inference::GenerationResult chosen;
            Result<inference::RenderedTake> take = inference::RecordingRenderer(*trainLibrary).render(
                request.recordings.plan, {}, {kTakeRate, request.outputFrames, seed});
            if (!take) return take.error();
            chosen.audio = take->audio;
            chosen.provenance = take->provenance;
            return chosen;
        }
        RunControl control;
        return (*engine)->generate(request, control);
    };
    // A real scene: the same class, onsets and mask, made of held-out recordings at full quality.
    auto realScene = [&](const inference::TrainingScene& scene, uint64_t seed) -> Result<AudioBuffer> {
        inference::RecordingPlan plan;
        plan.soundClass = scene.soundClass;
        plan.onsets = scene.onsets;
        plan.mask = scene.mask;
        Result<inference::RenderedTake> take = inference::RecordingRenderer(*testLibrary).render(
            plan, {}, {kTakeRate, static_cast<int64_t>(options.sceneSeconds * kTakeRate), seed});
        if (!take) return take.error();
        return take->audio;
    };
    Tally real;
    int eventsCompared = 0, eventsDiffering = 0;

    uint64_t seed = options.seed;
    for (const std::string& soundClass : classes) {
        for (int k = 0; k < options.scenesPerClass; ++k, ++seed) {
            Result<inference::TrainingScene> scene = testScenes.sample(soundClass, seed);
            if (!scene) continue;
            Result<AudioBuffer> realAudio = realScene(*scene, seed);
            if (!realAudio) return realAudio.error();
            real.features.push_back(realismFeatures(*realAudio));
            real.highShare += highBandShare(*realAudio);
            ++real.generations;
            for (const Variant& v : kVariants) {
                QElapsedTimer timer;
                timer.start();
                Result<inference::GenerationResult> generated = generate(*scene, v, scene->caption, "", seed);
                if (!generated) return generated.error();
                const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
                if (v.recordings && !v.withoutModel) {  // diversity: which recordings another seed chooses
                    Result<inference::GenerationResult> other = generate(*scene, v, scene->caption, "", seed + 7919);
                    if (!other) return other.error();
                    const auto& a = generated->provenance.events;
                    const auto& b = other->provenance.events;
                    for (size_t e = 0; e < std::min(a.size(), b.size()); ++e, ++eventsCompared)
                        eventsDiffering += a[e].recording.clipId != b[e].recording.clipId ? 1 : 0;
                }
                const AudioBuffer* audio = &generated->audio;
                const AudioBuffer model16 = dsp::resampled(audio->toMono(), kModelRate);  // what the detector and judge hear
                const QString wav = QDir(options.workFolder).filePath(QString("%1-%2-%3.wav").arg(QString::fromStdString(soundClass)).arg(k).arg(v.name));
                if (Status s = media::writeWav(wav.toStdString(), *audio); !s) return s.error();
                const bool isJudged = judge->judges(soundClass);
                const bool correct = isJudged && classifier.predict(model16) == soundClass;
                std::optional<dsp::OnsetScores> ours, aubio;
                if (!scene->onsets.empty()) {
                    ours = metrics.evaluate(detector.detect(model16.data(), static_cast<int64_t>(model16.frameCount())).onsets, scene->onsets);
                    if (auto detected = app::aubioOnsets(wav)) aubio = metrics.evaluate(*detected, scene->onsets);
                }
                auto record = [&](Tally& tally) {
                    tally.seconds += seconds;
                    ++tally.generations;
                    tally.classCorrect += correct ? 1 : 0;
                    tally.classTotal += isJudged ? 1 : 0;
                    if (ours) tally.ours.push_back(*ours);
                    if (aubio) tally.aubio.push_back(*aubio);
                    tally.features.push_back(realismFeatures(*audio));
                    tally.highShare += highBandShare(*audio);
                };
                record(tallies[v.name]);
                if (std::string(v.name) == "full") record(perClass[soundClass]);
            }
            // Negative prompt: the caption describes another class and names the scene's ("glass shatters on tiles
            // twice and footsteps"), so without a negative that other class is what a user would get; the negative
            // prompt names the other class.
            const std::string& other = classes[(static_cast<size_t>(seed) + 1 + static_cast<size_t>(k)) % classes.size()];
            if (other != soundClass && judge->judges(other) && judge->judges(soundClass)) {
                std::mt19937_64 captionRng(seed);
                const std::string otherWord = inference::findSoundClass(other)->keywords.front();
                const std::string mixed = inference::CaptionWriter().write(other, static_cast<int>(scene->onsets.size()), captionRng).text
                    + " and " + inference::findSoundClass(soundClass)->keywords.front();
                const Variant& neural = kVariants[2];  // the negative prompt steers the model's own audio
                Result<inference::GenerationResult> without = generate(*scene, neural, mixed, "", seed);
                Result<inference::GenerationResult> with = generate(*scene, neural, mixed, otherWord, seed);
                if (!without || !with) return (!without ? without : with).error();
                negativeWithout += classifier.predict(without->audio) == other ? 1 : 0;
                negativeWith += classifier.predict(with->audio) == other ? 1 : 0;
                negativeProbabilityWithout += classifier.probabilityOf(without->audio, other);
                negativeProbabilityWith += classifier.probabilityOf(with->audio, other);
                ++negativeTotal;
            }
            log(QString("%1 scene %2: done").arg(QString::fromStdString(soundClass)).arg(k));
        }
    }

    // Vocoder reconstruction on real test recordings.
    double melL1 = 0.0, stft = 0.0;
    int resynthesized = 0;
    for (size_t i = 0; i < testLibrary->size() && resynthesized < 60; i += std::max<size_t>(1, testLibrary->size() / 60)) {
        Result<AudioBuffer> audio = testLibrary->audio(i);
        if (!audio || audio->frameCount() < 1600) continue;
        Result<AudioBuffer> again = (*engine)->resynthesize(*audio);
        if (!again) return again.error();
        const auto [l1, s] = reconstructionError(*audio, *again);
        melL1 += l1;
        stft += s;
        ++resynthesized;
    }

    QJsonObject variants;
    for (const Variant& v : kVariants) variants.insert(v.name, tallyJson(tallies[v.name]));
    // How real each render sounds: a classifier two-sample test against the real scenes (0.5 = indistinguishable),
    // the share of energy above 8 kHz beside theirs, and the judge's class accuracy relative to the scaffold's.
    const double realHigh = real.generations ? real.highShare / real.generations : 0.0;
    const double scaffoldClass = tallyJson(tallies["retrieved_scaffold_only"]).value("class_accuracy").toDouble();
    QJsonObject realism{{"real_scenes", real.generations}, {"real_high_band_share", realHigh},
                        {"real_high_band_db", shareDb(realHigh)}, {"folds", 5}};
    for (const char* name : {"recordings", "recordings_without_model", "full", "retrieved_scaffold_only"}) {
        const Tally& t = tallies[name];
        const double high = t.generations ? t.highShare / t.generations : 0.0;
        const double classAccuracy = tallyJson(t).value("class_accuracy").toDouble();
        realism.insert(name, QJsonObject{{"discriminator_accuracy", twoSampleAccuracy(t.features, real.features, 5, options.seed)},
                                         {"high_band_share", high},
                                         {"high_band_db_vs_real", shareDb(high) - shareDb(realHigh)},
                                         {"class_accuracy_relative_to_scaffold", scaffoldClass > 0 ? classAccuracy / scaffoldClass : 0.0}});
    }
    realism.insert("diversity", QJsonObject{{"events_compared", eventsCompared},
                                            {"share_of_events_with_another_recording", eventsCompared ? double(eventsDiffering) / eventsCompared : 0.0}});
    QJsonObject classesJson;
    for (const auto& [name, t] : perClass) {
        QJsonObject c = tallyJson(t);
        if (t.ours.empty()) {  // a texture class: its scenes have a mask, no onsets to score
            c.remove("onsets_ours");
            c.remove("onsets_aubioonset");
        }
        classesJson.insert(QString::fromStdString(name), c);
    }
    QJsonArray classList;
    for (const auto& c : classes) classList.append(QString::fromStdString(c));
    return QJsonObject{
        {"classes", classList},
        {"scenes_per_class", options.scenesPerClass},
        {"scene_seconds", options.sceneSeconds},
        {"steps", options.steps},
        {"variation", options.variation},
        {"vocoder", (*engine)->hasNeuralVocoder() ? "neural" : "griffin-lim"},
        {"variants", variants},
        {"take_rate", kTakeRate},
        {"realism", realism},
        {"per_class_full", classesJson},
        {"negative_prompt", QJsonObject{{"scenes", negativeTotal},
                                        {"other_class_rate_without_negative", negativeTotal ? double(negativeWithout) / negativeTotal : 0.0},
                                        {"other_class_rate_with_negative", negativeTotal ? double(negativeWith) / negativeTotal : 0.0},
                                        {"other_class_probability_without_negative", negativeTotal ? negativeProbabilityWithout / negativeTotal : 0.0},
                                        {"other_class_probability_with_negative", negativeTotal ? negativeProbabilityWith / negativeTotal : 0.0}}},
        {"classifier", judge->json()},
        {"vocoder_reconstruction", QJsonObject{{"recordings", resynthesized},
                                               {"log_mel_l1", resynthesized ? melL1 / resynthesized : 0.0},
                                               {"multi_resolution_stft", resynthesized ? stft / resynthesized : 0.0}}},
        {"foleymaster_reported", QJsonObject{{"onset_acc", 34.36}, {"onset_ap", 79.83},
                                             {"note", "FoleyMaster's figures on its own test set (percent); the data differ, so they are context, not a comparison"}}},
    };
}

}  // namespace foley::app::train
