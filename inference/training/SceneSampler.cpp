#include "inference/training/SceneSampler.h"

#include "inference/retrieval/ScaffoldComposer.h"
#include "inference/text/SoundClassVocabulary.h"
#include "inference/text/CaptionWriter.h"
#include "inference/training/SceneFrameRenderer.h"

#include "core/types/SampleTime.h"

#include <algorithm>
#include <random>

namespace foley::inference {

namespace {

double uniform(std::mt19937_64& rng, double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }

dsp::OnsetSecondsList randomOnsets(double duration, std::mt19937_64& rng)
{
    const int wanted = std::uniform_int_distribution<int>(1, 6)(rng);
    dsp::OnsetSecondsList onsets;
    for (int attempt = 0; attempt < 60 && static_cast<int>(onsets.size()) < wanted; ++attempt) {
        const double t = uniform(rng, 0.08, duration - 0.2);
        const bool spaced = std::none_of(onsets.begin(), onsets.end(), [&](const auto& o) { return std::abs(o.seconds - t) < 0.2; });
        if (spaced) onsets.push_back({t, uniform(rng, 0.35, 1.0)});
    }
    std::sort(onsets.begin(), onsets.end(), [](const auto& a, const auto& b) { return a.seconds < b.seconds; });
    return onsets;
}

dsp::SampledCurve randomMaskSpan(double duration, std::mt19937_64& rng)
{
    dsp::SampledCurve mask;
    mask.rate = 25.0;
    mask.values.assign(static_cast<size_t>(duration * mask.rate) + 1, 0.0f);
    const double a = uniform(rng, 0.0, duration * 0.5), b = uniform(rng, a + 0.6, duration + 0.5);
    const auto level = static_cast<float>(uniform(rng, 0.5, 1.0));
    for (size_t i = 0; i < mask.values.size(); ++i) {
        const double t = static_cast<double>(i) / mask.rate;
        if (t >= a && t < b) mask.values[i] = level;
    }
    return mask;
}

}  // namespace

SceneSampler::SceneSampler(const SoundLibrary& library, SceneOptions options) : m_library(library), m_options(options)
{
    for (const std::string& name : library.classes())
        if (findSoundClass(name) && static_cast<int>(library.clipsOf(name).size()) >= options.minClipsPerClass)
            m_classes.push_back(name);
}

Result<TrainingScene> SceneSampler::sample(uint64_t seed) const
{
    if (m_classes.empty()) return makeError(ErrorCode::InvalidArgument, "the library has no class with enough recordings");
    std::mt19937_64 rng(seed ^ 0xC0FFEEull);
    return sample(m_classes[std::uniform_int_distribution<size_t>(0, m_classes.size() - 1)(rng)], seed);
}

Result<TrainingScene> SceneSampler::sample(const std::string& soundClass, uint64_t seed) const
{
    std::mt19937_64 rng(seed);
    const SoundClassWords* words = findSoundClass(soundClass);
    TrainingScene scene;
    scene.soundClass = soundClass;
    const double duration = m_options.durationSeconds;
    if (words && words->sustained) scene.mask = randomMaskSpan(duration, rng);
    else scene.onsets = randomOnsets(duration, rng);

    ScaffoldPlan plan;
    plan.soundClass = soundClass;
    plan.onsets = scene.onsets;
    plan.mask = scene.mask;
    plan.durationSamples = static_cast<int64_t>(duration * kModelRate);
    const bool dry = uniform(rng, 0.0, 1.0) < m_options.dryProbability;
    plan.roomToneDb = dry ? -200.0 : uniform(rng, m_options.roomToneMinDb, m_options.roomToneMaxDb);
    plan.seed = rng();
    Result<Scaffold> composed = ScaffoldComposer(m_library).compose(plan);
    if (!composed) return composed.error();
    scene.audio = composed->audio;
    scene.reference = composed->reference;

    const CaptionWriter::Caption caption = CaptionWriter().write(soundClass, static_cast<int>(scene.onsets.size()), rng);
    scene.caption = caption.text;
    scene.negative = caption.negative;
    if (m_options.frameSize > 0) {
        const SceneLook look = SceneFrameRenderer::randomLook(soundClass, rng);
        scene.frames = SceneFrameRenderer().render(look, scene.onsets, scene.mask, duration, m_options.frameSize, m_options.fps, rng());
    }
    return scene;
}

}  // namespace foley::inference
