#pragma once

#include "core/media/AvPtr.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace foley::media {

// An FFmpeg AVIOContext that reads a block of memory (read and seek, AVSEEK_SIZE answered), so a demuxer can work on
// bytes that never were a file: the fuzzing harness for the probe, bytes received from elsewhere. The bytes are not
// copied: they must outlive the reader.
class MemoryReader {
public:
    // nullptr when FFmpeg cannot allocate the context.
    static std::shared_ptr<MemoryReader> create(const uint8_t* data, std::size_t sizeBytes);
    ~MemoryReader();
    MemoryReader(const MemoryReader&) = delete;
    MemoryReader& operator=(const MemoryReader&) = delete;

    AVIOContext* io() const { return m_io; }

private:
    MemoryReader(const uint8_t* data, std::size_t sizeBytes) : m_data(data), m_size(sizeBytes) {}
    static int read(void* opaque, uint8_t* buffer, int bufferSize);
    static int64_t seek(void* opaque, int64_t offset, int whence);

    const uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_position = 0;
    AVIOContext* m_io = nullptr;
};

}  // namespace foley::media
