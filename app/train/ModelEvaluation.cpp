#include "app/train/ModelEvaluation.h"

#include "app/services/AubioOnsets.h"
#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/MelSpectrogram.h"
#include "core/dsp/OnsetMetrics.h"
#include "core/media/WavFile.h"
#include "inference/Engine.h"
#include "inference/retrieval/RetrievalPlanner.h"
#include "inference/retrieval/SoundClassVocabulary.h"
#include "inference/training/AudioClassifier.h"
#include "inference/training/CaptionWriter.h"
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
};

const Variant kVariants[] = {
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
};

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

    auto generate = [&](const inference::TrainingScene& scene, const Variant& v, const std::string& caption,
                        const std::string& negative, uint64_t seed) -> Result<AudioBuffer> {
        GenerationRequest request;
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
            inference::applyRetrieval(*trainLibrary, input, request);
        }
        if (v.scaffoldOnly) {
            // Nothing retrieved (no class word): silence, which the metrics count as a miss.
            if (request.scaffoldAudio.isEmpty()) return AudioBuffer(std::vector<float>(static_cast<size_t>(request.durationSamples), 0.0f), kModelRate, 1);
            return request.scaffoldAudio;
        }
        RunControl control;
        Result<inference::GenerationResult> result = (*engine)->generate(request, control);
        if (!result) return result.error();
        return result->audio;
    };

    uint64_t seed = options.seed;
    for (const std::string& soundClass : classes) {
        for (int k = 0; k < options.scenesPerClass; ++k, ++seed) {
            Result<inference::TrainingScene> scene = testScenes.sample(soundClass, seed);
            if (!scene) continue;
            for (const Variant& v : kVariants) {
                QElapsedTimer timer;
                timer.start();
                Result<AudioBuffer> audio = generate(*scene, v, scene->caption, "", seed);
                if (!audio) return audio.error();
                const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
                const QString wav = QDir(options.workFolder).filePath(QString("%1-%2-%3.wav").arg(QString::fromStdString(soundClass)).arg(k).arg(v.name));
                if (Status s = media::writeWav(wav.toStdString(), *audio); !s) return s.error();
                const bool isJudged = judge->judges(soundClass);
                const bool correct = isJudged && classifier.predict(*audio) == soundClass;
                std::optional<dsp::OnsetScores> ours, aubio;
                if (!scene->onsets.empty()) {
                    ours = metrics.evaluate(detector.detect(audio->data(), static_cast<int64_t>(audio->frameCount())).onsets, scene->onsets);
                    if (auto detected = app::aubioOnsets(wav)) aubio = metrics.evaluate(*detected, scene->onsets);
                }
                auto record = [&](Tally& tally) {
                    tally.seconds += seconds;
                    ++tally.generations;
                    tally.classCorrect += correct ? 1 : 0;
                    tally.classTotal += isJudged ? 1 : 0;
                    if (ours) tally.ours.push_back(*ours);
                    if (aubio) tally.aubio.push_back(*aubio);
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
                Result<AudioBuffer> without = generate(*scene, kVariants[0], mixed, "", seed);
                Result<AudioBuffer> with = generate(*scene, kVariants[0], mixed, otherWord, seed);
                if (!without || !with) return (!without ? without : with).error();
                negativeWithout += classifier.predict(*without) == other ? 1 : 0;
                negativeWith += classifier.predict(*with) == other ? 1 : 0;
                negativeProbabilityWithout += classifier.probabilityOf(*without, other);
                negativeProbabilityWith += classifier.probabilityOf(*with, other);
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
