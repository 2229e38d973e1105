#include "inference/VideoFeatureBuilder.h"

#include "inference/EngineState.h"
#include "inference/FramePreprocessor.h"

#include <algorithm>
#include <vector>

namespace foley::inference {

struct VideoFeatureBuilder::Impl {
    explicit Impl(Engine::Impl& e) : engine(e), size(e.info.architecture.videoFrameSize) {}

    void encodePending()
    {
        if (pendingCount == 0) return;
        const at::Tensor input = at::from_blob(pending.data(), {pendingCount, 2, size, size}, at::kFloat);
        encoded.push_back(engine.generator->video(input));
        pending.clear();
        pendingCount = 0;
    }

    Engine::Impl& engine;
    int size;
    std::vector<float> pending;  // prepared frames waiting for their batch (PreparedFrames::values layout)
    int64_t pendingCount = 0;
    std::vector<float> previous;  // the last frame's thumbnail (its difference channel's reference)
    std::vector<double> times;    // of every usable frame, in order
    std::vector<at::Tensor> encoded;
};

VideoFeatureBuilder::VideoFeatureBuilder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

std::unique_ptr<VideoFeatureBuilder> VideoFeatureBuilder::create(Engine::Impl& engine)
{
    return std::make_unique<VideoFeatureBuilder>(std::make_unique<Impl>(engine));
}
VideoFeatureBuilder::~VideoFeatureBuilder() = default;

double VideoFeatureBuilder::lastFrameSeconds() const
{
    return m_impl->times.empty() ? 0.0 : m_impl->times.back();
}

Status VideoFeatureBuilder::add(const VideoFrame& frame)
{
    Impl& s = *m_impl;
    if (!usableFrame(frame)) return okStatus();
    try {
        c10::InferenceMode inferenceMode;
        s.times.push_back(s.times.empty() ? frame.timeSeconds : std::max(frame.timeSeconds, s.times.back()));
        const std::vector<float> gray = frameThumbnail(frame, s.size);
        if (s.previous.empty()) s.previous = gray;
        appendPreparedFrame(gray, s.previous, s.pending);
        s.previous = gray;
        if (++s.pendingCount == kVideoFramesPerBatch) s.encodePending();
        return okStatus();
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InferenceRuntime, std::string("video feature extraction failed: ") + e.what());
    }
}

Result<VideoFeatures> VideoFeatureBuilder::finish(int64_t durationSamples)
{
    Impl& s = *m_impl;
    if (s.times.empty()) return makeError(ErrorCode::InvalidArgument, "none of the video frames is usable");
    try {
        c10::InferenceMode inferenceMode;
        s.encodePending();
        const int64_t melFrames = (durationSamples + kMelHop - 1) / kMelHop + 1;
        const std::vector<int64_t> frameOfMel = melFrameIndex(s.times, melFrames);
        const at::Tensor index = at::from_blob(const_cast<int64_t*>(frameOfMel.data()), {static_cast<int64_t>(frameOfMel.size())}, at::kLong);
        const at::Tensor features = at::cat(s.encoded, 0).index_select(0, index).contiguous();
        VideoFeatures out;
        out.dim = static_cast<int>(features.size(1));
        out.values.assign(features.data_ptr<float>(), features.data_ptr<float>() + features.numel());
        return out;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InferenceRuntime, std::string("video feature extraction failed: ") + e.what());
    }
}

}  // namespace foley::inference
