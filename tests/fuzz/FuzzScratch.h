#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace foley::fuzz {

// For parsers that only read files: writes the input as `fileName` into this process's scratch folder (on /dev/shm
// when there is one, so fuzzing does not wear a disk) and returns the folder. The folder is removed at exit.
std::string scratchFile(const char* fileName, const uint8_t* data, std::size_t sizeBytes);

}  // namespace foley::fuzz
