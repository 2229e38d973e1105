#include "inference/nn/GeneratorModel.h"

namespace foley::inference {

namespace {

void zero(torch::nn::Linear& layer)
{
    torch::NoGradGuard noGrad;
    layer->weight.zero_();
    layer->bias.zero_();
}

}  // namespace

GeneratorModelImpl::GeneratorModelImpl(const ArchitectureConfig& config) : m_config(config)
{
    const int w = config.width, m = config.melBins, p = config.patchFrames;
    text = register_module("text", TextEncoder(config));
    video = register_module("video", VideoEncoder(config));
    semantic = register_module("semantic", SemanticAdapter(config));
    temporal = register_module("temporal", TemporalAdapter(config));
    reference = register_module("reference", ReferenceEncoder(config));
    m_patchIn = register_module("patchIn", torch::nn::Linear(m * p, w));
    m_videoIn = register_module("videoIn", torch::nn::Linear(config.videoFeatureDim, w));
    m_timeIn = register_module("timeIn", torch::nn::Linear(w, w));
    m_timeOut = register_module("timeOut", torch::nn::Linear(w, w));
    m_textPool = register_module("textPool", torch::nn::Linear(config.textWidth, w));
    for (int i = 0; i < config.depth; ++i) m_blocks.push_back(register_module("block" + std::to_string(i), DitBlock(config)));
    m_finalNorm = register_module("finalNorm",
                                  torch::nn::LayerNorm(torch::nn::LayerNormOptions({w}).elementwise_affine(false).eps(1e-6)));
    m_finalModulation = register_module("finalModulation", torch::nn::Linear(w, 2 * w));
    m_patchOut = register_module("patchOut", torch::nn::Linear(w, m * p));
    zero(m_videoIn);
    zero(m_finalModulation);
    zero(m_patchOut);
    m_melMean = register_buffer("melMean", torch::zeros({m}));
    m_melStd = register_buffer("melStd", torch::ones({m}));
    const torch::Tensor index = torch::arange(config.windowTokens());
    m_positions = sinusoidalEmbedding(index, w);  // fixed, not saved: a function of the architecture only
    m_videoPositions = sinusoidalEmbedding(index, config.videoFeatureDim % 2 == 0 ? config.videoFeatureDim : config.videoFeatureDim - 1);
    if (m_videoPositions.size(1) != config.videoFeatureDim)
        m_videoPositions = torch::constant_pad_nd(m_videoPositions, {0, 1});
}

torch::Tensor GeneratorModelImpl::conditionVector(const torch::Tensor& t, const PreparedConditions& p)
{
    const torch::Tensor time = m_timeOut(torch::silu(m_timeIn(sinusoidalEmbedding(t * 1000.0, m_config.width))));
    return time + p.reference + p.pooledText;
}

PreparedConditions GeneratorModelImpl::prepare(const WindowConditions& c)
{
    const int64_t b = c.video.size(0), p = m_config.patchFrames, tokens = c.video.size(1) / p;
    const torch::Tensor videoTokens =
        c.video.view({b, tokens, p, c.video.size(2)}).mean(2) + m_videoPositions.slice(0, 0, tokens).unsqueeze(0);
    const torch::Tensor adaptedText = semantic(c.text.tokens, videoTokens, c.videoSemantic);
    PreparedConditions prepared;
    prepared.textMask = c.text.mask;
    const torch::Tensor mask = c.text.mask.to(adaptedText.dtype()).unsqueeze(2);
    prepared.pooledText = m_textPool((adaptedText * mask).sum(1) / mask.sum(1).clamp_min(1.0));
    prepared.reference = reference(c.reference, c.referencePresent);
    prepared.videoInput = c.videoAligned.view({-1, 1, 1}) * m_videoIn(videoTokens);
    prepared.temporal = temporal(c.temporal, c.temporalStrength);
    for (DitBlock& block : m_blocks) prepared.text.push_back(block->projectText(adaptedText));
    return prepared;
}

torch::Tensor GeneratorModelImpl::forward(const torch::Tensor& x, const torch::Tensor& t, const WindowConditions& c)
{
    return forward(x, t, prepare(c));
}

torch::Tensor GeneratorModelImpl::forward(const torch::Tensor& x, const torch::Tensor& t, const PreparedConditions& c)
{
    const int64_t b = x.size(0), mels = x.size(1), frames = x.size(2), p = m_config.patchFrames;
    const int64_t tokens = frames / p;
    const torch::Tensor condition = conditionVector(t, c);
    const torch::Tensor patches = x.view({b, mels, tokens, p}).permute({0, 2, 1, 3}).reshape({b, tokens, mels * p});
    torch::Tensor h = m_patchIn(patches) + m_positions.slice(0, 0, tokens).unsqueeze(0) + c.videoInput;
    for (size_t i = 0; i < m_blocks.size(); ++i) h = m_blocks[i](h + c.temporal[i], condition, c.text[i], c.textMask);

    const std::vector<torch::Tensor> mod = m_finalModulation(torch::silu(condition)).unsqueeze(1).chunk(2, 2);
    const torch::Tensor out = m_patchOut(m_finalNorm(h) * (1 + mod[1]) + mod[0]);  // [B, T, M * p]
    return out.view({b, tokens, mels, p}).permute({0, 2, 1, 3}).reshape({b, mels, frames});
}

torch::Tensor GeneratorModelImpl::normalise(const torch::Tensor& logMel) const
{
    return (logMel - m_melMean.view({1, -1, 1})) / m_melStd.view({1, -1, 1});
}

torch::Tensor GeneratorModelImpl::denormalise(const torch::Tensor& normed) const
{
    return normed * m_melStd.view({1, -1, 1}) + m_melMean.view({1, -1, 1});
}

void GeneratorModelImpl::setNormalisation(const torch::Tensor& mean, const torch::Tensor& std)
{
    torch::NoGradGuard noGrad;
    m_melMean.copy_(mean);
    m_melStd.copy_(std.clamp_min(1e-3));
}

std::vector<torch::Tensor> GeneratorModelImpl::zeroInitialisedParameters()
{
    std::vector<torch::Tensor> params = {m_videoIn->weight, m_finalModulation->weight, m_patchOut->weight};
    for (const auto& item : named_parameters())
        if (item.key().find(".modulation.weight") != std::string::npos) params.push_back(item.value());
    return params;
}

double GeneratorModelImpl::flops(double batch, double textTokens) const
{
    return prepareFlops(batch, textTokens) + stepFlops(batch, textTokens);
}

double GeneratorModelImpl::prepareFlops(double batch, double textTokens) const
{
    const double tokens = m_config.windowTokens(), w = m_config.width;
    double total = 2.0 * batch * tokens * m_config.videoFeatureDim * w;
    total += semantic->flops(batch, textTokens, tokens) + temporal->flops(batch, tokens) + reference->flops(batch);
    for (const DitBlock& block : m_blocks) total += block->textProjectionFlops(batch, textTokens);
    return total;
}

double GeneratorModelImpl::stepFlops(double batch, double textTokens) const
{
    const double tokens = m_config.windowTokens(), w = m_config.width;
    const double mp = static_cast<double>(m_config.melBins) * m_config.patchFrames;
    double total = 2.0 * batch * tokens * 2.0 * mp * w;
    for (const DitBlock& block : m_blocks)
        total += block->flops(batch, tokens, textTokens) - block->textProjectionFlops(batch, textTokens);
    return total;
}

}  // namespace foley::inference
