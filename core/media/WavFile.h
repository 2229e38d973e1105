#pragma once

#include "core/types/AtomicFile.h"
#include "core/types/AudioBuffer.h"
#include "core/types/AudioSink.h"
#include "core/types/Result.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

namespace foley::media {

enum class WavSampleFormat { Float32, Int16 };

// A RIFF/WAVE file written as the audio arrives (a long take rendered block by block never exists in memory at
// once): 32-bit IEEE float or 16-bit PCM (× 32768, rounded, clipped). The file is a temp file beside `path` until
// finish() patches the header's sizes and renames it over `path`; abandoned or failed, it leaves nothing. More than
// the 4 GB a WAV can hold is an error that says so. Errors (IoWriteFailed) name the file.
class WavStreamWriter final : public AudioSink {
public:
    explicit WavStreamWriter(std::string path, WavSampleFormat format = WavSampleFormat::Float32);
    ~WavStreamWriter() override;

    Status begin(int sampleRate, int channels) override;
    Status write(const float* interleaved, int64_t frames) override;
    Status finish() override;

    int64_t framesWritten() const { return m_frames; }
    const std::string& path() const { return m_path; }

private:
    Error writeError() const;

    std::string m_path;
    WavSampleFormat m_format;
    std::optional<AtomicFile> m_atomic;
    std::FILE* m_file = nullptr;
    int m_sampleRate = 0;
    int m_channels = 0;
    int64_t m_frames = 0;
};

// The whole of `audio` through a WavStreamWriter. WAV files are read back through decodeAudio().
Status writeWav(const std::string& path, const AudioBuffer& audio, WavSampleFormat format = WavSampleFormat::Float32);

}  // namespace foley::media
