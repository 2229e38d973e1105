#pragma once

#include <cstddef>
#include <vector>

namespace foley::dsp {

// Inter-sample ("true") peaks after ITU-R BS.1770-4 Annex 2: the signal is oversampled 4x with a windowed-sinc
// interpolator (24 input samples each side, Blackman window: with 12, content near 20 kHz read up to 0.5 dB low) and the largest magnitude taken. Sample k of the
// envelope covers the original sample k and the three interpolated points that follow it, over every channel.
class TruePeak {
public:
    static constexpr int kOversampling = 4;
    static constexpr int kHalfTaps = 24;

    TruePeak();

    // Per-frame peak magnitude (linear, full scale = 1.0) of interleaved audio.
    std::vector<float> envelope(const float* interleaved, size_t frames, int channels) const;
    // The largest value of envelope(); 0 for silence or no frames.
    double peakLinear(const float* interleaved, size_t frames, int channels) const;

private:
    double interpolate(const float* interleaved, size_t frames, int channels, size_t frame, int channel, int phase) const;

    // m_coefficients[phase][k + kHalfTaps - 1]: weight of sample frame+k for the point frame + phase / 4.
    std::vector<std::vector<double>> m_coefficients;
};

// 20 log10(linear); -infinity for 0.
double linearToDb(double linear);
double dbToLinear(double db);

}  // namespace foley::dsp
