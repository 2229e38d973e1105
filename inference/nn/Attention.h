#pragma once

// Internal (torch) header: never include from outside inference/.
#include <torch/nn.h>

namespace foley::inference {

// Multi-head attention with separate query and key/value inputs (self-attention passes the same tensor twice).
// keyMask [B, Tk] (bool, true = attend) may be undefined.
class AttentionImpl : public torch::nn::Module {
public:
    AttentionImpl(int queryDim, int keyDim, int width, int heads);
    torch::Tensor forward(const torch::Tensor& query, const torch::Tensor& keys, const torch::Tensor& keyMask = {});

    // The two halves of forward, for keys that stay fixed while queries change (text keys across sampler steps):
    // project the keys once, attend many times. forward(q, k, m) == attend(q, project(k), m).
    struct ProjectedKeys {
        torch::Tensor keys, values;  // [B, heads, Tk, width / heads]
    };
    ProjectedKeys project(const torch::Tensor& keys);
    torch::Tensor attend(const torch::Tensor& query, const ProjectedKeys& keys, const torch::Tensor& keyMask = {});

    // Multiply-accumulates x2 for tq query tokens attending tk keys (projections included).
    double flops(double tq, double tk) const;
    double projectionFlops(double tk) const;  // the key/value projection alone (part of flops())

private:
    int m_queryDim, m_keyDim, m_width, m_heads;
    torch::nn::Linear m_q{nullptr}, m_kv{nullptr}, m_out{nullptr};
};
TORCH_MODULE(Attention);

// Sinusoidal embedding of positions or times: [N] -> [N, dim] (dim even).
torch::Tensor sinusoidalEmbedding(const torch::Tensor& positions, int dim, double maxPeriod = 10000.0);

}  // namespace foley::inference
