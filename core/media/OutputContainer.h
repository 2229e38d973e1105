#pragma once

#include "core/types/Result.h"

#include <string>

namespace foley::media {

// The container an export writes, chosen from the output file's extension.
struct OutputContainer {
    std::string muxerName;   // FFmpeg muxer: "mp4", "mov", "matroska"
    std::string label;       // for messages: "MP4"
    bool fastStart = false;  // move the index to the front (+faststart) so players can start before the end

    // .mp4/.m4v → MP4, .mov → QuickTime, .mkv → Matroska (case-insensitive); other extensions are an
    // InvalidArgument error listing the supported ones.
    static Result<OutputContainer> forPath(const std::string& path);

    // Whether this container can carry `codecId` (an AVCodecID); if not, a MediaUnsupportedCodec error that
    // names the codec and an extension whose container can ("... use .mkv instead").
    Status checkCodec(int codecId, const std::string& sourcePath) const;
};

}  // namespace foley::media
