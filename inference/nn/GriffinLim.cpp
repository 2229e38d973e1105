#include "inference/nn/GriffinLim.h"

#include "core/dsp/MelFilterbank.h"

#include <cmath>

namespace foley::inference {

GriffinLim::GriffinLim(const dsp::MelConfig& config) : m_config(config)
{
    const dsp::MelFilterbank bank(config);
    std::vector<float> dense = bank.matrix();
    const at::Tensor matrix = at::from_blob(dense.data(), {bank.melCount(), bank.binCount()}, at::kFloat).clone();
    m_inverse = at::linalg_pinv(matrix);
    m_window = at::hann_window(config.winLength, /*periodic*/ true, at::kFloat);
}

at::Tensor GriffinLim::run(const at::Tensor& logMel, int iterations, at::Generator& generator) const
{
    const int64_t frames = logMel.size(2);
    const int64_t length = (frames - 1) * m_config.hop;
    const int n = m_config.nFft, hop = m_config.hop, win = m_config.winLength;
    const at::Tensor magnitude = at::matmul(m_inverse, logMel.exp()).clamp_min(0.0);  // [B, bins, F]
    const at::Tensor phase = at::rand(magnitude.sizes(), generator, at::kFloat) * (2.0 * M_PI);
    at::Tensor angles = at::polar(at::ones_like(magnitude), phase);
    at::Tensor previous = at::zeros_like(angles);
    constexpr double kMomentum = 0.99;
    for (int i = 0; i < iterations; ++i) {
        const at::Tensor signal = at::istft(magnitude * angles, n, hop, win, m_window, true, false, true, length);
        const at::Tensor rebuilt = at::stft(signal, n, hop, win, m_window, true, "reflect", false, true, true);
        angles = rebuilt - previous * (kMomentum / (1.0 + kMomentum));
        angles = angles / angles.abs().clamp_min(1e-8);
        previous = rebuilt;
    }
    return at::istft(magnitude * angles, n, hop, win, m_window, true, false, true, length);
}

double GriffinLim::flops(double frames, int iterations) const
{
    const double fft = 5.0 * m_config.nFft * std::log2(static_cast<double>(m_config.nFft));
    return frames * (2.0 * m_config.nMels * m_config.bins() + (2.0 * iterations + 1.0) * fft);
}

}  // namespace foley::inference
