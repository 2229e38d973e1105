#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace foley::media {

// The `bext` chunk of EBU Tech 3285 (Broadcast Wave Format), version 2: what a DAW shows about a file.
struct BextInfo {
    std::string description;          // up to 256 bytes (longer text is cut at a UTF-8 character boundary)
    std::string originator;           // up to 32 bytes
    std::string originatorReference;  // up to 32 bytes
    std::string originationDate;      // "yyyy-mm-dd"
    std::string originationTime;      // "hh:mm:ss"
    uint64_t timeReferenceSamples = 0;  // first sample's position on the timeline, in samples since midnight
    std::string codingHistory;
    // Loudness of the file (version 2 fields, stored in 1/100 LU); absent values are written as unset (0x7fff).
    std::optional<double> integratedLufs, loudnessRangeLu, maxTruePeakDbtp, maxMomentaryLufs, maxShortTermLufs;
};

// A cue point: a marker DAWs import with the file (`cue ` chunk, its label in `LIST`/`adtl`/`labl`).
struct WavCuePoint {
    uint32_t id = 0;
    uint64_t sampleOffset = 0;  // frames from the start of the file
    std::string label;

    friend bool operator==(const WavCuePoint& a, const WavCuePoint& b)
    {
        return a.id == b.id && a.sampleOffset == b.sampleOffset && a.label == b.label;
    }
};

struct BroadcastWavContents {
    int sampleRate = 0;
    int channels = 0;
    int bitsPerSample = 0;
    uint64_t frames = 0;
    std::optional<BextInfo> bext;
    std::vector<WavCuePoint> cues;
};

// Writes `audio` as 24-bit PCM Broadcast WAV (`fmt `, `bext`, optional `cue ` + `LIST`/`adtl`, `data`), samples
// clipped to full scale and rounded, atomically (temp file beside `path`, renamed at the end; a failure leaves nothing).
// Errors: IoWriteFailed naming the file; InvalidArgument for no audio or a file over the 4 GB a RIFF can hold.
Status writeBroadcastWav(const std::string& path, const AudioBuffer& audio, const BextInfo& bext,
                         const std::vector<WavCuePoint>& cues = {});

// Reads the header chunks of any RIFF/WAVE file (not the samples). Errors: IoReadFailed (cannot open),
// IoParseFailed ("<path>: not a WAV file", a truncated chunk).
Result<BroadcastWavContents> readBroadcastWavInfo(const std::string& path);

}  // namespace foley::media
