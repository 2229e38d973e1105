#pragma once

#include "core/types/Rational.h"
#include "core/types/Result.h"
#include "core/types/VideoFrame.h"

#include <memory>
#include <string>

namespace foley::media {

struct VideoFrameOptions {
    int width = 0;                   // 0 = source width (scaled keeping aspect if only one is given)
    int height = 0;                  // 0 = source height
    PixelFormat format = PixelFormat::Gray8;
    Rational frameRate{0, 1};        // invalid (0) = every source frame; else resampled by nearest timestamp
    double startSeconds = 0;         // first frame at or after this time
    int streamIndex = -1;            // -1 = best video stream (never cover art)
};

// Streams decoded, scaled frames one at a time: the whole file is never held in memory.
// Times are on the media timeline (0 = the container's start, as for decodeAudio). With a frame rate,
// frame i is the source frame nearest to startSeconds + i / rate (duplicated or dropped as needed) and
// the sequence ends where the last source frame ends. Rotation is reported, not applied.
class VideoFrameReader {
public:
    // Errors: MediaOpenFailed, MediaNoStream ("'x.wav' has no video stream"), MediaUnsupportedCodec.
    static Result<std::unique_ptr<VideoFrameReader>> open(const std::string& path, const VideoFrameOptions& options = {});
    ~VideoFrameReader();
    VideoFrameReader(const VideoFrameReader&) = delete;
    VideoFrameReader& operator=(const VideoFrameReader&) = delete;

    // Decodes the next frame into `frame`. Returns true with a frame, false at end of stream, or an Error.
    Result<bool> next(VideoFrame& frame);

    int outputWidth() const;
    int outputHeight() const;
    Rational sourceFrameRate() const;
    double durationSeconds() const;
    int rotationDegrees() const;     // clockwise, 0/90/180/270, as in StreamInfo

private:
    struct Impl;
    explicit VideoFrameReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace foley::media
