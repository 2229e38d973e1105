#pragma once

// Internal (torch) header.
#include "inference/ArchitectureConfig.h"
#include "inference/nn/Attention.h"

namespace foley::inference {

// DiT block: adaLN-Zero modulated self-attention and MLP (condition = timestep + reference + pooled text), plus
// cross-attention from the audio tokens to the (adapted) text tokens.
class DitBlockImpl : public torch::nn::Module {
public:
    explicit DitBlockImpl(const ArchitectureConfig& config);
    // text [B, Lt, textWidth] -> the cross-attention's keys and values (fixed across sampler steps).
    AttentionImpl::ProjectedKeys projectText(const torch::Tensor& text);

    // h [B, T, width]; condition [B, width]; text from projectText; textMask [B, Lt].
    torch::Tensor forward(const torch::Tensor& h, const torch::Tensor& condition, const AttentionImpl::ProjectedKeys& text,
                          const torch::Tensor& textMask);

    double flops(double batch, double tokens, double textTokens) const;  // projectText included
    double textProjectionFlops(double batch, double textTokens) const;

private:
    int m_width;
    int m_mlpRatio;
    torch::nn::LayerNorm m_norm1{nullptr}, m_norm2{nullptr}, m_norm3{nullptr};
    Attention m_self{nullptr}, m_cross{nullptr};
    torch::nn::Linear m_up{nullptr}, m_down{nullptr}, m_modulation{nullptr};
};
TORCH_MODULE(DitBlock);

}  // namespace foley::inference
