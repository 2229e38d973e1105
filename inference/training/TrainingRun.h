#pragma once

// Public (torch-free) entry points of the trainer: foleyforge-train calls these. Every run is resumable: it
// writes a checkpoint folder (weights, optimiser state, step, vocabulary, normalisation) and a loss CSV, and a
// later run with the same folder continues where the last one stopped.
#include "core/types/Result.h"
#include "core/types/RunControl.h"
#include "inference/ArchitectureConfig.h"

#include <functional>
#include <string>

namespace foley::inference {

struct TrainingOptions {
    std::string corpusFolder;      // corpus built by `foleyforge-train corpus` (its train split is used)
    std::string checkpointFolder;  // created if missing; resumed if it holds a checkpoint
    SizePreset size = SizePreset::Default;
    int64_t totalSteps = 4000;     // the whole schedule (learning-rate decay), over all resumed runs
    double minutes = 110.0;        // wall-clock budget of this run; it checkpoints and stops when spent
    int64_t runSteps = 0;          // step budget of this run (0 = none); it checkpoints and stops when spent
    int batch = 24;
    double learningRate = 3e-4;
    int threads = 2;
    uint64_t seed = 1;
    int checkpointEverySteps = 100;
    std::function<void(const std::string&)> log;  // progress lines (step, loss, ETA)
};

struct TrainingSummary {
    int64_t stepsDone = 0;        // in the whole schedule
    int64_t stepsThisRun = 0;
    double secondsThisRun = 0.0;
    double lastLoss = 0.0;
    bool finished = false;        // totalSteps reached
};

// Whether this run has used up its wall-clock or step budget.
inline bool budgetSpent(const TrainingOptions& o, int64_t stepsThisRun, double seconds)
{
    return seconds >= o.minutes * 60.0 || (o.runSteps > 0 && stepsThisRun >= o.runSteps);
}

Result<TrainingSummary> trainGenerator(const TrainingOptions& options, RunControl& control);
Result<TrainingSummary> trainVocoder(const TrainingOptions& options, RunControl& control);

// Writes a model pack from the generator and vocoder checkpoints (the generator's EMA weights).
struct PackOptions {
    std::string generatorCheckpoint;
    std::string vocoderCheckpoint;  // empty = no neural vocoder (Griffin-Lim)
    std::string outFolder;
    std::string name = "foleyforge-default";
    std::string version = "1";
    std::string trainingDataJson = "{}";
    std::string metricsJson = "{}";
};
Status writePackFromCheckpoints(const PackOptions& options);

}  // namespace foley::inference
