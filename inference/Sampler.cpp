#include "inference/Sampler.h"

#include <algorithm>
#include <cctype>

namespace foley::inference {

std::string toString(Sampler sampler)
{
    switch (sampler) {
    case Sampler::Euler: return "euler";
    case Sampler::Ddim: return "ddim";
    }
    return "euler";
}

Result<Sampler> samplerFromString(const std::string& name)
{
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "euler") return Sampler::Euler;
    if (lower == "ddim") return Sampler::Ddim;
    return makeError(ErrorCode::InvalidArgument, "unknown sampler '" + name + "' (expected euler or ddim)");
}

}  // namespace foley::inference
