#pragma once

#include "core/types/VideoFrame.h"

#include <cstdint>
#include <vector>

namespace foley::inference {

// Decoded frames made ready for the video CNN: each frame becomes (gray, difference to the previous frame) at
// size x size, in [-1, 1]; and every mel frame (100 Hz) gets the index of the frame on screen at its time.
struct PreparedFrames {
    int size = 0;
    int count = 0;
    std::vector<float> values;           // count x 2 x size x size
    std::vector<int64_t> frameOfMel;     // one entry per mel frame
};

// frames: any size, Gray8 or Rgb24, ordered by timeSeconds (sorted here if not). Empty or malformed frames are
// skipped; no usable frame gives count == 0.
PreparedFrames prepareFrames(const std::vector<VideoFrame>& frames, int size, int64_t melFrames);

}  // namespace foley::inference
