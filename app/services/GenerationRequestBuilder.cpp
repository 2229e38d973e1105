#include "app/services/GenerationRequestBuilder.h"

#include "app/services/library/UserLibraryRetrieval.h"

#include <algorithm>
#include <map>

#include <QFileInfo>

#include <QFile>

#include <QDir>

#include "core/dsp/Resampler.h"
#include "core/model/ConditionCurve.h"
#include "core/dsp/TemporalCondition.h"
#include "inference/retrieval/RetrievalPlanner.h"

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

namespace {

constexpr const char* kChosenClass = "chosen recordings";

// The recordings the user chose for onsets join the take's library, and each such onset is pointed at its own
// (RecordingPlan::chosenClips); with nothing retrieved, the take is planned from the chosen recordings alone. Returns
// what the note says ("" when no onset has a choice).
std::string applyChosenRecordings(const GenerationSnapshot& snapshot, const inference::RetrievalInput& input,
                                  const std::shared_ptr<const inference::SoundLibrary>& installed, inference::GenerationRequest& request)
{
    std::vector<inference::LibraryClip> clips;
    std::map<QString, size_t> clipOf;  // recording -> index in `clips`
    for (const core::Onset& o : snapshot.onsets) {
        if (o.recording.isEmpty() || clipOf.count(o.recording)) continue;
        inference::LibraryClip clip;
        clip.id = "chosen-" + std::to_string(clips.size());
        clip.soundClass = kChosenClass;
        clip.split = "user";
        clip.package = QFileInfo(o.recording).dir().dirName().toStdString();
        clip.licence = "chosen by the user";
        clip.source = clip.path = clip.nativePath = QFile::encodeName(o.recording).toStdString();
        clipOf[o.recording] = clips.size();
        clips.push_back(std::move(clip));
    }
    if (clips.empty()) return {};
    const std::shared_ptr<const inference::SoundLibrary> base = request.recordings.library ? request.recordings.library : installed;
    auto library = std::make_shared<inference::SoundLibrary>(base ? *base : inference::SoundLibrary{});
    const size_t first = library->size();
    library->add(inference::SoundLibrary::fromClips(clips));
    inference::RecordingPlan plan = request.recordings.plan;
    if (plan.isEmpty()) {
        inference::RetrievalOutcome outcome = inference::retrieveClass(*library, kChosenClass, "ambience", input, request);
        if (!outcome.used) return "the chosen recordings cannot be used: " + outcome.explanation;
        plan = std::move(outcome.plan);
    }
    plan.chosenClips.clear();
    for (const core::Onset& o : snapshot.onsets)
        plan.chosenClips.push_back(o.recording.isEmpty() ? inference::RecordingPlan::kFreeChoice : first + clipOf.at(o.recording));
    request.recordings = {library, std::move(plan)};
    return std::to_string(std::count_if(snapshot.onsets.begin(), snapshot.onsets.end(), [](const core::Onset& o) { return !o.recording.isEmpty(); }))
         + " onset(s) use the recording chosen for them";
}

}  // namespace

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
    std::string note = "no sound library: generating without reference recordings";
    const inference::RetrievalInput input{request.caption, request.negativeCaption, onsetEvents(snapshot.onsets),
                                          paintedMask(snapshot), request.durationSamples, request.temporalStrength, request.seed};
    if (!media.userRecordings.empty()) {
        // The user's own recordings make the take theirs: events from those the caption found, the mask's texture from
        // theirs too when they have one, else a built-in bed.
        auto library = std::make_shared<inference::SoundLibrary>(media.soundLibrary ? *media.soundLibrary : inference::SoundLibrary{});
        library->add(inference::SoundLibrary::fromClips(media.userRecordings));
        const bool events = !library->clipsOf(kUserEventClass).empty(), textures = !library->clipsOf(kUserTextureClass).empty();
        inference::RetrievalOutcome outcome = inference::retrieveClass(*library, events ? kUserEventClass : kUserTextureClass,
                                                                       textures ? kUserTextureClass : "ambience", input, request);
        if (outcome.used) {
            request.recordings = {library, std::move(outcome.plan)};
            note = "from your sound libraries: " + outcome.explanation;
        }
    }
    if (media.soundLibrary && request.recordings.plan.isEmpty()) {
        inference::RetrievalOutcome outcome = inference::applyRetrieval(*media.soundLibrary, input, request);
        note = outcome.explanation;
        if (outcome.used) request.recordings = {media.soundLibrary, std::move(outcome.plan)};
    }
    if (const std::string chosen = applyChosenRecordings(snapshot, input, media.soundLibrary, request); !chosen.empty()) note += "; " + chosen;
    if (retrievalNote) *retrievalNote = note;
    return request;
}

}  // namespace foley::app
