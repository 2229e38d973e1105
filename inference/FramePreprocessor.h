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

// Frames encoded per forward of the video CNN (the batch boundaries are part of the exact result).
inline constexpr int64_t kVideoFramesPerBatch = 256;

// Whether a frame has pixels to read (empty or malformed frames are skipped).
bool usableFrame(const VideoFrame& frame);
// Area-average resize of the frame's luma to size x size, values in [0, 1].
std::vector<float> frameThumbnail(const VideoFrame& frame, int size);
// Appends one prepared frame (gray in [-1, 1], then the difference to `previous` x4 clamped) to `out`.
void appendPreparedFrame(const std::vector<float>& gray, const std::vector<float>& previous, std::vector<float>& out);
// For every mel frame (100 Hz), the index of the frame on screen at its time; `times` ascending. Empty without frames.
std::vector<int64_t> melFrameIndex(const std::vector<double>& times, int64_t melFrames);

// The usable frames in time order, and for every mel frame (100 Hz) the position in that order of the frame on
// screen at its time.
struct FrameOrder {
    std::vector<size_t> order;        // indices into the frames
    std::vector<int64_t> frameOfMel;  // one entry per mel frame; empty without usable frames
};
FrameOrder orderFrames(const std::vector<VideoFrame>& frames, int64_t melFrames);

// PreparedFrames::values of the ordered frames [first, first + count) only: a long video is prepared and encoded a
// batch at a time.
std::vector<float> prepareFrameRange(const std::vector<VideoFrame>& frames, const FrameOrder& order, size_t first, size_t count, int size);

// frames: any size, Gray8 or Rgb24, ordered by timeSeconds (sorted here if not). Empty or malformed frames are
// skipped; no usable frame gives count == 0.
PreparedFrames prepareFrames(const std::vector<VideoFrame>& frames, int size, int64_t melFrames);

}  // namespace foley::inference
