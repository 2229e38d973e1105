#pragma once

#include "core/types/Result.h"
#include "inference/ArchitectureConfig.h"

namespace foley::inference {

// Cost of one optimiser step of the generator (forward + backward + AdamW) on random data of the right shapes, to
// plan a training run (<= 2 h on this machine). No Qt, no torch in this header: benchmarks call it.
struct TrainingStepTiming {
    double milliseconds = 0.0;  // best of the measured steps
    double parameters = 0.0;    // generator parameters
    double forwardFlops = 0.0;  // analytic, one forward of the batch
    int batch = 0;
};

Result<TrainingStepTiming> measureGeneratorTrainingStep(const ArchitectureConfig& config, int batch, int repeats);

}  // namespace foley::inference
