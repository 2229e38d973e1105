#include "core/media/ExportAudioMixer.h"

#include "core/media/AvError.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace foley::media {
namespace {

constexpr int kInputChunk = 8192;
// Output samples resampled (and dropped) before a segment's start, so the resampler's filter is filled.
constexpr int64_t kResamplerPreroll = 256;

Error mixError(const char* call, int ret)
{
    return avError(ErrorCode::MediaEncodeFailed, "cannot resample the take for export", call, ret);
}

}  // namespace

ExportAudioMixer::ExportAudioMixer(const AudioBuffer& take, int sampleRate)
    : m_take(take)
    , m_sampleRate(sampleRate)
{}

ExportAudioMixer::~ExportAudioMixer() = default;

Result<std::unique_ptr<ExportAudioMixer>> ExportAudioMixer::create(const AudioBuffer& take, int sampleRate, int64_t startPosition)
{
    std::unique_ptr<ExportAudioMixer> mixer(new ExportAudioMixer(take, sampleRate));
    mixer->m_position = startPosition;
    mixer->m_takeFifo.reset(av_audio_fifo_alloc(AV_SAMPLE_FMT_FLTP, 2, kInputChunk));
    if (!mixer->m_takeFifo) return makeError(ErrorCode::MediaEncodeFailed, "out of memory preparing the export audio");
    if (take.isEmpty()) {
        mixer->m_takeDone = true;
        return mixer;
    }
    if (take.sampleRate() <= 0 || take.channels() <= 0)
        return makeError(ErrorCode::InvalidArgument, "the take has no sample rate or channels");

    ChannelLayout inLayout(take.channels());
    ChannelLayout outLayout(2);
    SwrContext* raw = nullptr;
    int ret = swr_alloc_set_opts2(&raw, outLayout.get(), AV_SAMPLE_FMT_FLTP, sampleRate, inLayout.get(), AV_SAMPLE_FMT_FLT,
                                  take.sampleRate(), 0, nullptr);
    mixer->m_resampler.reset(raw);
    if (ret < 0) return mixError("swr_alloc_set_opts2", ret);
    // A mono take is duplicated at full level (FFmpeg's default would lower each side by 3 dB).
    const double duplicate[2] = {1.0, 1.0};
    if (take.channels() == 1) ret = swr_set_matrix(raw, duplicate, 1);
    if (ret >= 0) ret = swr_init(raw);
    if (ret < 0) return mixError("swr_init", ret);
    mixer->m_takeSamples = av_rescale_rnd(static_cast<int64_t>(take.frameCount()), sampleRate, take.sampleRate(), AV_ROUND_UP);
    if (startPosition > 0) mixer->enterTakeAt(startPosition);
    return mixer;
}

// Starts resampling at an input frame whose output time is an exact integer (a multiple of
// inRate / gcd(inRate, outRate)) a little before `startPosition`, and drops the output up to it.
void ExportAudioMixer::enterTakeAt(int64_t startPosition)
{
    const int64_t inRate = m_take.sampleRate();
    const int64_t outRate = m_sampleRate;
    const int64_t step = inRate / std::gcd(inRate, outRate);
    const int64_t preroll = inRate == outRate ? 0 : kResamplerPreroll;
    const int64_t wanted = std::max<int64_t>(0, startPosition - preroll) * inRate / outRate;
    const int64_t cursor = std::min<int64_t>(wanted / step * step, static_cast<int64_t>(m_take.frameCount()));
    m_takeCursor = static_cast<size_t>(cursor);
    m_skip = startPosition - cursor * outRate / inRate;
}

void ExportAudioMixer::setOriginal(AVAudioFifo* fifo, float gain)
{
    m_original = fifo;
    m_originalGain = gain;
}

void ExportAudioMixer::setEnd(int64_t totalSamples, bool fadeOut)
{
    m_end = totalSamples;
    m_fadeOut = fadeOut;
}

Status ExportAudioMixer::refillTake(int needed)
{
    SwrContext* swr = m_resampler.get();
    const size_t frames = m_take.frameCount();
    const size_t channels = static_cast<size_t>(m_take.channels());
    while (!m_takeDone && (m_skip > 0 || av_audio_fifo_size(m_takeFifo.get()) < needed)) {
        const int inCount = static_cast<int>(std::min<size_t>(kInputChunk, frames - m_takeCursor));
        const int capacity = swr_get_out_samples(swr, inCount);
        if (capacity < 0) return mixError("swr_get_out_samples", capacity);
        for (auto& plane : m_scratch) plane.resize(std::max<size_t>(plane.size(), static_cast<size_t>(capacity)));
        uint8_t* out[2] = {reinterpret_cast<uint8_t*>(m_scratch[0].data()), reinterpret_cast<uint8_t*>(m_scratch[1].data())};
        const uint8_t* in[1] = {reinterpret_cast<const uint8_t*>(m_take.data() + m_takeCursor * channels)};
        // Past the end of the take, convert with no input to drain the resampler's delay line.
        const int got = swr_convert(swr, out, capacity, inCount > 0 ? in : nullptr, inCount);
        if (got < 0) return mixError("swr_convert", got);
        m_takeCursor += static_cast<size_t>(inCount);
        if (got > 0) {
            void* planes[2] = {out[0], out[1]};
            const int written = av_audio_fifo_write(m_takeFifo.get(), planes, got);
            if (written < 0) return mixError("av_audio_fifo_write", written);
        }
        if (m_skip > 0) {
            const int dropped = static_cast<int>(std::min<int64_t>(m_skip, av_audio_fifo_size(m_takeFifo.get())));
            const int drained = av_audio_fifo_drain(m_takeFifo.get(), dropped);
            if (drained < 0) return mixError("av_audio_fifo_drain", drained);
            m_skip -= dropped;
        }
        if (inCount == 0 && got == 0) m_takeDone = true;
    }
    return okStatus();
}

Status ExportAudioMixer::mix(int count, float* const* planes)
{
    if (Status status = refillTake(count); !status) return status;
    void* targets[2] = {planes[0], planes[1]};
    const int fromTake = av_audio_fifo_read(m_takeFifo.get(), targets, count);
    if (fromTake < 0) return mixError("av_audio_fifo_read", fromTake);
    for (int c = 0; c < 2; ++c) std::fill(planes[c] + fromTake, planes[c] + count, 0.0f);

    if (m_original) {
        for (auto& plane : m_scratch) plane.resize(std::max<size_t>(plane.size(), static_cast<size_t>(count)));
        void* original[2] = {m_scratch[0].data(), m_scratch[1].data()};
        const int fromOriginal = av_audio_fifo_read(m_original, original, count);
        if (fromOriginal < 0) return mixError("av_audio_fifo_read", fromOriginal);
        for (int c = 0; c < 2; ++c)
            for (int i = 0; i < fromOriginal; ++i) planes[c][i] += m_originalGain * m_scratch[c][i];
    }
    applyFade(count, planes);
    m_position += count;
    return okStatus();
}

void ExportAudioMixer::applyFade(int count, float* const* planes) const
{
    if (!m_fadeOut || m_end < 0) return;
    const int64_t fadeLength = std::max<int64_t>(1, std::llround(kFadeSeconds * m_sampleRate));
    const int64_t fadeStart = m_end - fadeLength;
    for (int i = 0; i < count; ++i) {
        const int64_t position = m_position + i;
        if (position < fadeStart) continue;
        const float gain = position >= m_end ? 0.0f : static_cast<float>(m_end - position) / static_cast<float>(fadeLength);
        planes[0][i] *= gain;
        planes[1][i] *= gain;
    }
}

}  // namespace foley::media
