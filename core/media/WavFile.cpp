#include "core/media/WavFile.h"

#include "core/types/AtomicFile.h"

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
std::vector<uint8_t> header(int sampleRate, int channelCount, WavSampleFormat format, uint32_t frames, uint32_t dataBytes)
{
    const bool isFloat = format == WavSampleFormat::Float32;
    const uint32_t bytesPerSample = isFloat ? 4 : 2;
    const auto channels = static_cast<uint32_t>(channelCount);
    const auto rate = static_cast<uint32_t>(sampleRate);
    const uint32_t fmtBytes = isFloat ? 18 : 16;
    const uint32_t factBytes = isFloat ? 12 : 0;
    std::vector<uint8_t> out;
    out.reserve(64);  // (also keeps GCC 12's -Wstringop-overflow from misreading the first insert)
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
        put32(out, frames);
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

uint64_t bytesPerSample(WavSampleFormat format)
{
    return format == WavSampleFormat::Float32 ? 4 : 2;
}

}  // namespace

WavStreamWriter::WavStreamWriter(std::string path, WavSampleFormat format) : m_path(std::move(path)), m_format(format) {}

WavStreamWriter::~WavStreamWriter()
{
    if (m_file) std::fclose(m_file);  // unfinished: the AtomicFile removes the temp file
}

Error WavStreamWriter::writeError() const
{
    return makeError(ErrorCode::IoWriteFailed, "cannot write '" + m_path + "': " + AtomicFile::describeWriteError(errno));
}

Status WavStreamWriter::begin(int sampleRate, int channels)
{
    if (channels <= 0 || sampleRate <= 0)
        return makeError(ErrorCode::InvalidArgument, "cannot write '" + m_path + "': the audio has no channels or sample rate");
    if (m_file) std::fclose(m_file);  // begun again: the earlier temp file goes with its AtomicFile
    m_file = nullptr;
    m_atomic.reset();
    Result<AtomicFile> atomic = AtomicFile::create(m_path, ErrorCode::IoWriteFailed);
    if (!atomic) return atomic.error();
    m_atomic.emplace(std::move(*atomic));
    m_file = std::fopen(m_atomic->tempPath().c_str(), "wb");
    if (!m_file) return writeError();
    m_sampleRate = sampleRate;
    m_channels = channels;
    m_frames = 0;
    const std::vector<uint8_t> head = header(sampleRate, channels, m_format, 0, 0);  // sizes patched by finish()
    if (std::fwrite(head.data(), 1, head.size(), m_file) != head.size()) return writeError();
    return okStatus();
}

Status WavStreamWriter::write(const float* interleaved, int64_t frames)
{
    if (!m_file) return makeError(ErrorCode::IoWriteFailed, "cannot write '" + m_path + "': not open");
    const uint64_t samples = static_cast<uint64_t>(frames) * static_cast<uint64_t>(m_channels);
    const uint64_t total = (static_cast<uint64_t>(m_frames) * static_cast<uint64_t>(m_channels) + samples) * bytesPerSample(m_format);
    if (total > std::numeric_limits<uint32_t>::max() - 64)
        return makeError(ErrorCode::IoWriteFailed, "cannot write '" + m_path + "': the audio is too long for a WAV file (4 GB)");
    std::vector<uint8_t> bytes;
    for (uint64_t offset = 0; offset < samples; offset += kChunkSamples) {
        const size_t count = static_cast<size_t>(std::min<uint64_t>(kChunkSamples, samples - offset));
        encodeChunk(interleaved + offset, count, m_format, bytes);
        if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size()) return writeError();
    }
    m_frames += frames;
    return okStatus();
}

Status WavStreamWriter::finish()
{
    if (!m_file) return makeError(ErrorCode::IoWriteFailed, "cannot write '" + m_path + "': not open");
    const auto dataBytes = static_cast<uint32_t>(static_cast<uint64_t>(m_frames) * static_cast<uint64_t>(m_channels) * bytesPerSample(m_format));
    const std::vector<uint8_t> head = header(m_sampleRate, m_channels, m_format, static_cast<uint32_t>(m_frames), dataBytes);
    if (std::fseek(m_file, 0, SEEK_SET) != 0 || std::fwrite(head.data(), 1, head.size(), m_file) != head.size()) return writeError();
    std::FILE* file = m_file;
    m_file = nullptr;
    if (std::fclose(file) != 0) return writeError();
    return m_atomic->commit();
}

Status writeWav(const std::string& path, const AudioBuffer& audio, WavSampleFormat format)
{
    WavStreamWriter writer(path, format);
    if (const Status begun = writer.begin(audio.sampleRate(), audio.channels()); !begun) return begun;
    if (const Status written = writer.write(audio.data(), static_cast<int64_t>(audio.frameCount())); !written) return written;
    return writer.finish();
}

}  // namespace foley::media
