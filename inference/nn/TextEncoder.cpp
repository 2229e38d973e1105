#include "inference/nn/TextEncoder.h"

namespace foley::inference {

TextEncoderImpl::TextEncoderImpl(const ArchitectureConfig& config) : m_config(config)
{
    m_embedding = register_module("embedding", torch::nn::Embedding(config.textVocabularySize(), config.textWidth));
    m_positions = register_parameter("positions", torch::randn({config.textMaxTokens, config.textWidth}) * 0.02);
    m_prompt = register_parameter("prompt", torch::randn({config.promptTokens, config.textWidth}) * 0.02);
    for (int i = 0; i < config.textLayers; ++i)
        m_layers.push_back(register_module("layer" + std::to_string(i), TransformerLayer(config.textWidth, config.textHeads)));
    m_norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.textWidth})));
}

TextTokens TextEncoderImpl::forward(const torch::Tensor& ids, bool withPrompt)
{
    const int64_t b = ids.size(0), l = ids.size(1);
    const torch::Tensor mask = ids.ne(0);
    torch::Tensor h = m_embedding(ids) + m_positions.slice(0, 0, l).unsqueeze(0);
    for (TransformerLayer& layer : m_layers) h = layer(h, mask);
    h = m_norm(h);
    if (m_config.promptTokens == 0 || !withPrompt) return {h, mask};
    const torch::Tensor prompt = m_prompt.unsqueeze(0).expand({b, m_config.promptTokens, m_config.textWidth});
    const torch::Tensor promptMask = torch::ones({b, m_config.promptTokens}, mask.options());
    return {torch::cat({prompt, h}, 1), torch::cat({promptMask, mask}, 1)};
}

double TextEncoderImpl::flops(double batch, double length) const
{
    double total = 0.0;
    for (const TransformerLayer& layer : m_layers) total += layer->flops(length);
    return batch * total;
}

torch::Tensor padTokenIds(const std::vector<std::vector<int64_t>>& ids)
{
    size_t longest = 1;
    for (const auto& row : ids) longest = std::max(longest, row.size());
    torch::Tensor out = torch::zeros({static_cast<int64_t>(ids.size()), static_cast<int64_t>(longest)}, torch::kInt64);
    auto acc = out.accessor<int64_t, 2>();
    for (size_t i = 0; i < ids.size(); ++i)
        for (size_t j = 0; j < ids[i].size(); ++j) acc[static_cast<int64_t>(i)][static_cast<int64_t>(j)] = ids[i][j];
    return out;
}

}  // namespace foley::inference
