#include "core/types/AudioSink.h"

namespace foley {

Status BufferAudioSink::begin(int sampleRate, int channels)
{
    if (sampleRate <= 0 || channels <= 0) return makeError(ErrorCode::InvalidArgument, "audio needs a sample rate and channels");
    m_sampleRate = sampleRate;
    m_channels = channels;
    m_samples.clear();
    return okStatus();
}

Status BufferAudioSink::write(const float* interleaved, int64_t frames)
{
    m_samples.insert(m_samples.end(), interleaved, interleaved + frames * m_channels);
    return okStatus();
}

AudioBuffer BufferAudioSink::take()
{
    return AudioBuffer(std::move(m_samples), m_sampleRate, m_channels);
}

}  // namespace foley
