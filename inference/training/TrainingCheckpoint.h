#pragma once

// Internal (torch) header: the files of a resumable training run.
#include "core/types/Result.h"

#include <ATen/core/Generator.h>
#include <torch/nn.h>
#include <torch/optim/adamw.h>

#include <random>
#include <string>
#include <vector>

namespace foley::inference {

// The random streams of a training run. Saved with the checkpoint and restored on resume, a run that stops and
// resumes draws exactly what an uninterrupted run draws, so both end with the same weights.
struct RandomStreams {
    std::vector<at::Generator> torch;     // e.g. the run's own generator and libtorch's default CPU generator
    std::mt19937_64* engine = nullptr;    // the data sampler's engine, when the run has one
};

// folder/state.txt ("step N", "loss X"), folder/<name>.pt (weights), folder/<name>-ema.pt, folder/optimiser.pt,
// folder/random.pt (RandomStreams). Writes go to temporary names first, then rename, so a run killed mid-save keeps
// the previous checkpoint.
struct TrainingCheckpoint {
    std::string folder;
    int64_t step = 0;
    double loss = 0.0;

    bool exists() const;
    Status load(torch::nn::Module& model, torch::nn::Module* ema, torch::optim::Optimizer& optimiser, const std::string& name);
    Status save(torch::nn::Module& model, torch::nn::Module* ema, torch::optim::Optimizer& optimiser, const std::string& name,
                const RandomStreams& random) const;
    // Puts the streams back where the checkpoint left them. A checkpoint from before random.pt existed leaves them
    // as they are (the run then continues on freshly seeded streams).
    Status restore(RandomStreams& random) const;
    std::string path(const std::string& file) const;
};

// Appends "step,seconds,loss,detail" rows to folder/loss.csv (header written once).
void appendLossRow(const std::string& folder, int64_t step, double seconds, double loss, double detail);

}  // namespace foley::inference
