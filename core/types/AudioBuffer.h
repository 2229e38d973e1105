#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace foley {

// Interleaved float audio whose samples are shared immutably, so it crosses threads by value.
class AudioBuffer {
public:
    AudioBuffer() = default;
    AudioBuffer(std::vector<float> interleaved, int sampleRate, int channels)
        : m_samples(std::make_shared<const std::vector<float>>(std::move(interleaved)))
        , m_sampleRate(sampleRate)
        , m_channels(channels)
    {}

    int sampleRate() const { return m_sampleRate; }
    int channels() const { return m_channels; }
    bool isEmpty() const { return frameCount() == 0; }
    size_t frameCount() const { return m_samples && m_channels > 0 ? m_samples->size() / static_cast<size_t>(m_channels) : 0; }
    double durationSeconds() const { return m_sampleRate > 0 ? static_cast<double>(frameCount()) / m_sampleRate : 0.0; }

    const float* data() const { return m_samples ? m_samples->data() : nullptr; }
    const std::vector<float>& samples() const { static const std::vector<float> kEmpty; return m_samples ? *m_samples : kEmpty; }
    float at(size_t frame, int channel = 0) const { return (*m_samples)[frame * static_cast<size_t>(m_channels) + static_cast<size_t>(channel)]; }

    // Mono mix-down (mean of the channels); returns *this when already mono.
    AudioBuffer toMono() const;

private:
    std::shared_ptr<const std::vector<float>> m_samples;
    int m_sampleRate = 0;
    int m_channels = 0;
};

}  // namespace foley
