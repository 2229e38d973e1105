#include "tests/fuzz/FuzzScratch.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace foley::fuzz {
namespace {

namespace fs = std::filesystem;

struct ScratchFolder {
    fs::path path;
    ScratchFolder()
    {
        std::error_code ec;
        const fs::path base = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path(ec);
        path = base / ("foleyforge-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(path, ec);
    }
    ~ScratchFolder()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

std::string scratchFile(const char* fileName, const uint8_t* data, std::size_t sizeBytes)
{
    static ScratchFolder folder;
    std::ofstream out(folder.path / fileName, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(sizeBytes));
    if (!out) {
        std::fprintf(stderr, "fuzz harness: cannot write its scratch file in %s\n", folder.path.c_str());
        std::abort();
    }
    return folder.path.string();
}

}  // namespace foley::fuzz
