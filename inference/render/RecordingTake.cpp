#include "inference/render/RecordingTake.h"

#include "inference/GenerationRun.h"
#include "inference/render/RecordingRenderer.h"
#include "inference/sampling/RegionSplice.h"

#include <algorithm>
#include <chrono>

namespace foley::inference {

namespace {

constexpr double kDrawingShare = 0.9;  // of the progress bar: the model's steps; the render is the rest
constexpr double kSeamFadeSeconds = 0.01;

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

Status validateRecordingRequest(const GenerationRequest& request)
{
    if (request.outputRate < kMinTakeRate || request.outputRate > kMaxTakeRate)
        return makeError(ErrorCode::InvalidArgument, "take rate must be between 8 and 192 kHz");
    if (!request.outputRegion) return okStatus();
    if (request.sink) return makeError(ErrorCode::InvalidArgument, "a region regeneration cannot be streamed to a sink");
    const int64_t frames = request.outputFrameCount();
    const FrameRange& r = *request.outputRegion;
    if (r.start < 0 || r.end <= r.start || r.end > frames)
        return makeError(ErrorCode::InvalidArgument, "region must lie inside the clip and be non-empty");
    if (request.existingTake.sampleRate() != request.outputRate || static_cast<int64_t>(request.existingTake.frameCount()) < frames)
        return makeError(ErrorCode::InvalidArgument, "region regeneration needs the existing take at the take's rate, as long as the clip");
    return okStatus();
}

namespace {

// The new render inside the region, the existing take outside it, in the existing take's channel layout.
AudioBuffer splice(const GenerationRequest& request, const AudioBuffer& fresh)
{
    const AudioBuffer& existing = request.existingTake;
    const int channels = existing.channels();
    const int64_t frames = request.outputFrameCount();
    std::vector<float> head(existing.data(), existing.data() + frames * channels);
    std::vector<float> matched(static_cast<size_t>(frames * channels), 0.0f);
    for (int64_t i = 0; i < std::min<int64_t>(frames, static_cast<int64_t>(fresh.frameCount())); ++i)
        for (int ch = 0; ch < channels; ++ch)
            matched[static_cast<size_t>(i * channels + ch)] = fresh.at(static_cast<size_t>(i), std::min(ch, fresh.channels() - 1));
    const RegionSplice seams{request.outputRegion->start, request.outputRegion->end,
                             static_cast<int64_t>(kSeamFadeSeconds * request.outputRate), channels};
    return AudioBuffer(seams.apply(head, matched, 0), request.outputRate, channels);
}

}  // namespace

std::string recordingRenderObstacle(const GenerationRequest& request)
{
    if (!request.recordings.library || request.recordings.library->isEmpty()) return "no sound library is installed";
    const RecordingPlan& plan = request.recordings.plan;
    if (plan.isEmpty()) return "the caption names no sound the library has";
    if (!plan.onsets.empty() && plan.allowedClips.empty() && request.recordings.library->clipsOf(plan.soundClass).empty())
        return "the sound library has no recording of '" + plan.soundClass + "'";
    return {};
}

Result<GenerationResult> renderFromRecordings(Engine::Impl& engine, const GenerationRequest& request, RunControl& control)
{
    const auto begin = Clock::now();
    if (control.isCancelled()) return makeError(ErrorCode::Cancelled, "generation cancelled");
    RunControl drawingControl;
    drawingControl.followParent(control, 0.0, kDrawingShare);
    GenerationRun run(engine, request, drawingControl, RunPurpose::Drawing);
    Result<dsp::MelFrames> target = run.drawTarget();
    if (!target) return target.error();
    if (control.isCancelled()) return makeError(ErrorCode::Cancelled, "generation cancelled before the render");
    GenerationResult result;
    result.report = run.report();

    const auto renderStart = Clock::now();
    const RecordingRenderOptions options{request.outputRate, request.outputFrameCount(), request.seed, 0};
    const RecordingRenderer renderer(*request.recordings.library);
    if (request.sink) {
        Result<StreamedTake> streamed = renderer.render(request.recordings.plan, *target, options, *request.sink, &control);
        if (!streamed) return streamed.error();
        result.channels = streamed->channels;
        result.provenance = std::move(streamed->provenance);
    } else {
        Result<RenderedTake> rendered = renderer.render(request.recordings.plan, *target, options, &control);
        if (!rendered) return rendered.error();
        result.audio = request.outputRegion ? splice(request, rendered->audio) : rendered->audio;
        result.provenance = std::move(rendered->provenance);
        result.channels = result.audio.channels();
    }
    result.sampleRate = request.outputRate;
    result.frames = options.frames;
    result.report.stages.push_back({"render", millisecondsSince(renderStart)});
    result.report.render = "recordings";
    result.report.notes = result.provenance.notes;
    result.report.totalMilliseconds = millisecondsSince(begin);
    control.report(1.0);
    return result;
}

}  // namespace foley::inference
