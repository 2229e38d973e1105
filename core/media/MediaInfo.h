#pragma once

#include "core/types/Rational.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace foley::media {

enum class StreamType { Video, Audio, Subtitle, Data, Attachment, Unknown };
const char* streamTypeName(StreamType type);

struct StreamInfo {
    int index = -1;
    StreamType type = StreamType::Unknown;
    std::string codecName;         // FFmpeg's short name: "h264", "aac", "pcm_s16le"
    Rational timeBase;             // the stream's own time base
    double startSeconds = 0;       // first timestamp on the media timeline (0 = the container's start)
    double durationSeconds = 0;    // 0 when unknown
    int64_t bitRate = 0;
    // video
    int width = 0;
    int height = 0;
    Rational frameRate;            // average frame rate (avg_frame_rate, else r_frame_rate)
    int64_t frameCount = 0;        // nb_frames when the container knows it, else 0
    int rotationDegrees = 0;       // clockwise rotation to apply for display (display matrix), 0/90/180/270
    std::string pixelFormat;
    bool isAttachedPicture = false; // cover art, not a real video stream
    // audio
    int sampleRate = 0;
    int channels = 0;
    std::string sampleFormat;
};

struct MediaInfo {
    std::string path;
    std::string formatName;        // "mov,mp4,m4a,3gp,3g2,mj2", "wav", ...
    double durationSeconds = 0;
    int64_t sizeBytes = 0;
    std::vector<StreamInfo> streams;
    // Embedded metadata as FFmpeg exposes it (container tags, then the best audio stream's; keys lower-case): BWF
    // "description" / "originator", RIFF INFO, ID3, Vorbis comments, "ixml" where the demuxer reads it, ...
    std::map<std::string, std::string> tags;

    // The stream FFmpeg would pick (av_find_best_stream); nullopt when absent.
    std::optional<StreamInfo> bestVideo() const;
    std::optional<StreamInfo> bestAudio() const;
    int bestVideoIndex = -1;
    int bestAudioIndex = -1;
};

}  // namespace foley::media
