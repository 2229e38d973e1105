#pragma once

#include <string>

namespace foley::inference {

// Process-wide libtorch settings. libtorch on Debian defaults to one intra-op thread; FoleyForge uses every core.
void configureTorchThreads(int threads = 0);  // 0 = std::thread::hardware_concurrency()
int torchThreads();
std::string torchVersion();

}  // namespace foley::inference
