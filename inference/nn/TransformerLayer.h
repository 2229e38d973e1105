#pragma once

// Internal (torch) header.
#include "inference/nn/Attention.h"

namespace foley::inference {

// Pre-LN transformer encoder layer (self-attention + GELU MLP), for the text encoder.
class TransformerLayerImpl : public torch::nn::Module {
public:
    TransformerLayerImpl(int width, int heads);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& mask);
    double flops(double tokens) const;

private:
    int m_width;
    torch::nn::LayerNorm m_norm1{nullptr}, m_norm2{nullptr};
    Attention m_attention{nullptr};
    torch::nn::Linear m_up{nullptr}, m_down{nullptr};
};
TORCH_MODULE(TransformerLayer);

}  // namespace foley::inference
