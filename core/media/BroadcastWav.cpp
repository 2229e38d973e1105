#include "core/media/BroadcastWav.h"

#include "core/types/AtomicFile.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>

namespace foley::media {
namespace {

constexpr int kBitsPerSample = 24;
constexpr size_t kBextFixedBytes = 602;  // EBU Tech 3285 v2, without the coding history
constexpr int16_t kUnsetLoudness = 0x7fff;
constexpr uint64_t kMaxRiffBytes = 0xffffffffULL;

void putU16(std::string& out, uint16_t v)
{
    out.push_back(static_cast<char>(v & 0xff));
    out.push_back(static_cast<char>(v >> 8));
}

void putU32(std::string& out, uint32_t v)
{
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((v >> shift) & 0xff));
}

// `text` in a fixed field of `size` bytes, NUL-padded, cut before a UTF-8 continuation byte so no character is split.
void putFixed(std::string& out, const std::string& text, size_t size)
{
    size_t length = std::min(text.size(), size);
    while (length > 0 && length < text.size() && (static_cast<unsigned char>(text[length]) & 0xc0) == 0x80) --length;
    out.append(text, 0, length);
    out.append(size - length, '\0');
}

void putChunk(std::string& out, const char* id, const std::string& body)
{
    out.append(id, 4);
    putU32(out, static_cast<uint32_t>(body.size()));
    out += body;
    if (body.size() % 2) out.push_back('\0');  // RIFF chunks start on even offsets
}

int16_t loudnessField(const std::optional<double>& value)
{
    if (!value || !std::isfinite(*value)) return kUnsetLoudness;
    return static_cast<int16_t>(std::clamp(std::lround(*value * 100.0), -32767L, 32766L));
}

std::string fmtChunk(const AudioBuffer& audio)
{
    const auto channels = static_cast<uint16_t>(audio.channels());
    const uint16_t blockAlign = static_cast<uint16_t>(channels * kBitsPerSample / 8);
    std::string body;
    putU16(body, 1);  // PCM
    putU16(body, channels);
    putU32(body, static_cast<uint32_t>(audio.sampleRate()));
    putU32(body, static_cast<uint32_t>(audio.sampleRate()) * blockAlign);
    putU16(body, blockAlign);
    putU16(body, kBitsPerSample);
    return body;
}

std::string bextChunk(const BextInfo& bext)
{
    std::string body;
    putFixed(body, bext.description, 256);
    putFixed(body, bext.originator, 32);
    putFixed(body, bext.originatorReference, 32);
    putFixed(body, bext.originationDate, 10);
    putFixed(body, bext.originationTime, 8);
    putU32(body, static_cast<uint32_t>(bext.timeReferenceSamples & 0xffffffffULL));
    putU32(body, static_cast<uint32_t>(bext.timeReferenceSamples >> 32));
    putU16(body, 2);                // version
    body.append(64, '\0');          // UMID: none
    for (const auto* value : {&bext.integratedLufs, &bext.loudnessRangeLu, &bext.maxTruePeakDbtp, &bext.maxMomentaryLufs,
                              &bext.maxShortTermLufs})
        putU16(body, static_cast<uint16_t>(loudnessField(*value)));
    body.append(180, '\0');         // reserved
    body += bext.codingHistory;
    return body;
}

// `cue ` (one point per marker, in the data chunk) and `LIST`/`adtl` with a `labl` naming each.
std::string cueChunks(const std::vector<WavCuePoint>& cues)
{
    if (cues.empty()) return {};
    std::string cue;
    putU32(cue, static_cast<uint32_t>(cues.size()));
    std::string adtl = "adtl";
    for (const WavCuePoint& point : cues) {
        putU32(cue, point.id);
        putU32(cue, static_cast<uint32_t>(point.sampleOffset));  // position in the play order
        cue.append("data", 4);
        putU32(cue, 0);  // chunk start
        putU32(cue, 0);  // block start
        putU32(cue, static_cast<uint32_t>(point.sampleOffset));
        std::string label;
        putU32(label, point.id);
        label += point.label;
        label.push_back('\0');
        putChunk(adtl, "labl", label);
    }
    std::string out;
    putChunk(out, "cue ", cue);
    putChunk(out, "LIST", adtl);
    return out;
}

// 24-bit little-endian PCM, clipped and rounded.
void appendPcm24(std::string& out, const float* samples, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        const double clipped = std::clamp(static_cast<double>(samples[i]), -1.0, 1.0);
        const auto value = static_cast<int32_t>(std::clamp(std::lround(clipped * 8388608.0), -8388608L, 8388607L));
        out.push_back(static_cast<char>(value & 0xff));
        out.push_back(static_cast<char>((value >> 8) & 0xff));
        out.push_back(static_cast<char>((value >> 16) & 0xff));
    }
}

Status writeAll(std::FILE* file, const std::string& bytes, const std::string& path)
{
    if (std::fwrite(bytes.data(), 1, bytes.size(), file) != bytes.size())
        return makeError(ErrorCode::IoWriteFailed, "cannot write " + path + " (disk full?)");
    return okStatus();
}

Status writeFile(std::FILE* file, const std::string& path, const AudioBuffer& audio, const std::string& headerChunks)
{
    const uint64_t dataBytes = static_cast<uint64_t>(audio.frameCount()) * static_cast<uint64_t>(audio.channels()) * 3;
    const uint64_t riffBytes = 4 + headerChunks.size() + 8 + dataBytes + (dataBytes % 2);
    if (riffBytes > kMaxRiffBytes) return makeError(ErrorCode::InvalidArgument, path + " would be larger than the 4 GB a WAV file can hold");
    std::string head = "RIFF";
    putU32(head, static_cast<uint32_t>(riffBytes));
    head += "WAVE" + headerChunks + "data";
    putU32(head, static_cast<uint32_t>(dataBytes));
    if (Status ok = writeAll(file, head, path); !ok) return ok;
    constexpr size_t kBlockSamples = 65536;
    std::string block;
    const size_t total = audio.samples().size();
    for (size_t at = 0; at < total; at += kBlockSamples) {
        block.clear();
        appendPcm24(block, audio.data() + at, std::min(kBlockSamples, total - at));
        if (Status ok = writeAll(file, block, path); !ok) return ok;
    }
    if (dataBytes % 2) return writeAll(file, std::string(1, '\0'), path);
    return okStatus();
}

}  // namespace

Status writeBroadcastWav(const std::string& path, const AudioBuffer& audio, const BextInfo& bext, const std::vector<WavCuePoint>& cues)
{
    if (audio.isEmpty() || audio.sampleRate() <= 0) return makeError(ErrorCode::InvalidArgument, "no audio to write to " + path);
    std::string headerChunks;
    putChunk(headerChunks, "fmt ", fmtChunk(audio));
    putChunk(headerChunks, "bext", bextChunk(bext));
    headerChunks += cueChunks(cues);
    Result<AtomicFile> atomic = AtomicFile::create(path, ErrorCode::IoWriteFailed);
    if (!atomic) return atomic.error();
    std::FILE* file = std::fopen(atomic->tempPath().c_str(), "wb");
    if (!file) return makeError(ErrorCode::IoWriteFailed, "cannot write " + path);
    Status written = writeFile(file, path, audio, headerChunks);
    if (std::fclose(file) != 0 && written) written = makeError(ErrorCode::IoWriteFailed, "cannot write " + path + " (disk full?)");
    if (!written) return written;
    return atomic->commit();
}

namespace {

uint32_t getU32(const std::string& bytes, size_t at)
{
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes[at + static_cast<size_t>(i)]);
    return v;
}

uint16_t getU16(const std::string& bytes, size_t at)
{
    return static_cast<uint16_t>(static_cast<unsigned char>(bytes[at]) | (static_cast<unsigned char>(bytes[at + 1]) << 8));
}

// A fixed-length text field up to its first NUL.
std::string getFixed(const std::string& bytes, size_t at, size_t size)
{
    const std::string field = bytes.substr(at, size);
    return field.substr(0, field.find('\0'));
}

std::optional<double> getLoudness(const std::string& bytes, size_t at)
{
    const auto raw = static_cast<int16_t>(getU16(bytes, at));
    if (raw == kUnsetLoudness) return std::nullopt;
    return raw / 100.0;
}

BextInfo parseBext(const std::string& body)
{
    BextInfo bext;
    bext.description = getFixed(body, 0, 256);
    bext.originator = getFixed(body, 256, 32);
    bext.originatorReference = getFixed(body, 288, 32);
    bext.originationDate = getFixed(body, 320, 10);
    bext.originationTime = getFixed(body, 330, 8);
    bext.timeReferenceSamples = getU32(body, 338) | (static_cast<uint64_t>(getU32(body, 342)) << 32);
    if (getU16(body, 346) >= 2) {
        bext.integratedLufs = getLoudness(body, 412);
        bext.loudnessRangeLu = getLoudness(body, 414);
        bext.maxTruePeakDbtp = getLoudness(body, 416);
        bext.maxMomentaryLufs = getLoudness(body, 418);
        bext.maxShortTermLufs = getLoudness(body, 420);
    }
    bext.codingHistory = getFixed(body, kBextFixedBytes, body.size() - kBextFixedBytes);
    return bext;
}

// `labl` sub-chunks of a LIST/adtl chunk: cue id → text.
std::map<uint32_t, std::string> parseLabels(const std::string& body)
{
    std::map<uint32_t, std::string> labels;
    for (size_t at = 4; at + 8 <= body.size();) {
        const uint32_t size = getU32(body, at + 4);
        if (at + 8 + size > body.size()) break;
        if (body.compare(at, 4, "labl") == 0 && size >= 4)
            labels[getU32(body, at + 8)] = getFixed(body, at + 12, size - 4);
        at += 8 + size + (size % 2);
    }
    return labels;
}

std::vector<WavCuePoint> parseCues(const std::string& body)
{
    std::vector<WavCuePoint> cues;
    const uint32_t count = body.size() >= 4 ? getU32(body, 0) : 0;
    for (uint32_t i = 0; i < count && 4 + (i + 1) * 24 <= body.size(); ++i)
        cues.push_back(WavCuePoint{getU32(body, 4 + i * 24), getU32(body, 4 + i * 24 + 20), {}});
    return cues;
}

}  // namespace

Result<BroadcastWavContents> readBroadcastWavInfo(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError(ErrorCode::IoReadFailed, "cannot open " + path);
    std::string head(12, '\0');
    if (!in.read(head.data(), 12) || head.compare(0, 4, "RIFF") != 0 || head.compare(8, 4, "WAVE") != 0)
        return makeError(ErrorCode::IoParseFailed, path + ": not a WAV file");
    in.seekg(0, std::ios::end);
    const auto fileBytes = static_cast<uint64_t>(in.tellg());
    in.seekg(12);
    BroadcastWavContents contents;
    std::map<uint32_t, std::string> labels;
    std::string chunkHead(8, '\0');
    while (in.read(chunkHead.data(), 8)) {
        const uint32_t size = getU32(chunkHead, 4);
        const std::string id = chunkHead.substr(0, 4);
        if (id == "data") {
            const uint64_t blockAlign = static_cast<uint64_t>(contents.channels) * static_cast<uint64_t>(contents.bitsPerSample / 8);
            contents.frames = blockAlign ? size / blockAlign : 0;
            in.seekg(size + (size % 2), std::ios::cur);
            continue;
        }
        // A size beyond the end of the file is damage (or a hostile file), never an allocation of up to 4 GB.
        if (size > fileBytes - static_cast<uint64_t>(in.tellg()))
            return makeError(ErrorCode::IoParseFailed, path + ": the '" + id + "' chunk is cut short");
        std::string body(size, '\0');
        if (!in.read(body.data(), size)) return makeError(ErrorCode::IoParseFailed, path + ": the '" + id + "' chunk is cut short");
        if (size % 2) in.ignore(1);
        if (id == "fmt " && size >= 16) {
            contents.channels = getU16(body, 2);
            contents.sampleRate = static_cast<int>(getU32(body, 4));
            contents.bitsPerSample = getU16(body, 14);
        } else if (id == "bext" && size >= kBextFixedBytes) {
            contents.bext = parseBext(body);
        } else if (id == "cue ") {
            contents.cues = parseCues(body);
        } else if (id == "LIST" && body.compare(0, 4, "adtl") == 0) {
            labels = parseLabels(body);
        }
    }
    if (contents.sampleRate <= 0) return makeError(ErrorCode::IoParseFailed, path + ": no 'fmt ' chunk");
    for (WavCuePoint& cue : contents.cues) cue.label = labels[cue.id];
    std::sort(contents.cues.begin(), contents.cues.end(), [](const WavCuePoint& a, const WavCuePoint& b) { return a.sampleOffset < b.sampleOffset; });
    return contents;
}

}  // namespace foley::media
