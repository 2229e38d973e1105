#pragma once

#include "core/dsp/MelFrames.h"
#include "core/types/AudioBuffer.h"
#include "core/types/AudioSink.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"
#include "inference/render/RecordingPlan.h"
#include "inference/render/RenderMode.h"
#include "inference/render/TakeProvenance.h"
#include "inference/retrieval/SoundLibrary.h"

#include <cstdint>

namespace foley::inference {

struct RecordingRenderOptions {
    int sampleRate = kDefaultTakeRate;  // of the take
    int64_t frames = 0;                 // exact length of the take at sampleRate
    uint64_t seed = 0;                  // the random container's draws (and the candidate pools)
    int64_t blockFrames = 0;            // rendered and handed to the sink at a time; 0 = kBlockSeconds
};

struct StreamedTake {
    int channels = 1;  // of the blocks the sink received (frames and rate as asked)
    TakeProvenance provenance;
};

struct RenderedTake {
    AudioBuffer audio;  // sampleRate, mono or stereo as the chosen recordings are
    TakeProvenance provenance;
};

// Renders a take from real recordings at full quality, the way a game-audio engine plays a random container, with
// the model deciding which recording fits where (unit selection, as concatenative synthesis does):
// * every onset gets a one-shot cut of the plan's class (or of its own pool, RecordingPlan::eventPools: the user's
//   choice, a timed caption segment's recordings): among kCandidatePool recordings drawn by the seed (never
//   the previous event's, and a little less likely the more often it was used), the one whose envelope and
//   spectrum (UnitFeatures) are closest to the model's drawing `target` at that onset. Its attack (first sample above 10 % of its peak) lands on the onset sample;
//   its level follows the onset's strength; it is varied by varispeed (resampling) within ±kMaxSemitones and by
//   gain within ±kMaxGainDb; it plays as recorded to the recording's end, or fades out just before the
//   recording's own next attack (OneShotEvent::naturalSeconds), and is cut short only where it must end before
//   the next onset;
// * the mask's spans get a crossfaded loop of a texture recording (TextureLayer), chosen to match the drawing's
//   colour over the span.
// A recording that vanished or no longer decodes is skipped and noted. Without a target the choice is the seed's.
class RecordingRenderer {
public:
    static constexpr int kCandidatePool = 16;  // recordings of the class a take chooses from, drawn by the seed
    static constexpr double kMaxSemitones = 2.0;
    static constexpr double kMaxGainDb = 2.0;
    static constexpr double kPreRollSeconds = 0.005;  // of a cut before its attack
    static constexpr double kFadeSeconds = 0.01;      // where a cut must end before the next onset
    static constexpr double kTailFadeSeconds = 0.03;  // where a cut ends before its recording's own next attack
    static constexpr double kEventPeak = 0.6;          // peak of an event at strength 1 before the variation

    static constexpr double kBlockSeconds = 10.0;      // what a streamed take holds at once, beside the sounding cuts

    explicit RecordingRenderer(const SoundLibrary& library) : m_library(library) {}

    // InvalidArgument for a bad rate or length, or a class without recordings; MediaDecodeFailed when no recording
    // of the class could be read; Cancelled.
    Result<RenderedTake> render(const RecordingPlan& plan, const dsp::MelFrames& target, const RecordingRenderOptions& options,
                                const RunControl* control = nullptr) const;
    // The same take handed to `sink` block by block (the sink's errors are returned as they are): memory follows the
    // block and the events sounding in it, not the take's length. The audio is bit for bit the same whatever the
    // block size.
    Result<StreamedTake> render(const RecordingPlan& plan, const dsp::MelFrames& target, const RecordingRenderOptions& options,
                                AudioSink& sink, const RunControl* control = nullptr) const;

private:
    const SoundLibrary& m_library;
};

}  // namespace foley::inference
