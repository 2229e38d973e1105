#include "inference/retrieval/SoundLibrary.h"

#include "core/media/AudioDecoder.h"
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

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back().push_back('"');
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                fields.back().push_back(ch);
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            fields.emplace_back();
        } else if (ch != '\r' && ch != '\n') {
            fields.back().push_back(ch);
        }
    }
    return fields;
}

Result<SoundLibrary> SoundLibrary::open(const std::string& corpusFolder, const std::vector<std::string>& splits)
{
    namespace fs = std::filesystem;
    const fs::path manifest = fs::u8path(corpusFolder) / "manifest.csv";
    std::ifstream in(manifest);
    if (!in) return makeError(ErrorCode::IoReadFailed, "no sound library at " + manifest.u8string());
    std::string line;
    std::getline(in, line);
    const std::vector<std::string> header = splitCsvLine(line);
    auto column = [&](const char* name) {
        const auto it = std::find(header.begin(), header.end(), name);
        return it == header.end() ? -1 : static_cast<int>(it - header.begin());
    };
    const int cId = column("id"), cClass = column("class"), cSplit = column("split"), cPackage = column("package"),
              cLicence = column("licence"), cSource = column("source"), cDuration = column("duration_s"), cPath = column("path"),
              cNative = column("native_path"), cRate = column("sample_rate"), cChannels = column("channels"),
              cAttacks = column("attacks_per_s"), cUnsteadiness = column("unsteadiness_db"), cHfAttacks = column("hf_attacks_per_s");
    if (cClass < 0 || cSplit < 0 || cPath < 0)
        return makeError(ErrorCode::IoParseFailed, manifest.u8string() + " lacks the class, split or path column");
    SoundLibrary library;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const std::vector<std::string> f = splitCsvLine(line);
        if (static_cast<int>(f.size()) < static_cast<int>(header.size())) continue;
        LibraryClip clip;
        clip.id = cId >= 0 ? f[cId] : std::to_string(library.m_clips.size());
        clip.soundClass = f[cClass];
        clip.split = f[cSplit];
        if (!splits.empty() && std::find(splits.begin(), splits.end(), clip.split) == splits.end()) continue;
        clip.package = cPackage >= 0 ? f[cPackage] : "";
        clip.licence = cLicence >= 0 ? f[cLicence] : "";
        clip.source = cSource >= 0 ? f[cSource] : "";
        clip.durationSeconds = cDuration >= 0 ? std::atof(f[cDuration].c_str()) : 0.0;
        clip.path = (fs::u8path(corpusFolder) / fs::u8path(f[cPath])).u8string();
        if (cNative >= 0 && !f[cNative].empty()) {
            clip.nativePath = (fs::u8path(corpusFolder) / fs::u8path(f[cNative])).u8string();
            clip.nativeRate = cRate >= 0 ? std::atoi(f[cRate].c_str()) : 0;
            clip.nativeChannels = cChannels >= 0 ? std::atoi(f[cChannels].c_str()) : 0;
        }
        if (cAttacks >= 0 && cUnsteadiness >= 0 && !f[cAttacks].empty()) {
            clip.attacksPerSecond = std::atof(f[cAttacks].c_str());
            clip.unsteadinessDb = std::atof(f[cUnsteadiness].c_str());
            clip.highFrequencyAttacksPerSecond = cHfAttacks >= 0 ? std::atof(f[cHfAttacks].c_str()) : -1.0;
        }
        library.m_byClass[clip.soundClass].push_back(library.m_clips.size());
        library.m_clips.push_back(std::move(clip));
    }
    return library;
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
