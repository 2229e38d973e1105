#pragma once

#include "core/types/Result.h"

#include <QByteArray>
#include <QString>

namespace foley::core {

// Replaces a file's content all at once, for Qt code: the bytes go through foley::AtomicFile (temp file in the same
// folder, fsync, rename), so a failure leaves the old file as it was and no temp file behind, and a short write
// (full disk, file-size limit) is an error rather than a truncated file renamed into place.
class AtomicFileWriter {
public:
    // `failureCode` is the code of the error returned (e.g. ProjectWriteFailed, IoWriteFailed);
    // the message names the file and the reason.
    static Status write(const QString& path, const QByteArray& bytes, ErrorCode failureCode);
    // Removes temp files left in `folder` by killed writers (AtomicFile::removeLeftoverTempFiles).
    static int removeLeftoverTempFiles(const QString& folder);
};

}  // namespace foley::core
