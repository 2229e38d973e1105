#include "inference/training/TrainingLoop.h"

#include "inference/training/WeightAverage.h"

#include <chrono>
#include <sstream>

namespace foley::inference {

Result<TrainingSummary> TrainingLoop::run(torch::nn::Module& model, torch::nn::Module& ema, torch::optim::Optimizer& optimiser,
                                          const std::function<double(int64_t step)>& learningRateAt,
                                          const std::function<TrainingStep()>& step, const std::string& logPrefix)
{
    using Clock = std::chrono::steady_clock;
    constexpr int64_t kLogEverySteps = 20;
    constexpr double kAverageKeep = 0.98, kAverageNew = 0.02;
    TrainingSummary summary;
    const auto start = Clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    TrainingCheckpoint& checkpoint = m_checkpoint;
    double average = checkpoint.loss > 0 ? checkpoint.loss : 0.0;
    while (checkpoint.step < m_options.totalSteps && !budgetSpent(m_options, summary.stepsThisRun, elapsed()) && !m_control.isCancelled()) {
        for (auto& group : optimiser.param_groups())
            static_cast<torch::optim::AdamWOptions&>(group.options()).lr(learningRateAt(checkpoint.step));
        const TrainingStep taken = step();
        updateWeightAverage(ema, model, weightAverageDecay(checkpoint.step));
        ++checkpoint.step;
        ++summary.stepsThisRun;
        average = average > 0 ? kAverageKeep * average + kAverageNew * taken.tracked : taken.tracked;
        checkpoint.loss = average;
        appendLossRow(m_options.checkpointFolder, checkpoint.step, elapsed(), taken.csvLoss, taken.csvDetail.value_or(average));
        if (checkpoint.step % kLogEverySteps == 0) {
            const double perStep = elapsed() / static_cast<double>(summary.stepsThisRun);
            std::ostringstream line;
            line << logPrefix << "step " << checkpoint.step << "/" << m_options.totalSteps << "  " << taken.logDetail << "  avg " << average << "  " << perStep
                 << " s/step  ETA " << static_cast<int>(perStep * static_cast<double>(m_options.totalSteps - checkpoint.step) / 60) << " min";
            if (m_options.log) m_options.log(line.str());
            m_control.report(static_cast<double>(checkpoint.step) / static_cast<double>(m_options.totalSteps));
        }
        if (checkpoint.step % m_options.checkpointEverySteps == 0)
            if (Status s = checkpoint.save(model, &ema, optimiser, m_name, m_random); !s) return s.error();
    }
    if (Status s = checkpoint.save(model, &ema, optimiser, m_name, m_random); !s) return s.error();
    summary.stepsDone = checkpoint.step;
    summary.secondsThisRun = elapsed();
    summary.lastLoss = average;
    summary.finished = checkpoint.step >= m_options.totalSteps;
    return summary;
}

}  // namespace foley::inference
