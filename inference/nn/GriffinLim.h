#pragma once

// Internal (torch) header.
#include "core/dsp/MelConfig.h"

#include <ATen/ATen.h>

namespace foley::inference {

// Fallback vocoder for packs without a neural one: mel -> linear magnitude through the pseudo-inverse of core's
// Slaney filterbank, then fast Griffin-Lim (momentum 0.99) with the mel's own STFT. Seeded initial phases.
class GriffinLim {
public:
    explicit GriffinLim(const dsp::MelConfig& config = {});

    // logMel [B, nMels, F] (natural log) -> [B, (F - 1) * hop] samples.
    at::Tensor run(const at::Tensor& logMel, int iterations, at::Generator& generator) const;
    double flops(double frames, int iterations) const;

private:
    dsp::MelConfig m_config;
    at::Tensor m_inverse;  // [bins, nMels]
    at::Tensor m_window;
};

}  // namespace foley::inference
