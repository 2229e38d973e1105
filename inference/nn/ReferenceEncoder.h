#pragma once

// Internal (torch) header.
#include "inference/ArchitectureConfig.h"

#include <torch/nn.h>

namespace foley::inference {

// Reference audio (MultiFoley's audio condition): pooled normalised log-mel (mean and std per bin, [B, 2 * melBins])
// -> MLP -> a vector added to the denoiser's global condition. Absent references use a learned "none" vector.
class ReferenceEncoderImpl : public torch::nn::Module {
public:
    explicit ReferenceEncoderImpl(const ArchitectureConfig& config);
    // pooled [B, 2 * melBins]; present [B] (1 = use pooled, 0 = none).
    torch::Tensor forward(const torch::Tensor& pooled, const torch::Tensor& present);
    double flops(double batch) const;

private:
    ArchitectureConfig m_config;
    torch::nn::Linear m_in{nullptr}, m_out{nullptr};
    torch::Tensor m_none;
};
TORCH_MODULE(ReferenceEncoder);

// Pooling of a normalised log-mel [B, melBins, frames] into the reference vector [B, 2 * melBins].
torch::Tensor poolReferenceMel(const torch::Tensor& normalisedMel);

}  // namespace foley::inference
