#pragma once

#include "core/types/Result.h"

#include <string>

namespace foley::media {

// A temporary file in the destination's folder that replaces the destination only on commit(), so a
// failure or a cancel never leaves a half-written file; an uncommitted temp file is removed on destruction.
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

    // The whole of `contents` to `destination`, atomically (the std-only twin of core/io's AtomicFileWriter, for the
    // layers without Qt: model packs, vocabularies). Errors carry `code` and name the file.
    static Status write(const std::string& destination, const std::string& contents, ErrorCode code);

private:
    AtomicFile(std::string destination, std::string tempPath, ErrorCode code);

    std::string m_destination;
    std::string m_tempPath;
    ErrorCode m_code;
    bool m_done = false;
};

}  // namespace foley::media
