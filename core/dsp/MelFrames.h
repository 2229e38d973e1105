#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace foley::dsp {

// A spectrogram: frameCount rows of melCount (or bin) values, row-major (frame-major), so one frame is
// contiguous; values[f * melCount + m].
struct MelFrames {
    int64_t frameCount = 0;
    int melCount = 0;
    std::vector<float> values;

    bool isEmpty() const { return frameCount == 0; }
    float at(int64_t frame, int mel) const { return values[index(frame, mel)]; }
    float& at(int64_t frame, int mel) { return values[index(frame, mel)]; }
    const float* frame(int64_t f) const { return values.data() + index(f, 0); }
    float* frame(int64_t f) { return values.data() + index(f, 0); }

private:
    size_t index(int64_t frame, int mel) const
    {
        return static_cast<size_t>(frame) * static_cast<size_t>(melCount) + static_cast<size_t>(mel);
    }
};

}  // namespace foley::dsp
