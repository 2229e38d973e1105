#include "inference/nn/TransformerLayer.h"

namespace foley::inference {

TransformerLayerImpl::TransformerLayerImpl(int width, int heads) : m_width(width)
{
    m_norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
    m_norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
    m_attention = register_module("attention", Attention(width, width, width, heads));
    m_up = register_module("up", torch::nn::Linear(width, 4 * width));
    m_down = register_module("down", torch::nn::Linear(4 * width, width));
}

torch::Tensor TransformerLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& mask)
{
    const torch::Tensor normed = m_norm1(x);
    torch::Tensor h = x + m_attention(normed, normed, mask);
    return h + m_down(torch::gelu(m_up(m_norm2(h))));
}

double TransformerLayerImpl::flops(double tokens) const
{
    return m_attention->flops(tokens, tokens) + 2.0 * tokens * 8.0 * m_width * m_width;
}

}  // namespace foley::inference
