#pragma once

// Internal (torch) header: the loop both trainers share.
#include "core/types/RunControl.h"
#include "inference/training/TrainingCheckpoint.h"
#include "inference/training/TrainingRun.h"

#include <functional>
#include <optional>
#include <string>

namespace foley::inference {

// What one optimiser step of a trainer reports to the loop.
struct TrainingStep {
    double tracked = 0.0;     // the loss the running average and the checkpoint follow
    double csvLoss = 0.0;                  // loss.csv's "loss" column
    std::optional<double> csvDetail;       // its "detail" column; none = the running average
    std::string logDetail;                 // what the progress line says about the step ("loss 0.41"); "avg" follows
};

// The schedule every trainer runs: until the whole schedule's steps are done, this run's budget is spent or it is
// cancelled, it sets the learning rate, lets the trainer take one step (batch, loss, backward, clipping, optimiser),
// updates the weight average, keeps the loss's running average (0.98) and loss.csv, logs every 20 steps with an
// ETA, checkpoints every `checkpointEverySteps` and at the end. The checkpoint and random streams are the trainer's
// (it has loaded or started them).
class TrainingLoop {
public:
    TrainingLoop(const TrainingOptions& options, RunControl& control, TrainingCheckpoint& checkpoint, const RandomStreams& random,
                 std::string name)
        : m_options(options), m_control(control), m_checkpoint(checkpoint), m_random(random), m_name(std::move(name))
    {}

    // `learningRateAt(step)`; `step()` takes one optimiser step. The checkpoint files are `m_name`.pt and its -ema.
    Result<TrainingSummary> run(torch::nn::Module& model, torch::nn::Module& ema, torch::optim::Optimizer& optimiser,
                                const std::function<double(int64_t step)>& learningRateAt, const std::function<TrainingStep()>& step,
                                const std::string& logPrefix = {});

private:
    const TrainingOptions& m_options;
    RunControl& m_control;
    TrainingCheckpoint& m_checkpoint;
    const RandomStreams& m_random;
    std::string m_name;
};

}  // namespace foley::inference
