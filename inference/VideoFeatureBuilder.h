#pragma once

#include "core/types/Result.h"
#include "core/types/VideoFrame.h"
#include "inference/Engine.h"
#include "inference/GenerationRequest.h"

#include <cstdint>
#include <memory>

namespace foley::inference {

// The model's video features built as the frames are decoded (Engine::videoFeatureBuilder): each frame becomes a
// thumbnail at once and every 256 thumbnails are encoded, so an hour of video never has its frames in memory
// together (~0.5 GB of 96 px frames at 30 fps). The features are exactly those of Engine::computeVideoFeatures
// for the same frames. Frames come in time order; one stamped earlier than the frame before it (broken
// timestamps) is taken as shown at the same time. Unusable frames (empty, malformed) are skipped. Not thread-safe;
// the engine it came from must outlive it and must not generate while it is in use.
class VideoFeatureBuilder {
public:
    ~VideoFeatureBuilder();
    VideoFeatureBuilder(const VideoFeatureBuilder&) = delete;
    VideoFeatureBuilder& operator=(const VideoFeatureBuilder&) = delete;

    // InferenceRuntime when the encoder fails.
    Status add(const VideoFrame& frame);
    double lastFrameSeconds() const;  // time of the last usable frame (0 before any)
    // The features of a clip of `durationSamples` at the model rate. InvalidArgument when no frame was usable.
    Result<VideoFeatures> finish(int64_t durationSamples);

    // For `engine`'s pack (Engine::videoFeatureBuilder() for callers outside the engine).
    static std::unique_ptr<VideoFeatureBuilder> create(Engine::Impl& engine);

    struct Impl;  // internal (torch)
    explicit VideoFeatureBuilder(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace foley::inference
