#pragma once

#include "core/dsp/MelFrames.h"
#include "core/types/Result.h"
#include "inference/render/RecordingPlan.h"
#include "inference/render/TakeProvenance.h"
#include "inference/retrieval/SoundLibrary.h"

#include <cstdint>
#include <memory>
#include <random>
#include <vector>

namespace foley::inference {

// One span of the mask held by a looped recording.
struct TextureLoop {
    int64_t startFrame = 0;  // at the take's rate
    int64_t endFrame = 0;
    size_t clip = 0;
    size_t offsetFrame = 0;  // where the loop starts, from the start of the looped stretch
    int channels = 1;
    bool bed = false;
    // The stretch of the recording that is looped (seconds); a bed loops the longest one without attacks.
    double stretchStartSeconds = 0.0;
    double stretchEndSeconds = 0.0;  // 0 = to the recording's end
};

// One loop of a take played block by block (blocks in order, each frame once), so a long take never holds the
// looped signal: the level follows the mask, the bed filter and the level smoother keep their state between blocks.
class TextureVoice {
public:
    struct State;
    TextureVoice(TextureVoice&&) noexcept;
    ~TextureVoice();

    // Adds the loop's frames inside [blockStart, blockStart + blockFrames) into `out` (that block, interleaved,
    // `channels` channels). Mono into stereo plays in the centre; stereo into mono is averaged.
    void mix(float* out, int channels, int64_t blockStart, int64_t blockFrames);
    int64_t startFrame() const { return m_loop.startFrame; }
    int64_t endFrame() const { return m_endFrame; }  // where the loop has decayed after its span

private:
    friend class TextureLayer;
    TextureVoice(const TextureLoop& loop, const dsp::SampledCurve& mask, std::unique_ptr<State> state, int rate, int64_t endFrame,
                 double norm);

    TextureLoop m_loop;
    const dsp::SampledCurve& m_mask;
    std::unique_ptr<State> m_state;
    int m_rate;
    int64_t m_endFrame;
    double m_norm;
};

// Textures and beds under the mask, from real recordings: each span where the mask is up gets the recording (and
// loop start) whose spectrum shape is closest to the model's drawing over the span, between its events; a bed also
// prefers steady recordings with few attacks of their own (RecordingDescriptors), loops only the longest stretch of
// its recording between attacks, and loses its highs above 12 kHz. Loops cross-fade at their wrap
// points; the level follows the mask (linearly for a texture, in dB for a bed), smoothed so that no step in the mask
// becomes an attack, and fades in over half a second in dB where it starts, so a bed never adds an onset nobody
// asked for.
class TextureLayer {
public:
    static constexpr double kMaskThreshold = 0.02;
    static constexpr double kMergeGapSeconds = 0.25;  // shorter gaps in the mask do not restart the loop
    static constexpr int kCandidates = 6;
    static constexpr int kOffsets = 4;                // loop starts compared per recording
    static constexpr double kCrossfadeSeconds = 0.125;
    static constexpr double kFadeInSeconds = 0.5;
    static constexpr double kTexturePeak = 0.35;

    TextureLayer(const SoundLibrary& library, const dsp::MelFrames& target, int sampleRate)
        : m_library(library), m_target(target), m_rate(sampleRate)
    {}

    // The loops of the plan's mask (none without a mask or texture recordings), recorded in `provenance`.
    Result<std::vector<TextureLoop>> plan(const RecordingPlan& plan, const dsp::OnsetSecondsList& onsets, int64_t frames,
                                          std::mt19937_64& rng, TakeProvenance& provenance) const;
    // The loop's voice in a take of `takeFrames` frames, its level following `mask` (the plan's, which must outlive
    // the voice); null when its recording can no longer be read.
    std::unique_ptr<TextureVoice> voice(const TextureLoop& loop, const dsp::SampledCurve& mask, int64_t takeFrames) const;

    // Spans [start, end) in frames at `rate` where the mask is up, short gaps merged.
    static std::vector<std::pair<int64_t, int64_t>> spans(const dsp::SampledCurve& mask, int64_t frames, int rate);

private:
    double bedUnsteadiness(size_t clip) const;  // lower = a better bed (RecordingDescriptors)
    std::vector<size_t> steadiest(const std::vector<size_t>& recordings) const;

    const SoundLibrary& m_library;
    const dsp::MelFrames& m_target;
    int m_rate;
};

}  // namespace foley::inference
