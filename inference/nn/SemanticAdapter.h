#pragma once

// Internal (torch) header.
#include "inference/ArchitectureConfig.h"
#include "inference/nn/Attention.h"

namespace foley::inference {

// FoleyMaster eq. 4-5: text tokens (queries) attend the time-aligned video features (keys/values) and the result is
// added back to the text tokens: T' = T + s * softmax(Q K^T / sqrt(d)) V, with s = semantic strength (0 = off).
class SemanticAdapterImpl : public torch::nn::Module {
public:
    explicit SemanticAdapterImpl(const ArchitectureConfig& config);
    // text [B, Lt, textWidth]; video [B, Tv, videoFeatureDim] (with time embedding); strength [B].
    torch::Tensor forward(const torch::Tensor& text, const torch::Tensor& video, const torch::Tensor& strength);
    double flops(double batch, double textTokens, double videoTokens) const;

private:
    torch::nn::LayerNorm m_textNorm{nullptr}, m_videoNorm{nullptr};
    Attention m_attention{nullptr};
};
TORCH_MODULE(SemanticAdapter);

}  // namespace foley::inference
