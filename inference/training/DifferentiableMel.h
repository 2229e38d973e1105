#pragma once

// Internal (torch) header, for training losses.
#include "core/dsp/MelConfig.h"

#include <ATen/ATen.h>

namespace foley::inference {

// core's mel (MelConfig: STFT, Slaney filterbank from core/dsp, natural log with floor) written with torch ops so a
// loss can back-propagate through it. Matches dsp::MelSpectrogram to float precision (tests/inference checks it).
class DifferentiableMel {
public:
    explicit DifferentiableMel(const dsp::MelConfig& config = {});
    at::Tensor logMel(const at::Tensor& audio) const;  // [B, samples] -> [B, nMels, 1 + samples / hop]

private:
    dsp::MelConfig m_config;
    at::Tensor m_filterbank;  // [nMels, bins]
    at::Tensor m_window;
};

}  // namespace foley::inference
