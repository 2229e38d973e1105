#include "core/media/MemoryReader.h"

extern "C" {
#include <libavformat/avio.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace foley::media {
namespace {

constexpr int kBufferBytes = 32 * 1024;  // FFmpeg's own default for file I/O

}  // namespace

std::shared_ptr<MemoryReader> MemoryReader::create(const uint8_t* data, std::size_t sizeBytes)
{
    std::shared_ptr<MemoryReader> reader(new MemoryReader(data, sizeBytes));
    auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferBytes));
    if (!buffer) return nullptr;
    reader->m_io = avio_alloc_context(buffer, kBufferBytes, 0, reader.get(), &MemoryReader::read, nullptr, &MemoryReader::seek);
    if (!reader->m_io) {
        av_free(buffer);
        return nullptr;
    }
    return reader;
}

MemoryReader::~MemoryReader()
{
    if (!m_io) return;
    av_freep(&m_io->buffer);  // FFmpeg may have replaced the buffer given at allocation: free the current one
    avio_context_free(&m_io);
}

int MemoryReader::read(void* opaque, uint8_t* buffer, int bufferSize)
{
    auto* self = static_cast<MemoryReader*>(opaque);
    const std::size_t left = self->m_size - self->m_position;
    const std::size_t count = std::min(left, static_cast<std::size_t>(std::max(bufferSize, 0)));
    if (count == 0) return AVERROR_EOF;
    std::memcpy(buffer, self->m_data + self->m_position, count);
    self->m_position += count;
    return static_cast<int>(count);
}

int64_t MemoryReader::seek(void* opaque, int64_t offset, int whence)
{
    auto* self = static_cast<MemoryReader*>(opaque);
    const auto size = static_cast<int64_t>(self->m_size);
    if (whence & AVSEEK_SIZE) return size;
    int64_t base = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case SEEK_SET: base = 0; break;
    case SEEK_CUR: base = static_cast<int64_t>(self->m_position); break;
    case SEEK_END: base = size; break;
    default: return AVERROR(EINVAL);
    }
    // Overflow-safe bounds check: offsets come from the (untrusted) file being demuxed.
    if ((offset > 0 && base > size - offset) || (offset < 0 && base < -offset)) return AVERROR(EINVAL);
    self->m_position = static_cast<std::size_t>(base + offset);
    return base + offset;
}

}  // namespace foley::media
