#pragma once

#include <cstddef>

namespace foley::media {

// The largest block FFmpeg may allocate at once. FFmpeg sizes some buffers from lengths read out of the file before
// checking them against the file: a 94-byte WAV whose LIST chunk claims 1.8 GB made the probe allocate and clear
// 1.8 GB (fuzz_media_probe). The largest block a real file needs is one decoded frame plane (an 8K 16-bit plane is
// 66 MB), so a corrupt length now fails that allocation instead of taking the memory.
inline constexpr std::size_t kMaxFfmpegBlockBytes = std::size_t{256} << 20;

// FFmpeg's process-wide settings, applied once before the first use of FFmpeg by any core/media entry point
// (idempotent, thread-safe): the quiet log default (MediaLog.h) and the block limit above.
void ensureFfmpegSetUp();

}  // namespace foley::media
