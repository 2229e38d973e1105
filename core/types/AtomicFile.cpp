#include "core/types/AtomicFile.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <random>
#include <system_error>

namespace foley {
namespace {

namespace fs = std::filesystem;

std::string quote(const fs::path& path)
{
    return "'" + path.string() + "'";
}

constexpr const char* kTempSuffix = ".part";
constexpr std::size_t kTagDigits = 8;

std::string randomTag()
{
    std::random_device device;
    char tag[9];
    std::snprintf(tag, sizeof(tag), "%08x", static_cast<unsigned>(device()));
    return tag;
}

// ".<name>.<pid>.<tag>.part" -> pid, or 0 when `fileName` is not of the scheme.
long tempFileOwner(const std::string& fileName)
{
    const std::string suffix = kTempSuffix;
    if (fileName.size() < 1 + suffix.size() || fileName[0] != '.'
        || fileName.compare(fileName.size() - suffix.size(), suffix.size(), suffix) != 0)
        return 0;
    const std::string stem = fileName.substr(0, fileName.size() - suffix.size());
    const std::size_t tagDot = stem.rfind('.');
    if (tagDot == std::string::npos || stem.size() - tagDot - 1 != kTagDigits) return 0;
    for (std::size_t i = tagDot + 1; i < stem.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(stem[i]))) return 0;
    const std::size_t pidDot = stem.rfind('.', tagDot - 1);
    if (pidDot == std::string::npos || pidDot == 0 || tagDot - pidDot - 1 == 0 || tagDot - pidDot - 1 > 10) return 0;
    long pid = 0;
    for (std::size_t i = pidDot + 1; i < tagDot; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(stem[i]))) return 0;
        pid = pid * 10 + (stem[i] - '0');
    }
    return pid;
}

bool processRuns(long pid)
{
    // EPERM means it runs under another user; only ESRCH says it is gone.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
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
        const fs::path temp = folder / ("." + target.filename().string() + "." + std::to_string(::getpid()) + "."
                                        + randomTag() + kTempSuffix);
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
    // The rename itself reaches the disk with the folder's entry; without this a power cut could undo it.
    const int folder = ::open(fs::path(m_destination).parent_path().empty() ? "." : fs::path(m_destination).parent_path().c_str(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return okStatus();
}

Status AtomicFile::write(const std::string& destination, const std::string& contents, ErrorCode code)
{
    return write(destination, contents.data(), contents.size(), code);
}

Status AtomicFile::write(const std::string& destination, const char* data, std::size_t sizeBytes, ErrorCode code)
{
    Result<AtomicFile> file = create(destination, code);
    if (!file) return file.error();
    const int fd = ::open(file->tempPath().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) return makeError(code, "cannot write " + quote(destination) + " (" + std::strerror(errno) + ")");
    std::size_t written = 0;
    while (written < sizeBytes) {
        const ssize_t n = ::write(fd, data + written, sizeBytes - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            // A short write of 0 bytes is how a full file system or the file-size limit shows without an errno.
            const int error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            return makeError(code, "cannot write " + quote(destination) + ": " + describeWriteError(error)
                                       + " (the previous file, if any, is unchanged)");
        }
        written += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return file->commit();
}

std::string AtomicFile::describeWriteError(int errnoValue)
{
    if (errnoValue == ENOSPC || errnoValue == EFBIG || errnoValue == EDQUOT) return "the disk is full";
    return std::strerror(errnoValue);
}

bool AtomicFile::isTempFileName(const std::string& fileName)
{
    return tempFileOwner(fileName) > 0;
}

int AtomicFile::removeLeftoverTempFiles(const std::string& folder)
{
    std::error_code ec;
    int removed = 0;
    for (fs::directory_iterator it(fs::path(folder), ec), end; !ec && it != end; it.increment(ec)) {
        const long owner = tempFileOwner(it->path().filename().string());
        if (owner <= 0 || processRuns(owner) || !it->is_regular_file(ec)) continue;
        std::error_code removeError;
        if (fs::remove(it->path(), removeError)) ++removed;
    }
    return removed;
}

}  // namespace foley
