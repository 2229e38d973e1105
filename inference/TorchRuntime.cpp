#include "inference/TorchRuntime.h"

#include <torch/version.h>
#include <ATen/ATen.h>
#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace foley::inference {

void configureTorchThreads(int threads)
{
    if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
    if (threads <= 0) threads = 1;
    at::set_num_threads(threads);
}

int torchThreads()
{
    return at::get_num_threads();
}

std::string torchVersion()
{
    return TORCH_VERSION;
}

void configureTorchForTraining()
{
    at::globalContext().setUserEnabledMkldnn(false);
}

double measureMatmulGflops(int n, int repeats)
{
    c10::InferenceMode inferenceMode;
    const at::Tensor a = at::randn({n, n}), b = at::randn({n, n});
    at::matmul(a, b);  // warm-up: BLAS threads, caches
    double best = 1e300;
    for (int i = 0; i < std::max(1, repeats); ++i) {
        const auto start = std::chrono::steady_clock::now();
        const at::Tensor c = at::matmul(a, b);
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return 2.0 * n * static_cast<double>(n) * n / best / 1e9;
}

}  // namespace foley::inference
