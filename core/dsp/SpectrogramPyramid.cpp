#include "core/dsp/SpectrogramPyramid.h"

#include <algorithm>
#include <cmath>

namespace foley::dsp {

Result<SpectrogramPyramid> SpectrogramPyramid::build(const float* samples, int64_t count, const MelConfig& config,
                                                     const SpectrogramPyramidOptions& options, const RunControl* control)
{
    if (const std::string problem = config.validate(); !problem.empty())
        return makeError(ErrorCode::InvalidArgument, "invalid mel configuration: " + problem);
    SpectrogramPyramid pyramid;
    pyramid.m_config = config;
    pyramid.m_scale = options.scale;
    pyramid.m_frequency = options.frequency;
    const bool linear = options.frequency == FrequencyScale::Linear;
    pyramid.m_bins = linear ? std::clamp(options.linearBands, 1, config.bins()) : config.nMels;
    MelSpectrogram mel(config);
    const int64_t frames = mel.frameCount(count);
    const size_t mels = static_cast<size_t>(pyramid.m_bins);
    std::vector<float> level0(static_cast<size_t>(frames) * mels);
    const int64_t chunk = std::max<int64_t>(1, options.chunkFrames);
    for (int64_t first = 0; first < frames; first += chunk) {
        if (control && control->isCancelled()) return makeError(ErrorCode::Cancelled, "spectrogram cancelled");
        const int64_t n = std::min(chunk, frames - first);
        float* out = level0.data() + static_cast<size_t>(first) * mels;
        if (linear) mel.computeLinearFrames(samples, count, first, n, pyramid.m_bins, options.scale, out);
        else mel.computeFrames(samples, count, first, n, options.scale, out);
        if (control) control->report(0.95 * static_cast<double>(first + n) / static_cast<double>(frames));
    }
    pyramid.m_levels.push_back(std::move(level0));
    pyramid.buildUpperLevels(std::max<int64_t>(1, options.minTopFrames));
    if (control) control->report(1.0);
    return pyramid;
}

Result<SpectrogramPyramid> SpectrogramPyramid::build(const AudioBuffer& audio, const MelConfig& config,
                                                     const SpectrogramPyramidOptions& options, const RunControl* control)
{
    if (audio.channels() != 1 || audio.sampleRate() != config.sampleRate)
        return makeError(ErrorCode::InvalidArgument,
                         "spectrogram needs mono " + std::to_string(config.sampleRate) + " Hz audio, got "
                             + std::to_string(audio.channels()) + " channel(s) at " + std::to_string(audio.sampleRate()) + " Hz");
    return build(audio.data(), static_cast<int64_t>(audio.frameCount()), config, options, control);
}

void SpectrogramPyramid::buildUpperLevels(int64_t minTopFrames)
{
    const size_t mels = static_cast<size_t>(m_bins);
    while (frameCount(levelCount() - 1) > minTopFrames) {
        const std::vector<float>& below = m_levels.back();
        const int64_t belowFrames = frameCount(levelCount() - 1);
        const int64_t frames = (belowFrames + 1) / 2;
        std::vector<float> level(static_cast<size_t>(frames) * mels);
        for (int64_t j = 0; j < frames; ++j) {
            const float* a = below.data() + static_cast<size_t>(2 * j) * mels;
            const float* b = 2 * j + 1 < belowFrames ? a + mels : a;  // an odd last frame pools alone
            float* out = level.data() + static_cast<size_t>(j) * mels;
            for (size_t m = 0; m < mels; ++m) out[m] = std::max(a[m], b[m]);
        }
        m_levels.push_back(std::move(level));
    }
}

int64_t SpectrogramPyramid::frameCount(int level) const
{
    if (level < 0 || level >= levelCount() || m_bins <= 0) return 0;
    return static_cast<int64_t>(m_levels[static_cast<size_t>(level)].size() / static_cast<size_t>(m_bins));
}

int SpectrogramPyramid::levelFor(double framesPerPixel) const
{
    if (!(framesPerPixel > 1.0) || levelCount() == 0) return 0;
    const int level = static_cast<int>(std::floor(std::log2(framesPerPixel) + 1e-9));
    return std::clamp(level, 0, levelCount() - 1);
}

SpectrogramSlice SpectrogramPyramid::query(int level, int64_t firstFrame, int64_t frames) const
{
    SpectrogramSlice slice;
    slice.level = level;
    slice.melCount = m_bins;
    const int64_t available = frameCount(level);
    const int64_t begin = std::clamp<int64_t>(firstFrame, 0, available);
    const int64_t end = std::clamp<int64_t>(firstFrame + std::max<int64_t>(0, frames), begin, available);
    slice.firstFrame = begin;
    slice.frameCount = end - begin;
    if (slice.frameCount > 0)
        slice.values = m_levels[static_cast<size_t>(level)].data() + static_cast<size_t>(begin) * static_cast<size_t>(slice.melCount);
    return slice;
}

}  // namespace foley::dsp
