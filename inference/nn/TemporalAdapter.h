#pragma once

// Internal (torch) header.
#include "inference/ArchitectureConfig.h"

#include <torch/nn.h>

namespace foley::inference {

// The onset/mask curve enters the denoiser only through this branch (FoleyMaster / Rhythmic Foley, ControlNet-style):
// curve -> fixed causal decay bank (what happened 10/30/100/300 ms ago) -> patch MLP -> temporal convs -> one
// zero-initialised projection per denoiser block, scaled by the temporal strength. At initialisation (and at
// strength 0) it adds exactly zero.
class TemporalAdapterImpl : public torch::nn::Module {
public:
    static constexpr int kChannels = 4;

    explicit TemporalAdapterImpl(const ArchitectureConfig& config);

    // Fixed features of a whole clip's curve [B, frames] -> [B, kChannels, frames]. Computed on the full timeline
    // before windowing, so an onset just before a window still decays inside it.
    torch::Tensor curveFeatures(const torch::Tensor& curve) const;

    // features [B, kChannels, windowFrames], strength [B] -> depth residuals [B, tokens, width].
    std::vector<torch::Tensor> forward(const torch::Tensor& features, const torch::Tensor& strength);
    double flops(double batch, double tokens) const;

    // Zero-initialised output projections (tests perturb them to emulate a trained branch).
    std::vector<torch::nn::Linear>& outputs() { return m_outputs; }

private:
    ArchitectureConfig m_config;
    torch::Tensor m_decayKernels;  // [kChannels - 1, 1, K], fixed (not a parameter)
    torch::nn::Linear m_in{nullptr};
    torch::nn::Conv1d m_conv1{nullptr}, m_conv2{nullptr};
    std::vector<torch::nn::Linear> m_outputs;
};
TORCH_MODULE(TemporalAdapter);

}  // namespace foley::inference
