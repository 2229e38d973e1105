#include "core/types/AudioBuffer.h"

namespace foley {

AudioBuffer AudioBuffer::toMono() const
{
    if (m_channels <= 1) return *this;
    const size_t frames = frameCount();
    std::vector<float> mono(frames);
    const float scale = 1.0f / static_cast<float>(m_channels);
    for (size_t f = 0; f < frames; ++f) {
        float sum = 0.0f;
        for (int c = 0; c < m_channels; ++c) sum += at(f, c);
        mono[f] = sum * scale;
    }
    return AudioBuffer(std::move(mono), m_sampleRate, 1);
}

}  // namespace foley
