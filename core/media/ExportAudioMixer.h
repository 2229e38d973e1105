#pragma once

#include "core/media/AvPtr.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"

#include <memory>
#include <vector>

namespace foley::media {

// Builds the export's audio, block by block, as stereo float planar at the output rate:
// the take resampled (swr → FIFO; mono duplicated, more than two channels downmixed), plus optionally the
// source's own audio at a gain, silence once both have ended, and a short fade-out when the output
// ends before they do (a trim).
class ExportAudioMixer {
public:
    static constexpr double kFadeSeconds = 0.010;

    // Output starts at sample `startPosition` of the track (> 0 for a segment encoded on another thread);
    // the take is then entered sample-exactly at that point.
    static Result<std::unique_ptr<ExportAudioMixer>> create(const AudioBuffer& take, int sampleRate, int64_t startPosition = 0);
    ~ExportAudioMixer();
    ExportAudioMixer(const ExportAudioMixer&) = delete;
    ExportAudioMixer& operator=(const ExportAudioMixer&) = delete;

    // Adds the source's audio: a stereo planar FIFO at the output rate on the same timeline, filled by its decoder.
    void setOriginal(AVAudioFifo* fifo, float gain);
    // The output ends at `totalSamples`; with `fadeOut` its last kFadeSeconds ramp down to silence.
    void setEnd(int64_t totalSamples, bool fadeOut);
    // Length of the take at the output rate.
    int64_t takeSamples() const { return m_takeSamples; }
    int64_t position() const { return m_position; }

    // Writes the next `count` samples into planes[0] (left) and planes[1] (right).
    Status mix(int count, float* const* planes);

private:
    ExportAudioMixer(const AudioBuffer& take, int sampleRate);
    void enterTakeAt(int64_t startPosition);
    Status refillTake(int needed);
    void applyFade(int count, float* const* planes) const;

    AudioBuffer m_take;
    int m_sampleRate;
    SwrPtr m_resampler;
    AudioFifoPtr m_takeFifo;
    size_t m_takeCursor = 0;  // next input frame of the take to resample
    int64_t m_skip = 0;       // resampled samples still to drop before startPosition
    bool m_takeDone = false;
    int64_t m_takeSamples = 0;
    AVAudioFifo* m_original = nullptr;
    float m_originalGain = 0;
    int64_t m_position = 0;
    int64_t m_end = -1;
    bool m_fadeOut = false;
    std::vector<float> m_scratch[2];
};

}  // namespace foley::media
