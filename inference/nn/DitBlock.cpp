#include "inference/nn/DitBlock.h"

namespace foley::inference {

namespace {

torch::nn::LayerNorm plainNorm(int width)
{
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({width}).elementwise_affine(false).eps(1e-6));
}

}  // namespace

DitBlockImpl::DitBlockImpl(const ArchitectureConfig& config) : m_width(config.width), m_mlpRatio(config.mlpRatio)
{
    const int w = config.width;
    m_norm1 = register_module("norm1", plainNorm(w));
    m_norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({w})));
    m_norm3 = register_module("norm3", plainNorm(w));
    m_self = register_module("self", Attention(w, w, w, config.heads));
    m_cross = register_module("cross", Attention(w, config.textWidth, w, config.heads));
    m_up = register_module("up", torch::nn::Linear(w, config.mlpRatio * w));
    m_down = register_module("down", torch::nn::Linear(config.mlpRatio * w, w));
    m_modulation = register_module("modulation", torch::nn::Linear(w, 6 * w));
    torch::NoGradGuard noGrad;  // adaLN-Zero: every block starts as the identity
    m_modulation->weight.zero_();
    m_modulation->bias.zero_();
}

AttentionImpl::ProjectedKeys DitBlockImpl::projectText(const torch::Tensor& text)
{
    return m_cross->project(text);
}

torch::Tensor DitBlockImpl::forward(const torch::Tensor& h, const torch::Tensor& condition,
                                    const AttentionImpl::ProjectedKeys& text, const torch::Tensor& textMask)
{
    const std::vector<torch::Tensor> m = m_modulation(torch::silu(condition)).unsqueeze(1).chunk(6, 2);
    const torch::Tensor a = m_norm1(h) * (1 + m[1]) + m[0];
    torch::Tensor x = h + m[2] * m_self(a, a);
    x = x + m_cross->attend(m_norm2(x), text, textMask);
    const torch::Tensor b = m_norm3(x) * (1 + m[4]) + m[3];
    return x + m[5] * m_down(torch::gelu(m_up(b)));
}

double DitBlockImpl::flops(double batch, double tokens, double textTokens) const
{
    const double mlp = 2.0 * tokens * 2.0 * m_mlpRatio * m_width * m_width;
    const double modulation = 2.0 * 6.0 * m_width * m_width;
    return batch * (m_self->flops(tokens, tokens) + m_cross->flops(tokens, textTokens) + mlp + modulation);
}

double DitBlockImpl::textProjectionFlops(double batch, double textTokens) const
{
    return batch * m_cross->projectionFlops(textTokens);
}

}  // namespace foley::inference
