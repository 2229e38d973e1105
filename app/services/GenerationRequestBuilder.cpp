#include "app/services/GenerationRequestBuilder.h"

#include "app/services/RecordingRetrieval.h"
#include "core/dsp/Resampler.h"
#include "core/dsp/TemporalCondition.h"
#include "core/model/ConditionCurve.h"

#include <algorithm>

namespace foley::app {

namespace {

dsp::OnsetSecondsList onsetEvents(const core::OnsetSampleTimeList& onsets)
{
    dsp::OnsetSecondsList events;
    events.reserve(static_cast<size_t>(onsets.size()));
    for (const core::Onset& o : onsets) events.push_back(dsp::OnsetEvent::atSample(o.time, o.strength));
    return events;
}

dsp::SampledCurve paintedMask(const GenerationSnapshot& s)
{
    dsp::SampledCurve mask;
    const bool maskPainted = std::any_of(s.maskValues.begin(), s.maskValues.end(), [](float v) { return v > 0.0f; });
    if (maskPainted && s.maskRate.isValid()) {
        mask.rate = s.maskRate.toDouble();
        mask.values = s.maskValues;
    }
    return mask;
}

// The longest run of non-zero mask frames, in seconds (0 without a mask).
double longestSpanSeconds(const dsp::SampledCurve& mask)
{
    size_t longest = 0, run = 0;
    for (float v : mask.values) {
        run = v > 0.0f ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return mask.rate > 0.0 ? static_cast<double>(longest) / mask.rate : 0.0;
}

// The curve the onset lane draws (core::conditionCurve); none at all when there is no timing to follow (no onsets,
// nothing painted): the model then generates without timing control.
std::vector<float> temporalCurve(const GenerationSnapshot& s, int64_t modelSamples)
{
    if (s.onsets.isEmpty() && paintedMask(s).values.empty()) return {};
    return core::conditionCurve(s.onsets, s.maskValues, s.maskRate, convertRate(modelSamples, kModelRate, kProjectRate));
}

// `region` (project samples) as frames of a take of `frames` frames at `rate`, clamped into it.
Result<inference::FrameRange> takeRange(const core::SampleTimeRange& region, int rate, int64_t frames)
{
    inference::FrameRange range{convertRate(region.start, kProjectRate, rate), convertRate(region.end, kProjectRate, rate)};
    range.start = std::clamp<int64_t>(range.start, 0, frames);
    range.end = std::clamp<int64_t>(range.end, 0, frames);
    if (range.length() <= 0) return makeError(ErrorCode::InvalidArgument, "the selected region lies outside the active take");
    return range;
}

// The region and the take kept around it: from recordings at the active take's own rate and channels (outputRegion),
// neurally at 16 kHz mono (region).
Status applyRegion(inference::GenerationRequest& request, const core::SampleTimeRange& region, AudioBuffer existing)
{
    if (existing.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         "regenerating a region keeps the rest of the active take: generate the whole clip first");
    const bool recordings = request.render == inference::RenderMode::Recordings;
    if (!recordings) existing = dsp::resampled(existing.toMono(), kModelRate);
    const int rate = existing.sampleRate();
    const auto frames = static_cast<int64_t>(existing.frameCount());
    Result<inference::FrameRange> range = takeRange(region, rate, frames);
    if (!range) return range.error();
    request.durationSamples = convertRate(frames, rate, kModelRate);
    if (recordings) {
        request.outputRate = rate;
        request.outputFrames = frames;
        request.outputRegion = *range;
    } else {
        request.modelRegion = *range;
    }
    request.existingTake = std::move(existing);
    return okStatus();
}

}  // namespace

GenerationSnapshot snapshotOf(const core::ProjectState& state)
{
    GenerationSnapshot s;
    s.caption = state.caption;
    s.segments = state.segments;
    s.negativePrompt = state.negativePrompt;
    s.qualityTag = state.qualityTag;
    s.onsets = state.onsets;
    s.maskRate = state.maskRate;
    s.maskValues = state.maskValues;
    s.parameters = state.settings;
    s.videoPath = state.media.path;
    s.mediaDuration = state.media.duration;
    for (const core::Take& take : state.takes)
        if (take.id == state.activeTake) s.activeTakePath = take.audioPath;
    return s;
}

LibraryQuery libraryQueryOf(const GenerationSnapshot& snapshot)
{
    LibraryQuery query;
    query.caption = snapshot.caption.text.trimmed().toStdString();
    for (const core::CaptionSegment& segment : snapshot.segments) query.segmentTexts.push_back(segment.text.trimmed().toStdString());
    query.negative = snapshot.negativePrompt.trimmed().toStdString();
    std::vector<SampleTime> times;
    for (const core::Onset& o : snapshot.onsets) times.push_back(o.time);
    std::sort(times.begin(), times.end());
    std::vector<double> gapsSeconds;
    for (size_t k = 1; k < times.size(); ++k) gapsSeconds.push_back(samplesToSeconds(times[k] - times[k - 1]));
    if (!gapsSeconds.empty()) {
        std::nth_element(gapsSeconds.begin(), gapsSeconds.begin() + static_cast<std::ptrdiff_t>(gapsSeconds.size() / 2), gapsSeconds.end());
        query.needs.eventSpacingSeconds = gapsSeconds[gapsSeconds.size() / 2];
    }
    query.needs.textureSeconds = longestSpanSeconds(paintedMask(snapshot));
    return query;
}

std::string promptText(const GenerationSnapshot& snapshot)
{
    const QString caption = snapshot.caption.text.trimmed();
    const QString tag = snapshot.qualityTag.trimmed();
    if (caption.isEmpty() || tag.isEmpty() || caption.endsWith(tag, Qt::CaseInsensitive)) return caption.toStdString();
    return (caption + QStringLiteral(", ") + tag).toStdString();
}

Result<int64_t> requestedModelSamples(const GenerationSnapshot& snapshot)
{
    const SampleTime duration = snapshot.parameters.duration > 0 ? snapshot.parameters.duration : snapshot.mediaDuration;
    if (duration <= 0)
        return makeError(ErrorCode::InvalidArgument, "the length to generate is unknown: the video's duration was not probed");
    return convertRate(duration, kProjectRate, kModelRate);
}

Result<inference::GenerationRequest> buildGenerationRequest(const GenerationSnapshot& snapshot, GenerationMedia media,
                                                            std::string* retrievalNote)
{
    const core::GenerationParameters p = snapshot.parameters.normalized();
    inference::GenerationRequest request;
    request.caption = promptText(snapshot);
    request.negativeCaption = snapshot.negativePrompt.trimmed().toStdString();
    request.steps = p.steps;
    request.guidance.text = static_cast<float>(p.guidance);
    request.semanticStrength = static_cast<float>(p.semanticStrength);
    request.temporalStrength = static_cast<float>(p.temporalStrength);
    request.seed = static_cast<uint64_t>(std::max<qint64>(0, p.seed));
    request.render = p.render == core::TakeRender::Neural ? inference::RenderMode::Neural : inference::RenderMode::Recordings;
    request.outputRate = p.sampleRate;
    request.frames = std::move(media.frames);
    if (request.frames.empty()) request.videoFeatures = std::move(media.videoFeatures);

    if (p.region && !p.region->isEmpty()) {
        if (const Status region = applyRegion(request, *p.region, std::move(media.existingTake)); !region)
            return region.error();
    } else {
        const Result<int64_t> samples = requestedModelSamples(snapshot);
        if (!samples) return samples.error();
        request.durationSamples = *samples;
        const SampleTime duration = p.duration > 0 ? p.duration : snapshot.mediaDuration;
        request.outputFrames = convertRate(duration, kProjectRate, request.outputRate);
    }
    request.temporalCurve = temporalCurve(snapshot, request.durationSamples);
    request.variation = static_cast<float>(p.variation);
    const inference::RetrievalInput input{request.caption, request.negativeCaption, onsetEvents(snapshot.onsets),
                                          paintedMask(snapshot), request.durationSamples, request.temporalStrength, request.seed};
    const std::string note = retrieveRecordings(snapshot, media, input, request);
    if (retrievalNote) *retrievalNote = note;
    return request;
}

}  // namespace foley::app
