#include "inference/nn/ReferenceEncoder.h"

namespace foley::inference {

ReferenceEncoderImpl::ReferenceEncoderImpl(const ArchitectureConfig& config) : m_config(config)
{
    m_in = register_module("in", torch::nn::Linear(2 * config.melBins, config.referenceHidden));
    m_out = register_module("out", torch::nn::Linear(config.referenceHidden, config.width));
    m_none = register_parameter("none", torch::zeros({config.width}));
}

torch::Tensor ReferenceEncoderImpl::forward(const torch::Tensor& pooled, const torch::Tensor& present)
{
    const torch::Tensor embedded = m_out(torch::gelu(m_in(pooled)));
    const torch::Tensor p = present.view({-1, 1});
    return p * embedded + (1 - p) * m_none.unsqueeze(0);
}

double ReferenceEncoderImpl::flops(double batch) const
{
    return 2.0 * batch * (2.0 * m_config.melBins * m_config.referenceHidden + m_config.referenceHidden * m_config.width);
}

torch::Tensor poolReferenceMel(const torch::Tensor& normalisedMel)
{
    return torch::cat({normalisedMel.mean(2), normalisedMel.std(2, /*unbiased*/ false)}, 1);
}

}  // namespace foley::inference
