#include "app/train/ModelEvaluation.h"

#include "app/services/AubioOnsets.h"
#include "app/train/EvaluationMeasures.h"
#include "app/train/RenderRealism.h"
#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/Resampler.h"
#include "core/media/WavFile.h"
#include "inference/Engine.h"
#include "inference/render/RecordingRenderer.h"
#include "inference/retrieval/RetrievalPlanner.h"
#include "inference/text/CaptionWriter.h"
#include "inference/text/SoundClassVocabulary.h"
#include "inference/training/AudioClassifier.h"
#include "inference/training/SceneSampler.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

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
constexpr uint64_t kOtherSeedOffset = 7919;  // the second seed of the diversity measure

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
const Variant& kNeuralVariant = kVariants[2];  // what the negative prompt steers: the model's own audio

// The whole evaluation: the pack, the libraries, the judge, and what every measurement gathers scene by scene.
class PackEvaluation {
public:
    PackEvaluation(const EvaluationOptions& options, inference::Engine& engine, const inference::SoundLibrary& train,
                   const inference::SoundLibrary& test, const EvaluationJudge& judge)
        : m_options(options), m_engine(engine), m_train(train), m_test(test), m_judge(judge),
          m_trainShared(std::make_shared<const inference::SoundLibrary>(train))
    {}

    Status measureScene(const inference::TrainingScene& scene, const std::string& soundClass, int k, uint64_t seed,
                        const std::vector<std::string>& classes)
    {
        Result<AudioBuffer> realAudio = realScene(scene, seed);
        if (!realAudio) return realAudio.error();
        m_real.features.push_back(realismFeatures(*realAudio));
        m_real.highShare += highBandShare(*realAudio);
        ++m_real.generations;
        for (const Variant& v : kVariants)
            if (const Status measured = measureVariant(scene, soundClass, k, v, seed); !measured) return measured;
        return measureNegativePrompt(scene, soundClass, k, seed, classes);
    }

    QJsonObject variantsJson() const
    {
        QJsonObject variants;
        for (const Variant& v : kVariants) variants.insert(v.name, tallyOf(v.name).json());
        return variants;
    }
    QJsonObject realism() const { return realismJson(m_tallies, m_real, m_diversity, m_options.seed); }
    QJsonObject perClass() const { return perClassJson(m_perClass); }
    QJsonObject negativePrompt() const { return m_negative.json(); }

private:
    const Tally& tallyOf(const char* name) const
    {
        static const Tally kNone;
        const auto it = m_tallies.find(name);
        return it == m_tallies.end() ? kNone : it->second;
    }

    // A take of the scene the variant's way (the evaluation's only way of making one).
    Result<inference::GenerationResult> generate(const inference::TrainingScene& scene, const Variant& v, const std::string& caption,
                                                 const std::string& negative, uint64_t seed) const
    {
        GenerationRequest request;
        request.render = v.recordings ? inference::RenderMode::Recordings : inference::RenderMode::Neural;
        request.outputRate = kTakeRate;
        request.outputFrames = static_cast<int64_t>(m_options.sceneSeconds * kTakeRate);
        request.caption = caption;
        request.negativeCaption = negative;
        request.durationSamples = static_cast<int64_t>(m_options.sceneSeconds * kModelRate);
        request.steps = m_options.steps;
        request.seed = seed;
        request.temporalStrength = v.temporalStrength;
        request.promptTokens = v.promptTokens;
        if (v.video) request.frames = scene.frames;
        const dsp::TemporalCondition condition;
        request.temporalCurve = condition.build(scene.onsets, scene.mask, condition.frameCountFor(m_options.sceneSeconds));
        if (v.retrieval) {
            inference::RetrievalInput input{caption, negative, scene.onsets, scene.mask, request.durationSamples, v.temporalStrength, seed};
            request.variation = m_options.variation;
            inference::RetrievalOutcome outcome = inference::applyRetrieval(m_train, input, request);
            if (outcome.used) request.recordings = {m_trainShared, outcome.plan};
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
            Result<inference::RenderedTake> take = inference::RecordingRenderer(m_train).render(
                request.recordings.plan, {}, {kTakeRate, request.outputFrames, seed, 0});
            if (!take) return take.error();
            chosen.audio = take->audio;
            chosen.provenance = take->provenance;
            return chosen;
        }
        RunControl control;
        return m_engine.generate(request, control);
    }

    // A real scene: the same class, onsets and mask, made of held-out recordings at full quality.
    Result<AudioBuffer> realScene(const inference::TrainingScene& scene, uint64_t seed) const
    {
        inference::RecordingPlan plan;
        plan.soundClass = scene.soundClass;
        plan.onsets = scene.onsets;
        plan.mask = scene.mask;
        Result<inference::RenderedTake> take = inference::RecordingRenderer(m_test).render(
            plan, {}, {kTakeRate, static_cast<int64_t>(m_options.sceneSeconds * kTakeRate), seed, 0});
        if (!take) return take.error();
        return take->audio;
    }

    // One variant's take of the scene: timing by both detectors, class by the judge, realism features; for the
    // default render also which recordings another seed chooses.
    Status measureVariant(const inference::TrainingScene& scene, const std::string& soundClass, int k, const Variant& v, uint64_t seed)
    {
        QElapsedTimer timer;
        timer.start();
        Result<inference::GenerationResult> generated = generate(scene, v, scene.caption, "", seed);
        if (!generated) return generated.error();
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        if (v.recordings && !v.withoutModel) {
            Result<inference::GenerationResult> other = generate(scene, v, scene.caption, "", seed + kOtherSeedOffset);
            if (!other) return other.error();
            m_diversity.add(generated->provenance, other->provenance);
        }
        const AudioBuffer& audio = generated->audio;
        const AudioBuffer model16 = dsp::resampled(audio.toMono(), kModelRate);  // what the detector and judge hear
        const QString wav = QDir(m_options.workFolder).filePath(QString("%1-%2-%3.wav").arg(QString::fromStdString(soundClass)).arg(k).arg(v.name));
        if (Status s = media::writeWav(wav.toStdString(), audio); !s) return s.error();
        const bool isJudged = m_judge.judges(soundClass);
        const bool correct = isJudged && m_judge.classifier.predict(model16) == soundClass;
        std::optional<dsp::OnsetScores> ours, aubio;
        if (!scene.onsets.empty()) {
            ours = m_metrics.evaluate(m_detector.detect(model16.data(), static_cast<int64_t>(model16.frameCount())).onsets, scene.onsets);
            if (auto detected = app::aubioOnsets(wav)) aubio = m_metrics.evaluate(*detected, scene.onsets);
        }
        auto record = [&](Tally& tally) {
            tally.seconds += seconds;
            ++tally.generations;
            tally.classCorrect += correct ? 1 : 0;
            tally.classTotal += isJudged ? 1 : 0;
            if (ours) tally.ours.push_back(*ours);
            if (aubio) tally.aubio.push_back(*aubio);
            tally.features.push_back(realismFeatures(audio));
            tally.highShare += highBandShare(audio);
        };
        record(m_tallies[v.name]);
        if (&v == &kNeuralVariant) record(m_perClass[soundClass]);
        return okStatus();
    }

    // Negative prompt: the caption describes another class and names the scene's ("glass shatters on tiles twice and
    // footsteps"), so without a negative that other class is what a user would get; the negative prompt names it.
    Status measureNegativePrompt(const inference::TrainingScene& scene, const std::string& soundClass, int k, uint64_t seed,
                                 const std::vector<std::string>& classes)
    {
        const std::string& other = classes[(static_cast<size_t>(seed) + 1 + static_cast<size_t>(k)) % classes.size()];
        if (other == soundClass || !m_judge.judges(other) || !m_judge.judges(soundClass)) return okStatus();
        std::mt19937_64 captionRng(seed);
        const std::string otherWord = inference::findSoundClass(other)->keywords.front();
        const std::string mixed = inference::CaptionWriter().write(other, static_cast<int>(scene.onsets.size()), captionRng).text
            + " and " + inference::findSoundClass(soundClass)->keywords.front();
        Result<inference::GenerationResult> without = generate(scene, kNeuralVariant, mixed, "", seed);
        Result<inference::GenerationResult> with = generate(scene, kNeuralVariant, mixed, otherWord, seed);
        if (!without || !with) return (!without ? without : with).error();
        const inference::AudioClassifier& classifier = m_judge.classifier;
        m_negative.without += classifier.predict(without->audio) == other ? 1 : 0;
        m_negative.with += classifier.predict(with->audio) == other ? 1 : 0;
        m_negative.probabilityWithout += classifier.probabilityOf(without->audio, other);
        m_negative.probabilityWith += classifier.probabilityOf(with->audio, other);
        ++m_negative.total;
        return okStatus();
    }

    const EvaluationOptions& m_options;
    inference::Engine& m_engine;
    const inference::SoundLibrary& m_train;
    const inference::SoundLibrary& m_test;
    const EvaluationJudge& m_judge;
    std::shared_ptr<const inference::SoundLibrary> m_trainShared;
    const dsp::AudioOnsetDetector m_detector;
    const dsp::OnsetMetrics m_metrics;
    std::map<std::string, Tally> m_tallies;   // per variant
    std::map<std::string, Tally> m_perClass;  // the neural variant per class
    Tally m_real;                             // the real scenes (realism's reference)
    Diversity m_diversity;
    NegativePromptTally m_negative;
};

// The test split's classes the train split also has (retrieval needs them), at least two.
Result<std::vector<std::string>> evaluationClasses(const inference::SceneSampler& testScenes, const inference::SoundLibrary& train)
{
    std::vector<std::string> classes;
    for (const std::string& c : testScenes.classes())
        if (!train.clipsOf(c).empty()) classes.push_back(c);
    if (classes.size() < 2) return makeError(ErrorCode::InvalidArgument, "the corpus' test split has fewer than two usable classes");
    return classes;
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
    Result<std::vector<std::string>> classes = evaluationClasses(testScenes, *trainLibrary);
    if (!classes) return classes.error();
    log(QString("evaluating %1 classes x %2 test scenes").arg(classes->size()).arg(options.scenesPerClass));

    JudgeOptions judgeOptions = options.judge;
    judgeOptions.classifier.sceneSeconds = options.sceneSeconds;
    judgeOptions.log = options.log;
    Result<EvaluationJudge> judge = trainEvaluationJudge(corpus, *classes, judgeOptions);
    if (!judge) return judge.error();

    QDir().mkpath(options.workFolder);
    PackEvaluation evaluation(options, **engine, *trainLibrary, *testLibrary, *judge);
    uint64_t seed = options.seed;
    for (const std::string& soundClass : *classes) {
        for (int k = 0; k < options.scenesPerClass; ++k, ++seed) {
            Result<inference::TrainingScene> scene = testScenes.sample(soundClass, seed);
            if (!scene) continue;
            if (const Status measured = evaluation.measureScene(*scene, soundClass, k, seed, *classes); !measured) return measured.error();
            log(QString("%1 scene %2: done").arg(QString::fromStdString(soundClass)).arg(k));
        }
    }
    Result<QJsonObject> vocoder = vocoderReconstructionJson(**engine, *testLibrary);
    if (!vocoder) return vocoder.error();

    QJsonArray classList;
    for (const auto& c : *classes) classList.append(QString::fromStdString(c));
    return QJsonObject{
        {"classes", classList},
        {"scenes_per_class", options.scenesPerClass},
        {"scene_seconds", options.sceneSeconds},
        {"steps", options.steps},
        {"variation", options.variation},
        {"vocoder", (*engine)->hasNeuralVocoder() ? "neural" : "griffin-lim"},
        {"variants", evaluation.variantsJson()},
        {"take_rate", kTakeRate},
        {"realism", evaluation.realism()},
        {"per_class_full", evaluation.perClass()},
        {"negative_prompt", evaluation.negativePrompt()},
        {"classifier", judge->json()},
        {"vocoder_reconstruction", *vocoder},
        {"foleymaster_reported", QJsonObject{{"onset_acc", 34.36}, {"onset_ap", 79.83},
                                             {"note", "FoleyMaster's figures on its own test set (percent); the data differ, so they are context, not a comparison"}}},
    };
}

}  // namespace foley::app::train
