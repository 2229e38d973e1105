#pragma once

#include "core/media/AvPtr.h"
#include "core/types/Result.h"

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>

namespace foley::media {

// An opened, probed input file (demuxer) plus the conventions every reader shares:
// * time 0 of the media timeline is the container's start (AVFormatContext::start_time), the origin
//   `ffmpeg -i` uses, so audio and video of one file share one timeline;
// * the "best" stream of a kind is av_find_best_stream's choice, never an attached picture (cover art).
class MediaInput {
public:
    // Opens `path` (UTF-8) and reads its stream parameters. Fails with MediaOpenFailed and a message that
    // names the file: missing, a folder, empty, not media (random bytes, text), or damaged (no moov atom).
    static Result<MediaInput> open(const std::string& path);
    // The same for bytes in memory (MemoryReader); `name` stands for the file in messages. The bytes must outlive
    // the MediaInput.
    static Result<MediaInput> openBuffer(const uint8_t* data, std::size_t sizeBytes, const std::string& name);

    AVFormatContext* context() const { return m_context.get(); }
    const std::string& path() const { return m_path; }
    AVStream* stream(int index) const { return m_context->streams[index]; }

    // Index of the best stream of `type`, or -1.
    int bestStream(AVMediaType type) const;
    // Like bestStream, but a MediaNoStream error ("'x.mp4' has no audio stream") when there is none.
    Result<int> requireStream(AVMediaType type, int requestedIndex = -1) const;

    // The container's start time in AV_TIME_BASE units (0 when unknown): the media timeline's origin.
    int64_t startTime() const;
    // The timeline origin in `stream`'s time base (0 when the container gives no start time).
    int64_t originIn(const AVStream* stream) const;
    // Seconds on the media timeline for a timestamp in `stream`'s time base.
    double toTimelineSeconds(int64_t timestamp, const AVStream* stream) const;
    // Duration of the file in seconds (container duration, else the longest stream), 0 when unknown.
    double durationSeconds() const;

    // Opens a decoder for stream `index` (pkt_timebase set, `threads` 0 = automatic).
    Result<CodecContextPtr> openDecoder(int index, int threads = 1) const;

    // Tells the demuxer to skip every stream but those listed (saves reading and parsing).
    void keepOnly(std::initializer_list<int> indices);

private:
    MediaInput(InputFormatPtr context, std::string path);
    // Opens `context` (preallocated with a custom AVIOContext, or nullptr to open `url`) and reads its streams.
    static Result<MediaInput> openContext(AVFormatContext* context, const char* url, const std::string& path);

    std::shared_ptr<void> m_reader;  // the MemoryReader of openBuffer(); outlives m_context (declared first)
    InputFormatPtr m_context;
    std::string m_path;
};

}  // namespace foley::media
