#include "inference/training/DifferentiableMel.h"

#include "core/dsp/MelFilterbank.h"

namespace foley::inference {

DifferentiableMel::DifferentiableMel(const dsp::MelConfig& config) : m_config(config)
{
    const dsp::MelFilterbank bank(config);
    std::vector<float> dense = bank.matrix();
    m_filterbank = at::from_blob(dense.data(), {bank.melCount(), bank.binCount()}, at::kFloat).clone();
    m_window = at::hann_window(config.winLength, /*periodic*/ true, at::kFloat);
}

at::Tensor DifferentiableMel::logMel(const at::Tensor& audio) const
{
    const at::Tensor spectrum = at::stft(audio, m_config.nFft, m_config.hop, m_config.winLength, m_window, m_config.center,
                                         "reflect", false, true, true);
    const at::Tensor magnitude = (at::real(spectrum).square() + at::imag(spectrum).square() + 1e-12).sqrt();
    return at::matmul(m_filterbank, magnitude).clamp_min(m_config.logFloor).log();
}

}  // namespace foley::inference
