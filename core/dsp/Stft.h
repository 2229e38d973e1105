#pragma once

#include "core/dsp/MelConfig.h"

#include <complex>
#include <cstdint>
#include <memory>
#include <vector>

namespace foley::dsp {

struct StftConfig {
    int nFft = 1024;
    int winLength = 1024;  // periodic Hann, centred (zero-padded) inside nFft
    int hop = 160;
    bool center = true;    // frame k centred on sample k * hop, reflect padding (MelConfig documents it)

    static StftConfig fromMel(const MelConfig& mel) { return {mel.nFft, mel.winLength, mel.hop, mel.center}; }
};

// Short-time Fourier transform on FFTW3 (single precision). The FFT plan is shared process-wide and made
// once; each Stft owns its aligned work buffers, so use one instance per thread.
class Stft {
public:
    explicit Stft(const StftConfig& config = {});
    ~Stft();
    Stft(Stft&&) noexcept;
    Stft& operator=(Stft&&) noexcept;
    Stft(const Stft&) = delete;
    Stft& operator=(const Stft&) = delete;

    const StftConfig& config() const { return m_config; }
    int binCount() const { return m_config.nFft / 2 + 1; }
    int64_t frameCount(int64_t samples) const;
    // The analysis window, nFft long (Hann of winLength centred, zeros around it).
    const std::vector<float>& window() const { return m_window; }

    // Spectrum of frame `frame` of x[0, n): binCount() complex values, X[k] = sum_j w[j] x[start+j] e^{-2 pi i jk/N}.
    void spectrum(const float* x, int64_t n, int64_t frame, std::complex<float>* out);
    // |X[k]| of frame `frame`: binCount() values.
    void magnitude(const float* x, int64_t n, int64_t frame, float* out);
    // Magnitudes of all frames: frameCount(n) x binCount(), row-major.
    std::vector<float> magnitudes(const float* x, int64_t n);

private:
    void loadFrame(const float* x, int64_t n, int64_t frame);
    void transform();

    struct Buffers;
    StftConfig m_config;
    std::vector<float> m_window;
    std::unique_ptr<Buffers> m_buffers;
};

}  // namespace foley::dsp
