#pragma once

// The generation request the benchmarks time: a captioned clip with rendered frames and an onset every ~0.55 s.
#include "core/dsp/TemporalCondition.h"
#include "inference/GenerationRequest.h"
#include "inference/retrieval/RetrievalPlanner.h"
#include "inference/training/SceneFrameRenderer.h"

#include <random>

namespace foley::bench {

inline dsp::OnsetSecondsList everyHalfSecond(double seconds)
{
    dsp::OnsetSecondsList onsets;
    std::mt19937 rng(5);
    for (double t = 0.35; t < seconds - 0.3; t += 0.55) onsets.push_back({t + std::uniform_real_distribution<double>(-0.1, 0.1)(rng), 0.8});
    return onsets;
}

inline inference::GenerationRequest requestFor(double seconds, int steps, const dsp::OnsetSecondsList& onsets)
{
    inference::GenerationRequest r;
    r.caption = "a hammer strikes a metal pipe repeatedly, quiet workshop";
    r.negativeCaption = "music, speech";
    r.durationSamples = static_cast<int64_t>(seconds * kModelRate);
    r.steps = steps;
    r.seed = 7;
    std::mt19937_64 rng(3);
    const inference::SceneLook look = inference::SceneFrameRenderer::randomLook("impact_metal", rng);
    r.frames = inference::SceneFrameRenderer().render(look, onsets, {}, seconds, 64, 25.0, 1);
    const dsp::TemporalCondition condition;
    r.temporalCurve = condition.build(onsets, {}, condition.frameCountFor(seconds));
    return r;
}

// Gives `request` the recordings of `library` that retrieval chooses for its caption and `onsets` (the plan a render
// from recordings follows, and the scaffold a neural render starts from).
inline void retrieveRecordings(inference::GenerationRequest& request, const std::shared_ptr<const inference::SoundLibrary>& library,
                               const dsp::OnsetSecondsList& onsets)
{
    const inference::RetrievalOutcome outcome = inference::applyRetrieval(
        *library, {request.caption, request.negativeCaption, onsets, {}, request.durationSamples, 1.0f, request.seed}, request);
    request.recordings = {library, outcome.plan};
}

}  // namespace foley::bench
