#include "inference/nn/SemanticAdapter.h"

namespace foley::inference {

SemanticAdapterImpl::SemanticAdapterImpl(const ArchitectureConfig& config)
{
    m_textNorm = register_module("textNorm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.textWidth})));
    m_videoNorm = register_module("videoNorm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.videoFeatureDim})));
    m_attention = register_module("attention",
                                  Attention(config.textWidth, config.videoFeatureDim, config.textWidth, config.textHeads));
}

torch::Tensor SemanticAdapterImpl::forward(const torch::Tensor& text, const torch::Tensor& video, const torch::Tensor& strength)
{
    const torch::Tensor attended = m_attention(m_textNorm(text), m_videoNorm(video));
    return text + strength.view({-1, 1, 1}) * attended;
}

double SemanticAdapterImpl::flops(double batch, double textTokens, double videoTokens) const
{
    return batch * m_attention->flops(textTokens, videoTokens);
}

}  // namespace foley::inference
