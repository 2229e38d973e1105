#pragma once

#include "core/model/Caption.h"
#include "core/model/GenerationParameters.h"
#include "core/model/Onset.h"
#include "core/model/ProjectState.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Rational.h"
#include "core/types/Result.h"
#include "core/types/VideoFrame.h"
#include "inference/GenerationRequest.h"
#include "app/services/library/UserLibraryRetrieval.h"
#include "inference/retrieval/SoundLibrary.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace foley::app {

// What one generation is made from, as values taken from the project on the UI thread (or from a .foley file and
// command-line options in the CLI). It never points into the live project; the take records these values.
struct GenerationSnapshot {
    core::Caption caption;            // global caption (text empty = unconditional)
    core::CaptionSegmentList segments;  // timed captions: the onsets inside one take the recordings its text names
    QString negativePrompt;
    QString qualityTag;               // appended to a non-empty caption ("wood knock, high quality")
    core::OnsetSampleTimeList onsets;           // requested timing, project samples
    Rational maskRate{25, 1};         // temporal mask frames per second
    std::vector<float> maskValues;    // 0..1 per mask frame
    core::GenerationParameters parameters;  // the seed in here is the one to use (already drawn when unlocked)
    QString videoPath;                // absolute; empty = no video condition
    SampleTime mediaDuration = 0;     // project samples; used when parameters.duration == 0
    QString activeTakePath;           // the take a region regeneration keeps outside the region
};

// The snapshot of a project's state (parameters as stored; the caller draws a new seed when it is not locked).
GenerationSnapshot snapshotOf(const core::ProjectState& state);

// Inputs a snapshot names by path, loaded off the UI thread (decoded video frames or cached features, the
// existing take's audio for a region regeneration).
struct GenerationMedia {
    std::vector<VideoFrame> frames;
    inference::VideoFeatures videoFeatures;  // used when `frames` is empty
    AudioBuffer existingTake;                // the active take as written; required when the parameters name a region
    // The installed sound library (SoundLibraryService), loaded off the UI thread; null or empty = no retrieval.
    std::shared_ptr<const inference::SoundLibrary> soundLibrary;
    // The user's own recordings the caption and its timed segments found in their indexed libraries
    // (matchUserLibraries on libraryQueryOf(snapshot)); used instead of a built-in class whose words match less.
    UserLibraryMatches userMatches;
};

// What a snapshot asks of the user's sound libraries: its caption (without the quality tag), its segments' texts,
// its negative prompt, and the spacing of its onsets and the length of its mask's spans.
LibraryQuery libraryQueryOf(const GenerationSnapshot& snapshot);

// Length of the audio a snapshot asks for, in model samples (16 kHz): parameters.duration, else the media's.
// InvalidArgument when neither is known.
Result<int64_t> requestedModelSamples(const GenerationSnapshot& snapshot);

// The one place a project snapshot becomes an engine request, shared by the editor's Generate button and
// `foleyforge-cli generate PROJECT.foley`:
// * caption = caption text + ", " + quality tag (none when the caption is empty); negative prompt as is;
// * temporal curve = core's TemporalCondition of onsets + mask at the mel frame rate (empty when there are no
//   onsets and the mask is all zero: no timing control);
// * steps, guidance (cfg → text weight), seed, semantic/temporal strengths from the parameters;
// * render and take rate from the parameters; the take's exact length at that rate from the duration;
// * a region (project samples) becomes a range of the existing take, whose length is then the duration: at the
//   take's own rate for a render from recordings (outputRegion), at 16 kHz mono for the neural render (region).
// * retrieval (inference/retrieval): recordings the caption names, placed at the onsets as the scaffold the sampler
//   starts from at t = parameters.variation, plus a timbre reference; the user's own (media.userMatches) when they
//   carry at least as many of the caption's words as the built-in class it names (inference::chooseClass), else
//   that class's from media.soundLibrary. The same recordings and the plan they follow go into request.recordings
//   for the render from recordings; the onsets inside a timed caption segment that names other recordings take
//   theirs from those (chosen the same way), and an onset the user gave a recording takes that one
//   (RecordingPlan::eventPools). `retrievalNote` (optional) receives what was retrieved or why nothing was.
// Errors: InvalidArgument (unknown duration, region without an existing take or outside the clip).
Result<inference::GenerationRequest> buildGenerationRequest(const GenerationSnapshot& snapshot, GenerationMedia media,
                                                            std::string* retrievalNote = nullptr);

// The prompt text the engine receives for a snapshot's caption.
std::string promptText(const GenerationSnapshot& snapshot);

}  // namespace foley::app
