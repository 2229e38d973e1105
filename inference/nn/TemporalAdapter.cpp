#include "inference/nn/TemporalAdapter.h"

#include <cmath>

namespace foley::inference {

namespace {

// Time constants of the causal decays, in mel frames (10 ms): short transient, body, tail.
constexpr double kDecayFrames[] = {3.0, 10.0, 30.0};
constexpr int kKernelFrames = 96;

}  // namespace

TemporalAdapterImpl::TemporalAdapterImpl(const ArchitectureConfig& config) : m_config(config)
{
    m_decayKernels = torch::zeros({kChannels - 1, 1, kKernelFrames});
    auto acc = m_decayKernels.accessor<float, 3>();
    for (int c = 0; c < kChannels - 1; ++c)  // conv1d correlates: the newest frame sits at the kernel's end
        for (int k = 0; k < kKernelFrames; ++k)
            acc[c][0][kKernelFrames - 1 - k] = static_cast<float>(std::exp(-k / kDecayFrames[c]));
    const int h = config.temporalHidden;
    m_in = register_module("in", torch::nn::Linear(kChannels * config.patchFrames, h));
    m_conv1 = register_module("conv1", torch::nn::Conv1d(torch::nn::Conv1dOptions(h, h, 5).padding(2)));
    m_conv2 = register_module("conv2", torch::nn::Conv1d(torch::nn::Conv1dOptions(h, h, 5).padding(2)));
    for (int i = 0; i < config.depth; ++i) {
        torch::nn::Linear out(h, config.width);
        torch::NoGradGuard noGrad;
        out->weight.zero_();
        out->bias.zero_();
        m_outputs.push_back(register_module("out" + std::to_string(i), out));
    }
}

torch::Tensor TemporalAdapterImpl::curveFeatures(const torch::Tensor& curve) const
{
    const torch::Tensor x = curve.unsqueeze(1);  // [B, 1, F]
    const torch::Tensor padded = torch::constant_pad_nd(x, {kKernelFrames - 1, 0});
    const torch::Tensor decays = torch::conv1d(padded, m_decayKernels.to(curve.dtype()));  // causal
    return torch::cat({x, decays.clamp_max(4.0)}, 1);
}

std::vector<torch::Tensor> TemporalAdapterImpl::forward(const torch::Tensor& features, const torch::Tensor& strength)
{
    const int64_t b = features.size(0), frames = features.size(2), p = m_config.patchFrames;
    const int64_t tokens = frames / p;
    const torch::Tensor patches = features.view({b, kChannels, tokens, p}).permute({0, 2, 1, 3}).reshape({b, tokens, kChannels * p});
    torch::Tensor h = torch::gelu(m_in(patches)).transpose(1, 2).contiguous();  // [B, H, T]
    h = torch::gelu(m_conv1(h));
    h = torch::gelu(m_conv2(h)).transpose(1, 2);  // [B, T, H]
    const torch::Tensor scale = strength.view({-1, 1, 1});
    std::vector<torch::Tensor> residuals;
    residuals.reserve(m_outputs.size());
    for (torch::nn::Linear& out : m_outputs) residuals.push_back(scale * out(h));
    return residuals;
}

double TemporalAdapterImpl::flops(double batch, double tokens) const
{
    const double h = m_config.temporalHidden;
    const double perToken = kChannels * m_config.patchFrames * h + 2 * 5 * h * h + m_config.depth * h * m_config.width;
    return 2.0 * batch * tokens * perToken;
}

}  // namespace foley::inference
