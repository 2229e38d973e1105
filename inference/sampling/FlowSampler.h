#pragma once

// Internal (torch) header.
#include "inference/Sampler.h"

#include <ATen/ATen.h>

#include <vector>

namespace foley::inference {

// Update rules on the rectified-flow path x_t = (1 - t) x0 + t noise, for a model predicting v = noise - x0.
class FlowSampler {
public:
    FlowSampler(Sampler sampler, int steps, float ddimEta);

    // Times from 1 (noise) down to 0 (data): steps + 1 values.
    const std::vector<double>& times() const { return m_times; }
    int steps() const { return static_cast<int>(m_times.size()) - 1; }
    // The first step of a start from data noised to time `t` (a scaffold at its variation): the steps above it are
    // skipped; at least the last step runs.
    int firstStepFrom(double t) const;

    // One step from times()[i] to times()[i + 1]. Ddim draws its fresh noise from `generator`.
    at::Tensor step(const at::Tensor& x, const at::Tensor& velocity, int i, at::Generator& generator) const;

    // Point of the path at time t for clean data x0 and noise (used to re-noise the known part when inpainting).
    static at::Tensor atTime(const at::Tensor& x0, const at::Tensor& noise, double t);

private:
    Sampler m_sampler;
    double m_eta;
    std::vector<double> m_times;
};

}  // namespace foley::inference
