#pragma once

// Internal (torch) header: the files of a resumable training run.
#include "core/types/Result.h"

#include <torch/nn.h>
#include <torch/optim/adamw.h>

#include <string>

namespace foley::inference {

// folder/state.txt ("step N", "loss X"), folder/<name>.pt (weights), folder/<name>-ema.pt, folder/optimiser.pt.
// Writes go to temporary names first, then rename, so a run killed mid-save keeps the previous checkpoint.
struct TrainingCheckpoint {
    std::string folder;
    int64_t step = 0;
    double loss = 0.0;

    bool exists() const;
    Status load(torch::nn::Module& model, torch::nn::Module* ema, torch::optim::Optimizer& optimiser, const std::string& name);
    Status save(torch::nn::Module& model, torch::nn::Module* ema, torch::optim::Optimizer& optimiser, const std::string& name) const;
    std::string path(const std::string& file) const;
};

// Appends "step,seconds,loss,detail" rows to folder/loss.csv (header written once).
void appendLossRow(const std::string& folder, int64_t step, double seconds, double loss, double detail);

}  // namespace foley::inference
