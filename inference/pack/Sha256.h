#pragma once

#include <array>
#include <functional>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace foley::inference {

// FIPS 180-4 SHA-256, for model-pack checksums (no Qt in inference/, so QCryptographicHash is not available).
class Sha256 {
public:
    Sha256();
    void update(const void* data, size_t size);
    std::array<uint8_t, 32> finish();
    std::string finishHex();

    static std::string ofBytes(const void* data, size_t size);
    // nullopt when unreadable, or when `keepGoing` (told the size of every chunk read) returns false.
    static std::optional<std::string> ofFile(const std::string& path, const std::function<bool(size_t bytes)>& keepGoing = {});

private:
    void compress(const uint8_t* block);

    std::array<uint32_t, 8> m_state;
    std::array<uint8_t, 64> m_block{};
    size_t m_blockSize = 0;
    uint64_t m_totalBytes = 0;
};

}  // namespace foley::inference
