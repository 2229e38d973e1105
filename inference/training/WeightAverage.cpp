#include "inference/training/WeightAverage.h"

#include <torch/torch.h>

namespace foley::inference {

void updateWeightAverage(torch::nn::Module& ema, torch::nn::Module& model, double decay)
{
    torch::NoGradGuard noGrad;
    auto target = ema.named_parameters(), source = model.named_parameters();
    for (const auto& item : source) target[item.key()].mul_(decay).add_(item.value(), 1.0 - decay);
    auto targetBuffers = ema.named_buffers(), sourceBuffers = model.named_buffers();
    for (const auto& item : sourceBuffers) targetBuffers[item.key()].copy_(item.value());
}

}  // namespace foley::inference
