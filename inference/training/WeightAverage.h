#pragma once

// Internal (torch) header.
#include <torch/nn/module.h>

namespace foley::inference {

// Exponential moving average of a model's weights (Polyak averaging): ema = decay * ema + (1 - decay) * model for
// every parameter; buffers are copied. The averaged weights are what a pack ships: they smooth out the last steps'
// noise, which a vocoder otherwise draws as faint streaks. decay 0 copies the model.
void updateWeightAverage(torch::nn::Module& ema, torch::nn::Module& model, double decay);

// The decay used by the trainers: 0.99 while the model still moves fast (first 500 steps), then 0.999.
inline double weightAverageDecay(int64_t step) { return step < 500 ? 0.99 : 0.999; }

}  // namespace foley::inference
