#include "inference/sampling/FlowSampler.h"

#include <algorithm>
#include <cmath>

namespace foley::inference {

FlowSampler::FlowSampler(Sampler sampler, int steps, float ddimEta)
    : m_sampler(sampler), m_eta(std::clamp(static_cast<double>(ddimEta), 0.0, 1.0))
{
    steps = std::max(1, steps);
    for (int i = 0; i <= steps; ++i) m_times.push_back(1.0 - static_cast<double>(i) / steps);
}

int FlowSampler::firstStepFrom(double t) const
{
    int first = 0;
    while (first + 1 < steps() && m_times[static_cast<size_t>(first)] > t + 1e-9) ++first;
    return first;
}

at::Tensor FlowSampler::step(const at::Tensor& x, const at::Tensor& velocity, int i, at::Generator& generator) const
{
    const double t = m_times[static_cast<size_t>(i)], s = m_times[static_cast<size_t>(i) + 1];
    if (m_sampler == Sampler::Euler || m_eta == 0.0) return x + (s - t) * velocity;

    // DDIM in the variance-preserving frame: the path is a scaled VP path with k = sqrt(alpha^2 + sigma^2).
    const at::Tensor x0 = x - t * velocity;
    const at::Tensor noise = x + (1.0 - t) * velocity;
    const double kt = std::sqrt((1 - t) * (1 - t) + t * t), ks = std::sqrt((1 - s) * (1 - s) + s * s);
    const double at_ = (1 - t) / kt, st = t / kt, as = (1 - s) / ks, ss = s / ks;
    double c = 0.0;
    if (st > 0.0 && as > 0.0) c = m_eta * (ss / st) * std::sqrt(std::max(0.0, 1.0 - (at_ * at_) / (as * as)));
    const double keep = std::sqrt(std::max(0.0, ss * ss - c * c));
    at::Tensor next = as * x0 + keep * noise;
    if (c > 0.0) next = next + c * at::randn(x.sizes(), generator, x.scalar_type());
    return ks * next;
}

at::Tensor FlowSampler::atTime(const at::Tensor& x0, const at::Tensor& noise, double t)
{
    return (1.0 - t) * x0 + t * noise;
}

}  // namespace foley::inference
