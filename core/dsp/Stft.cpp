#include "core/dsp/Stft.h"

#include "core/dsp/FftwPlanCache.h"
#include "core/dsp/Window.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

struct Stft::Buffers {
    explicit Buffers(int nFft) : frame(static_cast<size_t>(nFft)), spectrum(static_cast<size_t>(nFft / 2 + 1)) {}
    FftwBuffer<float> frame;
    FftwBuffer<fftwf_complex> spectrum;
    fftwf_plan plan = nullptr;
};

namespace {

// numpy "reflect" padding: mirror around the edge samples without repeating them, folding as often as needed.
int64_t reflectIndex(int64_t i, int64_t n)
{
    if (n == 1) return 0;
    const int64_t period = 2 * (n - 1);
    i %= period;
    if (i < 0) i += period;
    return i < n ? i : period - i;
}

}  // namespace

Stft::Stft(const StftConfig& config)
    : m_config(config)
    , m_window(static_cast<size_t>(config.nFft), 0.0f)
    , m_buffers(std::make_unique<Buffers>(config.nFft))
{
    const std::vector<float> hann = hannWindow(std::min(config.winLength, config.nFft));
    const size_t offset = (static_cast<size_t>(config.nFft) - hann.size()) / 2;
    std::copy(hann.begin(), hann.end(), m_window.begin() + static_cast<std::ptrdiff_t>(offset));
    m_buffers->plan = FftwPlanCache::r2c1d(config.nFft);
}

Stft::~Stft() = default;
Stft::Stft(Stft&&) noexcept = default;
Stft& Stft::operator=(Stft&&) noexcept = default;

int64_t Stft::frameCount(int64_t samples) const
{
    if (samples <= 0 || m_config.hop <= 0) return 0;
    if (m_config.center) return 1 + samples / m_config.hop;
    return samples < m_config.nFft ? 0 : 1 + (samples - m_config.nFft) / m_config.hop;
}

void Stft::loadFrame(const float* x, int64_t n, int64_t frame)
{
    const int nFft = m_config.nFft;
    const int64_t start = frame * m_config.hop - (m_config.center ? nFft / 2 : 0);
    float* out = m_buffers->frame.data();
    const float* w = m_window.data();
    if (start >= 0 && start + nFft <= n) {
        const float* in = x + start;
        for (int j = 0; j < nFft; ++j) out[j] = w[j] * in[j];
        return;
    }
    for (int j = 0; j < nFft; ++j) {
        const int64_t i = start + j;
        const float sample = (i >= 0 && i < n) ? x[i] : (n > 0 ? x[reflectIndex(i, n)] : 0.0f);
        out[j] = w[j] * sample;
    }
}

void Stft::transform()
{
    fftwf_execute_dft_r2c(m_buffers->plan, m_buffers->frame.data(), m_buffers->spectrum.data());
}

void Stft::spectrum(const float* x, int64_t n, int64_t frame, std::complex<float>* out)
{
    loadFrame(x, n, frame);
    transform();
    const fftwf_complex* s = m_buffers->spectrum.data();
    for (int k = 0; k < binCount(); ++k) out[k] = {s[k][0], s[k][1]};
}

void Stft::magnitude(const float* x, int64_t n, int64_t frame, float* out)
{
    loadFrame(x, n, frame);
    transform();
    const fftwf_complex* s = m_buffers->spectrum.data();
    const int bins = binCount();
    for (int k = 0; k < bins; ++k) out[k] = std::sqrt(s[k][0] * s[k][0] + s[k][1] * s[k][1]);
}

std::vector<float> Stft::magnitudes(const float* x, int64_t n)
{
    const int64_t frames = frameCount(n);
    const size_t bins = static_cast<size_t>(binCount());
    std::vector<float> result(static_cast<size_t>(frames) * bins);
    for (int64_t f = 0; f < frames; ++f) magnitude(x, n, f, result.data() + static_cast<size_t>(f) * bins);
    return result;
}

}  // namespace foley::dsp
