#pragma once

#include "core/types/Result.h"

#include <cstddef>
#include <string>

namespace foley {

// A temporary file in the destination's folder that replaces the destination only on commit(), so a
// failure or a cancel never leaves a half-written file; an uncommitted temp file is removed on destruction.
// The one home of "write, then rename into place" for every file the programs write (Qt code goes through
// core/io/AtomicFileWriter, which calls write()).
//
// Temp files are named ".<name>.<pid>.<8 hex digits>.part". A process killed mid-write (SIGKILL, power loss)
// cannot remove its own, so removeLeftoverTempFiles() removes those whose process no longer runs; the
// programs call it on the folders they are about to write to (a project's folder and takes folder when it
// opens, a command's output folder).
class AtomicFile {
public:
    // Checks the folder (exists, is a folder, writable) by creating the empty temp file.
    // Errors carry `code` and name the file or folder.
    static Result<AtomicFile> create(const std::string& destination, ErrorCode code);
    ~AtomicFile();
    AtomicFile(AtomicFile&& other) noexcept;
    AtomicFile& operator=(AtomicFile&&) = delete;
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& tempPath() const { return m_tempPath; }
    const std::string& destination() const { return m_destination; }

    // Flushes the temp file to disk and renames it over the destination.
    Status commit();

    // The whole of `contents` to `destination`, atomically. Errors carry `code`, name the file and say when the
    // disk (or the file-size limit) is full.
    static Status write(const std::string& destination, const std::string& contents, ErrorCode code);
    static Status write(const std::string& destination, const char* data, std::size_t sizeBytes, ErrorCode code);

    // Words for a failed write's errno: "the disk is full" for ENOSPC, EDQUOT and EFBIG (the file-size limit), else
    // the system's text. Every writer words a full disk this way.
    static std::string describeWriteError(int errnoValue);

    // True for a file name of the temp-file scheme above (any pid).
    static bool isTempFileName(const std::string& fileName);
    // Removes the temp files in `folder` left by processes that no longer run (never a running writer's, so two
    // programs writing to one folder do not disturb each other). Returns how many it removed; a missing folder is 0.
    static int removeLeftoverTempFiles(const std::string& folder);

private:
    AtomicFile(std::string destination, std::string tempPath, ErrorCode code);

    std::string m_destination;
    std::string m_tempPath;
    ErrorCode m_code;
    bool m_done = false;
};

}  // namespace foley
