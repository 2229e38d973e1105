#include "app/services/GenerationRequestBuilder.h"

#include "core/dsp/Resampler.h"
#include "core/dsp/TemporalCondition.h"
#include "core/model/ConditionCurve.h"
#include "inference/retrieval/RetrievalPlanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>
#include <optional>

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

namespace {

constexpr const char* kChosenClass = "chosen recordings";

// Gives onsets and the mask's spans inside a timed segment recordings of their own (RecordingPlan::eventPools,
// segmentTextures) on top of what the caption retrieved: the recordings become part of the request's library (a copy
// of it made on the first pool), each pool is a list of its indices, and an onset pointed at a pool later is pointed
// away from an earlier one.
class RecordingPools {
public:
    RecordingPools(inference::GenerationRequest& request, std::shared_ptr<const inference::SoundLibrary> installed, size_t onsets)
        : m_request(request), m_installed(std::move(installed)), m_onsets(onsets)
    {}

    // What the caption retrieved ("" = nothing): its events' class and its texture's.
    std::string captionClass() const { return m_request.recordings.plan.soundClass; }
    std::string captionTextureClass() const { return m_request.recordings.plan.textureClass; }

    // Adds `clips` to the library; their indices there.
    std::vector<size_t> add(const std::vector<inference::LibraryClip>& clips)
    {
        inference::SoundLibrary& library = this->library();
        const size_t first = library.size();
        library.add(inference::SoundLibrary::fromClips(clips));
        std::vector<size_t> indices(clips.size());
        std::iota(indices.begin(), indices.end(), first);
        return indices;
    }

    // The recordings of a class of the library (its installed part or clips added before).
    std::vector<size_t> ofClass(const std::string& soundClass) { return library().clipsOf(soundClass); }

    void assignTextures(SampleTime start, SampleTime end, std::vector<size_t> clips)
    {
        if (!clips.empty()) m_textures.push_back({samplesToSeconds(start), samplesToSeconds(end), std::move(clips)});
    }

    void assign(const std::vector<size_t>& onsets, std::vector<size_t> clips)
    {
        if (onsets.empty() || clips.empty()) return;
        m_pools.push_back(std::move(clips));
        if (m_onsetPools.empty()) m_onsetPools.assign(m_onsets, inference::RecordingPlan::kClassPool);
        for (size_t k : onsets) m_onsetPools[k] = m_pools.size() - 1;
    }

    // Puts the pools into the request. Without a plan from the caption, the take is planned from `fallbackClass`
    // (the first pool's recordings), the onsets outside every pool drawing from it too. False (and `why` set) when
    // that fails.
    bool apply(const inference::RetrievalInput& input, const std::string& fallbackClass, std::string& why)
    {
        if (m_pools.empty() && m_textures.empty()) return true;
        inference::RecordingPlan plan = m_request.recordings.plan;
        if (plan.isEmpty()) {
            inference::RetrievalOutcome outcome = inference::retrieveClass(library(), fallbackClass, "ambience", input, m_request);
            if (!outcome.used) {
                why = outcome.explanation;
                return false;
            }
            plan = std::move(outcome.plan);
        }
        plan.eventPools = std::move(m_pools);
        plan.onsetPools = std::move(m_onsetPools);
        plan.segmentTextures = std::move(m_textures);
        m_request.recordings = {m_library, std::move(plan)};
        return true;
    }

private:
    inference::SoundLibrary& library()
    {
        if (!m_library) {
            const std::shared_ptr<const inference::SoundLibrary> base = m_request.recordings.library ? m_request.recordings.library : m_installed;
            m_library = std::make_shared<inference::SoundLibrary>(base ? *base : inference::SoundLibrary{});
        }
        return *m_library;
    }

    inference::GenerationRequest& m_request;
    std::shared_ptr<const inference::SoundLibrary> m_installed;
    size_t m_onsets = 0;
    std::shared_ptr<inference::SoundLibrary> m_library;
    std::vector<std::vector<size_t>> m_pools;
    std::vector<size_t> m_onsetPools;
    std::vector<inference::RecordingPlan::TimedTextures> m_textures;
};

// The caption's words name the user's recordings at least as well as the built-in class the caption names: theirs
// are used (the built-in classes are the fallback vocabulary, not the first choice).
bool userWordsWin(int userWords, const std::optional<inference::ClassChoice>& builtIn)
{
    return userWords > 0 && (!builtIn || userWords >= builtIn->words);
}

// Events and the mask's texture from the recordings the caption names: the user's (see above), else the installed
// library's class. Returns the note.
std::string retrieveForCaption(const inference::RetrievalInput& input, const GenerationMedia& media, inference::GenerationRequest& request)
{
    const UserMatch& user = media.userMatches.caption;
    const std::optional<inference::ClassChoice> builtIn =
        media.soundLibrary ? inference::chooseClass(*media.soundLibrary, input.caption, input.negative) : std::nullopt;
    std::string aside;  // why the user's recordings were not used, when they matched
    if (userWordsWin(user.words(), builtIn)) {
        // The user's own recordings make the take theirs: events from those the caption found, the mask's texture from
        // theirs too when they have one, else a built-in bed.
        auto library = std::make_shared<inference::SoundLibrary>(media.soundLibrary ? *media.soundLibrary : inference::SoundLibrary{});
        library->add(inference::SoundLibrary::fromClips(user.clips));
        inference::RetrievalOutcome outcome = inference::retrieveClass(*library, user.hasEvents() ? kUserEventClass : kUserTextureClass,
                                                                       user.hasTextures() ? kUserTextureClass : "ambience", input, request);
        if (outcome.used) {
            request.recordings = {library, std::move(outcome.plan)};
            return "from your sound libraries (" + std::to_string(user.words()) + " of the caption's words): " + outcome.explanation;
        }
        aside = " (your sound libraries' matches cannot be used: " + outcome.explanation + ")";
    } else if (user.words() > 0 && builtIn) {
        aside = " (it names " + std::to_string(builtIn->words) + " of the caption's words, your sound libraries' best "
              + std::to_string(user.words()) + ")";
    }
    if (!media.soundLibrary) return "no sound library: generating without reference recordings" + aside;
    inference::RetrievalOutcome outcome = inference::applyRetrieval(*media.soundLibrary, input, request);
    if (outcome.used) request.recordings = {media.soundLibrary, std::move(outcome.plan)};
    return outcome.explanation + aside;
}

// The onsets inside [start, end) (indices into `onsets`).
std::vector<size_t> onsetsWithin(const core::OnsetSampleTimeList& onsets, SampleTime start, SampleTime end)
{
    std::vector<size_t> inside;
    for (int k = 0; k < onsets.size(); ++k)
        if (onsets[k].time >= start && onsets[k].time < end) inside.push_back(static_cast<size_t>(k));
    return inside;
}

// Whether the mask holds a sound anywhere in [start, end) (project samples).
bool maskHoldsWithin(const dsp::SampledCurve& mask, SampleTime start, SampleTime end)
{
    for (size_t k = 0; k < mask.values.size(); ++k) {
        const auto at = secondsToSamples(static_cast<double>(k) / mask.rate);
        if (at >= start && at < end && mask.values[k] > 0.0f) return true;
    }
    return false;
}

// The user's clips of one kind (kUserEventClass or kUserTextureClass).
std::vector<inference::LibraryClip> clipsOfKind(const UserMatch& user, const char* kind)
{
    std::vector<inference::LibraryClip> clips;
    std::copy_if(user.clips.begin(), user.clips.end(), std::back_inserter(clips), [&](const inference::LibraryClip& c) { return c.soundClass == kind; });
    return clips;
}

// What one timed segment's text names for its onsets or its mask (chosen as for the caption: the user's recordings
// when they carry at least as many of its words as the built-in class); nothing when that is what the caption
// retrieved anyway. `from` says where they came from; `firstClass` is set to their class if not yet set.
std::vector<size_t> segmentRecordings(const UserMatch& user, const std::optional<inference::ClassChoice>& builtIn, bool textures,
                                      RecordingPools& pools, std::string& from, std::string& firstClass)
{
    const int userWords = textures ? user.textureWords : user.eventWords;
    if (userWordsWin(userWords, builtIn)) {
        from = "your sound libraries";
        const char* kind = textures ? kUserTextureClass : kUserEventClass;
        if (firstClass.empty()) firstClass = kind;
        return pools.add(clipsOfKind(user, kind));
    }
    if (!builtIn) return {};
    const std::string& cls = textures ? builtIn->textureClass : builtIn->soundClass;
    const bool same = cls == (textures ? pools.captionTextureClass() : pools.captionClass());
    if (same || (textures && cls == "ambience")) return {};  // a bed nobody named is the caption's business
    from = "'" + cls + "'";
    if (firstClass.empty()) firstClass = cls;
    return pools.ofClass(cls);
}

// The onsets and the mask inside a timed caption segment take the recordings its text names when they differ from
// what the caption retrieved. Returns the note ("" when no segment does).
std::string retrieveForSegments(const GenerationSnapshot& snapshot, const GenerationMedia& media, const inference::RetrievalInput& input,
                                RecordingPools& pools, std::string& firstClass)
{
    static const UserMatch kNone;
    std::string note;
    const auto say = [&](const std::string& what) { note += (note.empty() ? "" : "; ") + what; };
    const dsp::SampledCurve mask = paintedMask(snapshot);
    for (int i = 0; i < snapshot.segments.size(); ++i) {
        const core::CaptionSegment segment = snapshot.segments[i].normalized();
        const std::string text = segment.text.trimmed().toStdString();
        if (text.empty()) continue;
        const auto at = static_cast<size_t>(i);
        const UserMatch& user = at < media.userMatches.segments.size() ? media.userMatches.segments[at] : kNone;
        const std::optional<inference::ClassChoice> builtIn =
            media.soundLibrary ? inference::chooseClass(*media.soundLibrary, text, input.negative) : std::nullopt;
        std::string from;
        if (const std::vector<size_t> inside = onsetsWithin(snapshot.onsets, segment.start, segment.end); !inside.empty()) {
            std::vector<size_t> clips = segmentRecordings(user, builtIn, false, pools, from, firstClass);
            if (!clips.empty()) say(std::to_string(inside.size()) + " onset(s) of \"" + text + "\" from " + from);
            pools.assign(inside, std::move(clips));
        }
        if (maskHoldsWithin(mask, segment.start, segment.end)) {
            std::vector<size_t> clips = segmentRecordings(user, builtIn, true, pools, from, firstClass);
            if (!clips.empty()) say("the mask under \"" + text + "\" from " + from);
            pools.assignTextures(segment.start, segment.end, std::move(clips));
        }
    }
    return note;
}

// The recordings the user chose for onsets: each such onset is pointed at its own (a pool of one). Returns what the
// note says ("" when no onset has a choice).
std::string applyChosenRecordings(const GenerationSnapshot& snapshot, RecordingPools& pools, std::string& firstClass)
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
    const std::vector<size_t> indices = pools.add(clips);
    int chosen = 0;
    for (int k = 0; k < snapshot.onsets.size(); ++k) {
        const QString& recording = snapshot.onsets[k].recording;
        if (recording.isEmpty()) continue;
        pools.assign({static_cast<size_t>(k)}, {indices[clipOf.at(recording)]});
        ++chosen;
    }
    if (firstClass.empty()) firstClass = kChosenClass;
    return std::to_string(chosen) + " onset(s) use the recording chosen for them";
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
    const inference::RetrievalInput input{request.caption, request.negativeCaption, onsetEvents(snapshot.onsets),
                                          paintedMask(snapshot), request.durationSamples, request.temporalStrength, request.seed};
    std::string note = retrieveForCaption(input, media, request);
    RecordingPools pools(request, media.soundLibrary, static_cast<size_t>(snapshot.onsets.size()));
    std::string firstClass;  // the first pool's: what a take is planned from when the caption retrieved nothing
    if (const std::string segments = retrieveForSegments(snapshot, media, input, pools, firstClass); !segments.empty()) note += "; " + segments;
    if (const std::string chosen = applyChosenRecordings(snapshot, pools, firstClass); !chosen.empty()) note += "; " + chosen;
    if (std::string why; !pools.apply(input, firstClass, why)) note += "; the recordings named for onsets cannot be used: " + why;
    if (retrievalNote) *retrievalNote = note;
    return request;
}

}  // namespace foley::app
