#pragma once

struct AVStream;

namespace foley::media {

// Clockwise degrees (0/90/180/270) to turn a stream's decoded pictures upright, read from its display
// matrix side data (the convention of ffmpeg's autorotate); 0 when the stream has none.
int displayRotationDegrees(const AVStream* stream);

}  // namespace foley::media
