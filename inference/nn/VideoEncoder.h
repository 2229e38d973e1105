#pragma once

// Internal (torch) header.
#include "inference/ArchitectureConfig.h"

#include <torch/nn.h>

namespace foley::inference {

// A small CNN over each decoded frame: input [F, 2, S, S] = (gray frame, difference to the previous frame) in
// [-1, 1]; output [F, videoFeatureDim]. The difference channel carries the motion that foley follows.
class VideoEncoderImpl : public torch::nn::Module {
public:
    explicit VideoEncoderImpl(const ArchitectureConfig& config);
    torch::Tensor forward(const torch::Tensor& frames);
    double flops(double frames) const;

private:
    ArchitectureConfig m_config;
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr}, m_conv3{nullptr};
    torch::nn::Linear m_project{nullptr};
};
TORCH_MODULE(VideoEncoder);

}  // namespace foley::inference
