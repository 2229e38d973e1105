#pragma once

#include <vector>

namespace foley::dsp {

// Periodic Hann window of `length` samples (the STFT convention: sums to a constant at hop = length/4).
std::vector<float> hannWindow(int length);

}  // namespace foley::dsp
