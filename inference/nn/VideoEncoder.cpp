#include "inference/nn/VideoEncoder.h"

namespace foley::inference {

namespace {

torch::nn::Conv2d stridedConv(int in, int out)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(2).padding(1));
}

}  // namespace

VideoEncoderImpl::VideoEncoderImpl(const ArchitectureConfig& config) : m_config(config)
{
    const int c = config.videoChannels;
    m_conv1 = register_module("conv1", stridedConv(2, c));
    m_conv2 = register_module("conv2", stridedConv(c, 2 * c));
    m_conv3 = register_module("conv3", stridedConv(2 * c, 4 * c));
    m_project = register_module("project", torch::nn::Linear(4 * c, config.videoFeatureDim));
}

torch::Tensor VideoEncoderImpl::forward(const torch::Tensor& frames)
{
    torch::Tensor h = torch::gelu(m_conv1(frames));
    h = torch::gelu(m_conv2(h));
    h = torch::gelu(m_conv3(h));
    return m_project(h.mean({2, 3}));
}

double VideoEncoderImpl::flops(double frames) const
{
    const double s = m_config.videoFrameSize, c = m_config.videoChannels;
    const double l1 = (s / 2) * (s / 2) * 2 * c * 9;
    const double l2 = (s / 4) * (s / 4) * c * 2 * c * 9;
    const double l3 = (s / 8) * (s / 8) * 2 * c * 4 * c * 9;
    return 2.0 * frames * (l1 + l2 + l3 + 4 * c * m_config.videoFeatureDim);
}

}  // namespace foley::inference
