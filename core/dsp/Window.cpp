#include "core/dsp/Window.h"

#include <cmath>

namespace foley::dsp {

std::vector<float> hannWindow(int length)
{
    std::vector<float> window(static_cast<size_t>(length > 0 ? length : 0));
    const double twoPi = 2.0 * 3.14159265358979323846;
    for (int n = 0; n < length; ++n)
        window[static_cast<size_t>(n)] = static_cast<float>(0.5 - 0.5 * std::cos(twoPi * n / length));
    return window;
}

}  // namespace foley::dsp
