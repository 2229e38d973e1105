#pragma once

#include "core/dsp/MelConfig.h"
#include "core/dsp/MelSpectrogram.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <cstdint>
#include <vector>

namespace foley::dsp {

// The frequency axis of a view's spectrogram: the project's mel bands, or equal-width bands of the same STFT.
enum class FrequencyScale { Mel, Linear };

struct SpectrogramPyramidOptions {
    SpectrogramScale scale = SpectrogramScale::Decibel;  // what the view colours; NaturalLog for features
    FrequencyScale frequency = FrequencyScale::Mel;
    int linearBands = 128;        // Linear: equal-width bands over 0 .. sampleRate/2 (62.5 Hz each at 16 kHz)
    int64_t chunkFrames = 4096;   // level-0 frames computed between progress reports / cancel checks
    int64_t minTopFrames = 256;   // stop adding levels once a level has at most this many frames
};

// A view of `frameCount` consecutive frames of one level (pointer into the pyramid, frame-major).
struct SpectrogramSlice {
    int level = 0;
    int64_t firstFrame = 0;
    int64_t frameCount = 0;
    int melCount = 0;               // frequency bins per frame (mel bands, or linear bands)
    const float* values = nullptr;  // frameCount x melCount

    float at(int64_t frame, int mel) const { return values[static_cast<size_t>(frame) * static_cast<size_t>(melCount) + static_cast<size_t>(mel)]; }
};

// Multi-resolution spectrogram for the view: level 0 holds every frame (MelConfig's STFT, 100 per second) as mel
// bands or, with FrequencyScale::Linear, as equal-width linear-frequency bands;
// level k has ceil(frames(k-1) / 2) frames, frame j being the max of frames 2j and 2j+1 of level k-1 (max-pooling
// keeps short transients visible when zoomed out, and commutes with the log/dB scale). A view asks for the
// level matching its frames-per-pixel, so an hour of audio zooms out without recomputing anything.
class SpectrogramPyramid {
public:
    SpectrogramPyramid() = default;

    // Computes level 0 in chunks (progress in [0, 1], cancellation → ErrorCode::Cancelled), then the levels above.
    static Result<SpectrogramPyramid> build(const float* samples, int64_t count, const MelConfig& config = {},
                                            const SpectrogramPyramidOptions& options = {},
                                            const RunControl* control = nullptr);
    // Mono audio at config.sampleRate (InvalidArgument otherwise).
    static Result<SpectrogramPyramid> build(const AudioBuffer& audio, const MelConfig& config = {},
                                            const SpectrogramPyramidOptions& options = {},
                                            const RunControl* control = nullptr);

    const MelConfig& config() const { return m_config; }
    SpectrogramScale scale() const { return m_scale; }
    FrequencyScale frequencyScale() const { return m_frequency; }
    int binCount() const { return m_bins; }  // frequency bins per frame (nMels, or the linear bands)
    int melCount() const { return m_bins; }  // the same (historical name)
    int levelCount() const { return static_cast<int>(m_levels.size()); }
    int64_t frameCount(int level) const;
    // Level-0 frames pooled into one frame of `level` (2^level) and that level's frames per second.
    int64_t framesPerFrame(int level) const { return int64_t(1) << level; }
    double framesPerSecond(int level) const { return m_config.framesPerSecond() / static_cast<double>(framesPerFrame(level)); }

    // The coarsest level whose frames are no wider than `framesPerPixel` level-0 frames (0 when zoomed in).
    int levelFor(double framesPerPixel) const;
    // Frames [firstFrame, firstFrame + frames) of `level`, clamped to what exists (empty slice when outside).
    SpectrogramSlice query(int level, int64_t firstFrame, int64_t frames) const;
    // The whole level, frame-major (frames x melCount), e.g. to hand to a widget.
    const std::vector<float>& levelValues(int level) const { return m_levels[static_cast<size_t>(level)]; }

private:
    void buildUpperLevels(int64_t minTopFrames);

    MelConfig m_config;
    SpectrogramScale m_scale = SpectrogramScale::Decibel;
    FrequencyScale m_frequency = FrequencyScale::Mel;
    int m_bins = 0;
    std::vector<std::vector<float>> m_levels;
};

}  // namespace foley::dsp
