#pragma once

#include <string>

namespace foley::inference {

// Process-wide libtorch settings. libtorch on Debian defaults to one intra-op thread; FoleyForge uses every core.
void configureTorchThreads(int threads = 0);  // 0 = std::thread::hardware_concurrency()
int torchThreads();
std::string torchVersion();

// Training needs correct convolution gradients: this libtorch's oneDNN (mkldnn) convolution backward returns wrong
// gradients (measured: a Conv1d's bias gradient differed between two identical backward passes and from the native
// kernel). Turns oneDNN off process-wide; the training losses call it. Inference keeps oneDNN (forward is correct).
void configureTorchForTraining();

// Achieved GFLOP/s of an n x n x n float torch::matmul with the current threads (best of `repeats`), the peak the
// benchmarks compare the denoiser against.
double measureMatmulGflops(int n = 1024, int repeats = 10);

}  // namespace foley::inference
