#include "inference/retrieval/SoundLibrary.h"

#include "core/media/AudioDecoder.h"
#include "inference/retrieval/LibraryManifest.h"
#include "core/types/SampleTime.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace {
// Decoded full-quality recordings kept in memory at most (a 60-minute take draws on many; older ones are decoded
// again when needed).
constexpr size_t kRenderCacheBytes = size_t{256} << 20;
}  // namespace

namespace foley::inference {

Result<SoundLibrary> SoundLibrary::open(const std::string& corpusFolder, const std::vector<std::string>& splits)
{
    const std::filesystem::path manifest = std::filesystem::u8path(corpusFolder) / "manifest.csv";
    std::ifstream in(manifest);
    if (!in) return makeError(ErrorCode::IoReadFailed, "no sound library at " + manifest.u8string());
    Result<std::vector<LibraryClip>> clips = parseLibraryManifest(in, {corpusFolder, manifest.u8string(), splits});
    if (!clips) return clips.error();
    return fromClips(*clips);
}

SoundLibrary SoundLibrary::fromClips(const std::vector<LibraryClip>& clips)
{
    SoundLibrary out;
    for (const LibraryClip& clip : clips) {
        out.m_byClass[clip.soundClass].push_back(out.m_clips.size());
        out.m_clips.push_back(clip);
    }
    return out;
}

void SoundLibrary::add(const SoundLibrary& other)
{
    for (const LibraryClip& clip : other.m_clips) {
        m_byClass[clip.soundClass].push_back(m_clips.size());
        m_clips.push_back(clip);
    }
}

SoundLibrary SoundLibrary::filtered(const std::function<bool(const LibraryClip&)>& keep) const
{
    SoundLibrary out;
    for (const LibraryClip& clip : m_clips)
        if (keep(clip)) {
            out.m_byClass[clip.soundClass].push_back(out.m_clips.size());
            out.m_clips.push_back(clip);
        }
    return out;
}

std::vector<std::string> SoundLibrary::classes() const
{
    std::vector<std::string> names;
    for (const auto& [name, indices] : m_byClass) names.push_back(name);
    return names;
}

const std::vector<size_t>& SoundLibrary::clipsOf(const std::string& soundClass) const
{
    static const std::vector<size_t> kNone;
    const auto it = m_byClass.find(soundClass);
    return it == m_byClass.end() ? kNone : it->second;
}

Result<AudioBuffer> SoundLibrary::audio(size_t index) const
{
    if (index >= m_clips.size()) return makeError(ErrorCode::InvalidArgument, "library clip index out of range");
    {
        std::lock_guard<std::mutex> lock(*m_mutex);
        const auto it = m_cache.find(index);
        if (it != m_cache.end()) return it->second;
    }
    media::AudioDecodeOptions options;
    options.sampleRate = kModelRate;
    options.channels = 1;
    Result<AudioBuffer> decoded = media::decodeAudio(m_clips[index].path, options);
    if (!decoded) return decoded.error();
    std::lock_guard<std::mutex> lock(*m_mutex);
    m_cache[index] = *decoded;
    return *decoded;
}

Result<OneShotEvent> SoundLibrary::event(size_t index) const
{
    {
        std::lock_guard<std::mutex> lock(*m_mutex);
        const auto it = m_events.find(index);
        if (it != m_events.end()) return it->second;
    }
    Result<AudioBuffer> decoded = audio(index);
    if (!decoded) return decoded.error();
    OneShotEvent cut = OneShotEvent::cut(decoded->samples());
    std::lock_guard<std::mutex> lock(*m_mutex);
    m_events[index] = cut;
    return cut;
}

}  // namespace foley::inference

namespace foley::inference {

Result<dsp::RecordingDescriptors> SoundLibrary::descriptors(size_t index) const
{
    if (index >= m_clips.size()) return makeError(ErrorCode::InvalidArgument, "library clip index out of range");
    const LibraryClip& clip = m_clips[index];
    if (clip.attacksPerSecond >= 0.0)
        return dsp::RecordingDescriptors{clip.attacksPerSecond, clip.unsteadinessDb, clip.highFrequencyAttacksPerSecond};
    {
        std::lock_guard<std::mutex> lock(*m_mutex);
        const auto it = m_descriptors.find(index);
        if (it != m_descriptors.end()) return it->second;
    }
    Result<AudioBuffer> decoded = audio(index);
    if (!decoded) return decoded.error();
    const dsp::RecordingDescriptors measured =
        dsp::RecordingDescriptors::measure(decoded->data(), static_cast<int64_t>(decoded->frameCount()), decoded->sampleRate());
    std::lock_guard<std::mutex> lock(*m_mutex);
    m_descriptors[index] = measured;
    return measured;
}

Result<AudioBuffer> SoundLibrary::renderAudio(size_t index, int sampleRate) const
{
    if (index >= m_clips.size()) return makeError(ErrorCode::InvalidArgument, "library clip index out of range");
    const std::pair<size_t, int> key{index, sampleRate};
    {
        std::lock_guard<std::mutex> lock(*m_mutex);
        const auto it = m_renderCache.find(key);
        if (it != m_renderCache.end()) return it->second;
    }
    const LibraryClip& clip = m_clips[index];
    media::AudioDecodeOptions options;
    options.sampleRate = sampleRate;
    options.channels = clip.nativeChannels > 2 ? 2 : 0;
    Result<AudioBuffer> decoded = media::decodeAudio(clip.renderPath(), options);
    if (decoded && decoded->channels() > 2) {  // the manifest did not know: let the decoder mix it down properly
        options.channels = 2;
        decoded = media::decodeAudio(clip.renderPath(), options);
    }
    if (!decoded) return decoded.error();
    if (decoded->isEmpty()) return makeError(ErrorCode::MediaDecodeFailed, "'" + clip.renderPath() + "' holds no audio");
    std::lock_guard<std::mutex> lock(*m_mutex);
    m_renderCache[key] = *decoded;
    m_renderOrder.push_back(key);
    m_renderCacheBytes += decoded->samples().size() * sizeof(float);
    while (m_renderCacheBytes > kRenderCacheBytes && m_renderOrder.size() > 1) {
        const auto oldest = m_renderCache.find(m_renderOrder.front());
        m_renderCacheBytes -= oldest->second.samples().size() * sizeof(float);
        m_renderCache.erase(oldest);
        m_renderOrder.erase(m_renderOrder.begin());
    }
    return *decoded;
}

}  // namespace foley::inference
