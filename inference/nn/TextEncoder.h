#pragma once

// Internal (torch) header.
#include "inference/ArchitectureConfig.h"
#include "inference/nn/TransformerLayer.h"

namespace foley::inference {

struct TextTokens {
    torch::Tensor tokens;  // [B, N + L, textWidth]: N learnable prompt tokens, then the encoded words
    torch::Tensor mask;    // [B, N + L] bool, true = real token
};

// Word embeddings + learned positions + a small pre-LN transformer; the N learnable prompt tokens (FoleyMaster's
// prompt learning) are prepended to the encoded caption so the adapters and denoiser always see them.
class TextEncoderImpl : public torch::nn::Module {
public:
    explicit TextEncoderImpl(const ArchitectureConfig& config);
    // ids [B, L] int64 (0 = padding, first id BOS), L <= textMaxTokens.
    // withPrompt false leaves the learned prompt tokens out (the evaluation's ablation).
    TextTokens forward(const torch::Tensor& ids, bool withPrompt = true);
    double flops(double batch, double length) const;

private:
    ArchitectureConfig m_config;
    torch::nn::Embedding m_embedding{nullptr};
    torch::Tensor m_positions;
    torch::Tensor m_prompt;
    std::vector<TransformerLayer> m_layers;
    torch::nn::LayerNorm m_norm{nullptr};
};
TORCH_MODULE(TextEncoder);

// Pads token id lists into [B, L] (L = longest), as TextEncoder expects.
torch::Tensor padTokenIds(const std::vector<std::vector<int64_t>>& ids);

}  // namespace foley::inference
