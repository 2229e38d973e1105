#include "inference/nn/Vocoder.h"

#include <cmath>

namespace foley::inference {

VocoderImpl::VocoderImpl(const ArchitectureConfig& config) : m_config(config)
{
    const int d = config.vocoderDim;
    m_in = register_module("in", torch::nn::Conv1d(torch::nn::Conv1dOptions(config.melBins, d, 7).padding(3)));
    m_inNorm = register_module("inNorm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d}).eps(1e-6)));
    for (int i = 0; i < config.vocoderLayers; ++i) m_blocks.push_back(register_module("block" + std::to_string(i), ConvNextBlock(d)));
    m_outNorm = register_module("outNorm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d}).eps(1e-6)));
    m_head = register_module("head", torch::nn::Linear(d, config.vocoderFft + 2));
    m_window = torch::hann_window(config.vocoderFft, /*periodic*/ true);
}

torch::Tensor VocoderImpl::forward(const torch::Tensor& logMel)
{
    const int64_t frames = logMel.size(2);
    torch::Tensor h = m_inNorm(m_in(logMel).transpose(1, 2)).transpose(1, 2);
    for (ConvNextBlock& block : m_blocks) h = block(h);
    const torch::Tensor out = m_head(m_outNorm(h.transpose(1, 2))).transpose(1, 2);  // [B, fft + 2, F]
    const std::vector<torch::Tensor> parts = out.chunk(2, 1);
    const torch::Tensor magnitude = torch::exp(parts[0].clamp_max(7.0));
    const torch::Tensor spectrum = torch::polar(magnitude, parts[1]);
    const int64_t fft = m_config.vocoderFft;
    return torch::istft(spectrum, fft, kMelHop, fft, m_window, /*center*/ true, /*normalized*/ false,
                        /*onesided*/ true, /*length*/ (frames - 1) * kMelHop);
}

double VocoderImpl::flops(double frames) const
{
    const double d = m_config.vocoderDim, fft = m_config.vocoderFft;
    double total = 2.0 * frames * (7.0 * m_config.melBins * d + d * (fft + 2));
    for (const ConvNextBlock& block : m_blocks) total += block->flops(frames);
    return total + frames * 5.0 * fft * std::log2(fft);  // inverse FFT
}

}  // namespace foley::inference
