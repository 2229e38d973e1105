#include "core/media/AtomicFile.h"

#include <fstream>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <system_error>

namespace foley::media {
namespace {

namespace fs = std::filesystem;

std::string quote(const fs::path& path)
{
    return "'" + path.string() + "'";
}

std::string randomTag()
{
    std::random_device device;
    char tag[9];
    std::snprintf(tag, sizeof(tag), "%08x", static_cast<unsigned>(device()));
    return tag;
}

}  // namespace

AtomicFile::AtomicFile(std::string destination, std::string tempPath, ErrorCode code)
    : m_destination(std::move(destination))
    , m_tempPath(std::move(tempPath))
    , m_code(code)
{}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : m_destination(std::move(other.m_destination))
    , m_tempPath(std::move(other.m_tempPath))
    , m_code(other.m_code)
    , m_done(other.m_done)
{
    other.m_done = true;
}

AtomicFile::~AtomicFile()
{
    if (m_done) return;
    std::error_code ec;
    fs::remove(fs::path(m_tempPath), ec);
}

Result<AtomicFile> AtomicFile::create(const std::string& destination, ErrorCode code)
{
    const fs::path target(destination);
    if (target.filename().empty()) return makeError(code, quote(target) + " is not a file name");
    const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code ec;
    const fs::file_status folderStatus = fs::status(folder, ec);
    if (!fs::exists(folderStatus)) return makeError(code, "cannot write " + quote(target) + ": folder " + quote(folder) + " does not exist");
    if (!fs::is_directory(folderStatus)) return makeError(code, "cannot write " + quote(target) + ": " + quote(folder) + " is not a folder");
    if (fs::is_directory(fs::status(target, ec))) return makeError(code, "cannot write " + quote(target) + ": it is a folder");

    // O_EXCL reserves a unique name; 0666 lets the umask decide permissions as for any new file.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const fs::path temp = folder / ("." + target.filename().string() + "." + randomTag() + ".part");
        const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            return AtomicFile(destination, temp.string(), code);
        }
        if (errno != EEXIST)
            return makeError(code, "cannot write to folder " + quote(folder) + " (" + std::strerror(errno) + ")",
                             "open " + temp.string() + ": " + std::strerror(errno));
    }
    return makeError(code, "cannot create a temporary file in " + quote(folder));
}

Status AtomicFile::commit()
{
    const int fd = ::open(m_tempPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const std::string reason = std::strerror(errno);
        if (fd >= 0) ::close(fd);
        return makeError(m_code, "cannot write " + quote(m_destination) + " (" + reason + ")");
    }
    ::close(fd);
    std::error_code ec;
    fs::rename(fs::path(m_tempPath), fs::path(m_destination), ec);
    if (ec) return makeError(m_code, "cannot write " + quote(m_destination) + " (" + ec.message() + ")", "rename: " + ec.message());
    m_done = true;
    return okStatus();
}

Status AtomicFile::write(const std::string& destination, const std::string& contents, ErrorCode code)
{
    Result<AtomicFile> file = create(destination, code);
    if (!file) return file.error();
    {
        std::ofstream out(file->tempPath(), std::ios::binary | std::ios::trunc);
        out << contents;
        out.flush();
        if (!out) return makeError(code, "cannot write " + quote(destination));
    }
    return file->commit();
}

}  // namespace foley::media
