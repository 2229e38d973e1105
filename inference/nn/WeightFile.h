#pragma once

// Internal (torch) header.
#include "core/types/Result.h"

#include <torch/nn.h>

#include <string>

namespace foley::inference {

// Saves every parameter and buffer of `module` (flat dotted names) into one torch archive.
Status saveWeights(torch::nn::Module& module, const std::string& path);

// Loads weights saved by saveWeights into a module of the pack's architecture. A missing, extra or differently
// shaped tensor is refused with InferencePackShape naming the parameter (and both shapes); an unreadable file
// with InferencePackInvalid.
Status loadWeights(torch::nn::Module& module, const std::string& path);

}  // namespace foley::inference
