#pragma once

#include "core/types/Result.h"

#include <string>

namespace foley::inference {

// How the probability-flow ODE of the rectified-flow model is integrated.
enum class Sampler {
    Euler,  // deterministic Euler steps on the flow ODE (x_t = (1 - t) x_0 + t noise)
    Ddim,   // DDIM update in (alpha, sigma) form with eta-scaled fresh noise; eta 0 equals Euler on this path
};

std::string toString(Sampler sampler);
Result<Sampler> samplerFromString(const std::string& name);  // "euler" | "ddim" (case-insensitive)

}  // namespace foley::inference
