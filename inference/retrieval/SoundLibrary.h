#pragma once

#include "core/dsp/RecordingDescriptors.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "inference/retrieval/OneShotEvent.h"

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace foley::inference {

// One recording of the sound library (a row of a corpus manifest.csv written by `foleyforge-train corpus`).
struct LibraryClip {
    std::string id;
    std::string soundClass;
    std::string split;    // train | val | test | reserved | user
    std::string package;
    std::string licence;
    std::string source;
    std::string path;     // absolute: the 16 kHz mono clip (what the model and training read)
    std::string nativePath;  // absolute: the recording at its own rate and channels; empty = only `path` exists
    int nativeRate = 0;      // of nativePath (0 = unknown)
    int nativeChannels = 0;
    double durationSeconds = 0.0;
    double attacksPerSecond = -1.0;  // dsp::RecordingDescriptors from the manifest; < 0 = not measured
    double unsteadinessDb = -1.0;
    double highFrequencyAttacksPerSecond = -1.0;

    // What takes are rendered from: the native copy, or the 16 kHz clip in a library installed before native copies.
    const std::string& renderPath() const { return nativePath.empty() ? path : nativePath; }
};

// The installed sound library retrieval draws on: the corpus built from Debian's sound-effect packages (and any
// folders the user adds), indexed by class. Clips are decoded lazily at 16 kHz mono and cached.
class SoundLibrary {
public:
    // Reads OUT/manifest.csv of a corpus folder; keeps rows whose split is in `splits` (empty = all).
    static Result<SoundLibrary> open(const std::string& corpusFolder, const std::vector<std::string>& splits = {});
    // A library of the given recordings (e.g. the user's indexed recordings a caption found).
    static SoundLibrary fromClips(const std::vector<LibraryClip>& clips);
    void add(const SoundLibrary& other);  // e.g. a user folder next to the installed corpus
    // The clips `keep` accepts (e.g. generation keeps everything but the held-out test recordings).
    SoundLibrary filtered(const std::function<bool(const LibraryClip&)>& keep) const;

    bool isEmpty() const { return m_clips.empty(); }
    size_t size() const { return m_clips.size(); }
    const std::vector<LibraryClip>& clips() const { return m_clips; }
    std::vector<std::string> classes() const;
    const std::vector<size_t>& clipsOf(const std::string& soundClass) const;  // indices into clips()

    // 16 kHz mono samples of clip i (decoded once; thread-safe).
    Result<AudioBuffer> audio(size_t index) const;
    // The one-shot event cut from clip i (computed once; thread-safe).
    Result<OneShotEvent> event(size_t index) const;
    // dsp::RecordingDescriptors of clip i: from the manifest, else measured on its 16 kHz audio once (thread-safe).
    Result<dsp::RecordingDescriptors> descriptors(size_t index) const;
    // Clip i at full quality, resampled to `sampleRate`, mono or stereo as recorded (more channels are mixed down
    // to stereo). Decoded lazily from renderPath() and kept in a cache of bounded size (thread-safe).
    Result<AudioBuffer> renderAudio(size_t index, int sampleRate) const;

private:
    std::vector<LibraryClip> m_clips;
    std::map<std::string, std::vector<size_t>> m_byClass;
    mutable std::map<size_t, AudioBuffer> m_cache;
    mutable std::map<size_t, OneShotEvent> m_events;
    mutable std::map<size_t, dsp::RecordingDescriptors> m_descriptors;
    mutable std::map<std::pair<size_t, int>, AudioBuffer> m_renderCache;
    mutable std::vector<std::pair<size_t, int>> m_renderOrder;  // insertion order, oldest first
    mutable size_t m_renderCacheBytes = 0;
    mutable std::shared_ptr<std::mutex> m_mutex = std::make_shared<std::mutex>();
};

}  // namespace foley::inference
