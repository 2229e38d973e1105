#pragma once

// Internal (torch) header.
#include "inference/EngineState.h"
#include "inference/sampling/GuidedDenoiser.h"

namespace foley::inference {

// Turns a request's value-type inputs into the generator's conditions on the clip timeline (frames mel frames,
// padded to paddedFrames): tokenised and encoded captions, frame-aligned video features, temporal curve features
// (computed on the whole clip so decays cross window borders) and the pooled reference mel.
class ClipConditionBuilder {
public:
    explicit ClipConditionBuilder(Engine::Impl& engine);

    Result<ClipConditions> build(const GenerationRequest& request, int64_t frames, int64_t paddedFrames);

    // [frames, videoFeatureDim] features from decoded frames (the CNN of the pack).
    Result<at::Tensor> videoFromFrames(const std::vector<VideoFrame>& frames, int64_t melFrames);
    // Normalised log-mel [1, melBins, F] of 16 kHz mono audio through core's MelSpectrogram.
    Result<at::Tensor> normalisedMel(const AudioBuffer& audio, int64_t maxSamples = -1);

    double flops() const { return m_flops; }

private:
    Result<at::Tensor> video(const GenerationRequest& request, int64_t frames, int64_t paddedFrames);
    Result<at::Tensor> reference(const AudioBuffer& audio);
    at::Tensor temporal(const std::vector<float>& curve, int64_t paddedFrames) const;

    Engine::Impl& m_engine;
    double m_flops = 0.0;
};

// The conditions of frames [start, start + length) of a clip (for region regeneration).
ClipConditions sliceConditions(const ClipConditions& clip, int64_t start, int64_t length);

}  // namespace foley::inference
