#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"

#include <cstdint>
#include <vector>

namespace foley {

// Where audio goes block by block, so a long take never has to exist in memory at once (a WAV written as it is
// rendered, or a buffer for a take the editor keeps). Calls come in order: begin(), write() any number of times,
// finish(); begin() again starts over (what was written is dropped); after an error the sink is abandoned (a file
// sink leaves nothing behind).
class AudioSink {
public:
    virtual ~AudioSink() = default;
    virtual Status begin(int sampleRate, int channels) = 0;
    // `frames` interleaved frames of the channel count given to begin().
    virtual Status write(const float* interleaved, int64_t frames) = 0;
    virtual Status finish() = 0;
};

// Collects the blocks into one AudioBuffer (take() after finish()).
class BufferAudioSink final : public AudioSink {
public:
    Status begin(int sampleRate, int channels) override;
    Status write(const float* interleaved, int64_t frames) override;
    Status finish() override { return okStatus(); }
    AudioBuffer take();

private:
    std::vector<float> m_samples;
    int m_sampleRate = 0;
    int m_channels = 0;
};

}  // namespace foley
