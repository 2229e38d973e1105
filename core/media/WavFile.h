#pragma once

#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"

#include <string>

namespace foley::media {

enum class WavSampleFormat { Float32, Int16 };

// Writes a RIFF/WAVE file atomically (temp file in the same folder, then rename): 32-bit IEEE float or
// 16-bit PCM (× 32768, rounded, clipped). Errors (IoWriteFailed) name the file; nothing partial is left.
// WAV files are read back through decodeAudio().
Status writeWav(const std::string& path, const AudioBuffer& audio, WavSampleFormat format = WavSampleFormat::Float32);

}  // namespace foley::media
