#include "core/media/WavFile.h"

#include "core/media/AtomicFile.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

namespace foley::media {
namespace {

constexpr uint16_t kFormatPcm = 1;
constexpr uint16_t kFormatFloat = 3;
constexpr size_t kChunkSamples = 65536;

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

void put16(std::vector<uint8_t>& out, uint32_t value)
{
    out.push_back(static_cast<uint8_t>(value & 0xff));
    out.push_back(static_cast<uint8_t>((value >> 8) & 0xff));
}

void put32(std::vector<uint8_t>& out, uint32_t value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

void putTag(std::vector<uint8_t>& out, const char* tag)
{
    out.insert(out.end(), tag, tag + 4);
}

// RIFF header, "fmt " chunk (+ "fact" for float, as the spec asks for non-PCM data), "data" header.
std::vector<uint8_t> header(const AudioBuffer& audio, WavSampleFormat format, uint32_t dataBytes)
{
    const bool isFloat = format == WavSampleFormat::Float32;
    const uint32_t bytesPerSample = isFloat ? 4 : 2;
    const uint32_t channels = static_cast<uint32_t>(audio.channels());
    const uint32_t rate = static_cast<uint32_t>(audio.sampleRate());
    const uint32_t fmtBytes = isFloat ? 18 : 16;
    const uint32_t factBytes = isFloat ? 12 : 0;
    std::vector<uint8_t> out;
    putTag(out, "RIFF");
    put32(out, 4 + (8 + fmtBytes) + factBytes + 8 + dataBytes);
    putTag(out, "WAVE");
    putTag(out, "fmt ");
    put32(out, fmtBytes);
    put16(out, isFloat ? kFormatFloat : kFormatPcm);
    put16(out, channels);
    put32(out, rate);
    put32(out, rate * channels * bytesPerSample);
    put16(out, channels * bytesPerSample);
    put16(out, bytesPerSample * 8);
    if (isFloat) {
        put16(out, 0);  // cbSize
        putTag(out, "fact");
        put32(out, 4);
        put32(out, static_cast<uint32_t>(audio.frameCount()));
    }
    putTag(out, "data");
    put32(out, dataBytes);
    return out;
}

void encodeChunk(const float* samples, size_t count, WavSampleFormat format, std::vector<uint8_t>& out)
{
    out.clear();
    for (size_t i = 0; i < count; ++i) {
        if (format == WavSampleFormat::Float32) {
            uint32_t bits = 0;
            std::memcpy(&bits, &samples[i], sizeof(bits));
            put32(out, bits);
        } else {
            // Scaled by 2^15 like FFmpeg's own float → s16 conversion, so a round trip is exact to half a step.
            const long scaled = std::lrint(static_cast<double>(samples[i]) * 32768.0);
            const auto value = static_cast<int16_t>(std::clamp(scaled, -32768L, 32767L));
            put16(out, static_cast<uint16_t>(value));
        }
    }
}

Error writeError(const std::string& path)
{
    return makeError(ErrorCode::IoWriteFailed, "cannot write '" + path + "' (" + std::strerror(errno) + ")");
}

}  // namespace

Status writeWav(const std::string& path, const AudioBuffer& audio, WavSampleFormat format)
{
    if (audio.channels() <= 0 || audio.sampleRate() <= 0)
        return makeError(ErrorCode::InvalidArgument, "cannot write '" + path + "': the audio has no channels or sample rate");
    const uint64_t bytesPerSample = format == WavSampleFormat::Float32 ? 4 : 2;
    const uint64_t dataBytes = static_cast<uint64_t>(audio.samples().size()) * bytesPerSample;
    if (dataBytes > std::numeric_limits<uint32_t>::max() - 64)
        return makeError(ErrorCode::IoWriteFailed, "cannot write '" + path + "': the audio is too long for a WAV file (4 GB)");

    Result<AtomicFile> atomic = AtomicFile::create(path, ErrorCode::IoWriteFailed);
    if (!atomic) return atomic.error();
    FilePtr file(std::fopen(atomic->tempPath().c_str(), "wb"));
    if (!file) return writeError(path);
    const std::vector<uint8_t> head = header(audio, format, static_cast<uint32_t>(dataBytes));
    if (std::fwrite(head.data(), 1, head.size(), file.get()) != head.size()) return writeError(path);

    std::vector<uint8_t> bytes;
    const std::vector<float>& samples = audio.samples();
    for (size_t offset = 0; offset < samples.size(); offset += kChunkSamples) {
        const size_t count = std::min(kChunkSamples, samples.size() - offset);
        encodeChunk(samples.data() + offset, count, format, bytes);
        if (std::fwrite(bytes.data(), 1, bytes.size(), file.get()) != bytes.size()) return writeError(path);
    }
    if (std::fclose(file.release()) != 0) return writeError(path);
    return atomic->commit();
}

}  // namespace foley::media
