#include "inference/TorchRuntime.h"

#include <torch/version.h>
#include <ATen/Parallel.h>

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

}  // namespace foley::inference
