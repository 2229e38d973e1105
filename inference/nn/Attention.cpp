#include "inference/nn/Attention.h"

#include <cmath>

namespace foley::inference {

AttentionImpl::AttentionImpl(int queryDim, int keyDim, int width, int heads)
    : m_queryDim(queryDim), m_keyDim(keyDim), m_width(width), m_heads(heads)
{
    m_q = register_module("q", torch::nn::Linear(queryDim, width));
    m_kv = register_module("kv", torch::nn::Linear(keyDim, 2 * width));
    m_out = register_module("out", torch::nn::Linear(width, queryDim));
}

torch::Tensor AttentionImpl::forward(const torch::Tensor& query, const torch::Tensor& keys, const torch::Tensor& keyMask)
{
    return attend(query, project(keys), keyMask);
}

AttentionImpl::ProjectedKeys AttentionImpl::project(const torch::Tensor& keys)
{
    const int64_t b = keys.size(0), tk = keys.size(1), dh = m_width / m_heads;
    const std::vector<torch::Tensor> kv = m_kv(keys).view({b, tk, 2, m_heads, dh}).permute({2, 0, 3, 1, 4}).unbind(0);
    return {kv[0], kv[1]};
}

torch::Tensor AttentionImpl::attend(const torch::Tensor& query, const ProjectedKeys& keys, const torch::Tensor& keyMask)
{
    const int64_t b = query.size(0), tq = query.size(1), tk = keys.keys.size(2);
    const int64_t dh = m_width / m_heads;
    const torch::Tensor q = m_q(query).view({b, tq, m_heads, dh}).transpose(1, 2);
    torch::Tensor scores = torch::matmul(q, keys.keys.transpose(-2, -1)) * (1.0 / std::sqrt(static_cast<double>(dh)));
    if (keyMask.defined()) scores = scores.masked_fill(keyMask.logical_not().view({b, 1, 1, tk}), -1e9);
    const torch::Tensor mixed = torch::matmul(scores.softmax(-1), keys.values);
    return m_out(mixed.transpose(1, 2).reshape({b, tq, m_width}));
}

double AttentionImpl::flops(double tq, double tk) const
{
    const double projections = tq * m_queryDim * m_width + tk * m_keyDim * 2.0 * m_width + tq * m_width * m_queryDim;
    const double mixing = 2.0 * tq * tk * m_width;
    return 2.0 * (projections + mixing);
}

double AttentionImpl::projectionFlops(double tk) const
{
    return 2.0 * tk * m_keyDim * 2.0 * m_width;
}

torch::Tensor sinusoidalEmbedding(const torch::Tensor& positions, int dim, double maxPeriod)
{
    const int half = dim / 2;
    const torch::Tensor freqs =
        torch::exp(torch::arange(half, torch::kFloat32) * (-std::log(maxPeriod) / static_cast<double>(half)));
    const torch::Tensor args = positions.to(torch::kFloat32).unsqueeze(1) * freqs.unsqueeze(0);
    return torch::cat({torch::cos(args), torch::sin(args)}, 1);
}

}  // namespace foley::inference
