#include "inference/nn/ConvNextBlock.h"

namespace foley::inference {

ConvNextBlockImpl::ConvNextBlockImpl(int channels) : m_channels(channels)
{
    m_depthwise = register_module("depthwise",
                                  torch::nn::Conv1d(torch::nn::Conv1dOptions(channels, channels, 7).padding(3).groups(channels)));
    m_norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({channels}).eps(1e-6)));
    m_up = register_module("up", torch::nn::Linear(channels, 3 * channels));
    m_down = register_module("down", torch::nn::Linear(3 * channels, channels));
    m_scale = register_parameter("scale", torch::full({channels}, 0.1));
}

torch::Tensor ConvNextBlockImpl::forward(const torch::Tensor& x)
{
    torch::Tensor h = m_depthwise(x).transpose(1, 2);  // [B, F, C]
    h = m_down(torch::gelu(m_up(m_norm(h)))) * m_scale;
    return x + h.transpose(1, 2);
}

double ConvNextBlockImpl::flops(double frames) const
{
    return 2.0 * frames * (7.0 * m_channels + 6.0 * m_channels * m_channels);
}

}  // namespace foley::inference
