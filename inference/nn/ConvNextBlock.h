#pragma once

// Internal (torch) header.
#include <torch/nn.h>

namespace foley::inference {

// ConvNeXt block over a frame sequence [B, C, F]: depthwise conv (k 7) -> LayerNorm -> pointwise MLP (x3) ->
// layer-scaled residual (Vocos' backbone).
class ConvNextBlockImpl : public torch::nn::Module {
public:
    explicit ConvNextBlockImpl(int channels);
    torch::Tensor forward(const torch::Tensor& x);
    double flops(double frames) const;

private:
    int m_channels;
    torch::nn::Conv1d m_depthwise{nullptr};
    torch::nn::LayerNorm m_norm{nullptr};
    torch::nn::Linear m_up{nullptr}, m_down{nullptr};
    torch::Tensor m_scale;
};
TORCH_MODULE(ConvNextBlock);

}  // namespace foley::inference
