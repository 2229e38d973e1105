#pragma once

#include "core/types/Result.h"
#include "inference/ArchitectureConfig.h"
#include "inference/pack/ModelPackInfo.h"

#include <cstdint>
#include <string>

namespace foley::inference {

// A model pack with random (untrained) weights, for tests and benchmarks only: it exercises every module at a real
// size but its audio is noise. Its model.json says so ("trainingData": {"kind": "untrained-random"}).
struct RandomPackOptions {
    SizePreset preset = SizePreset::Tiny;
    uint64_t seed = 1;
    bool withVocoder = true;
    // Zero-initialised layers (adaLN-Zero, output, video path) get small random values so the output depends on
    // every input; the temporal branch stays zero (as after initialisation) unless this is set.
    bool perturbTemporalBranch = false;
};

// Writes the pack into `folder` (created if needed). Reseeds libtorch's global generator with options.seed.
Result<ModelPackInfo> makeRandomPack(const std::string& folder, const RandomPackOptions& options);

}  // namespace foley::inference
