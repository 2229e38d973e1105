#pragma once

#include "core/types/Result.h"

#include <QByteArray>
#include <QString>

namespace foley::core {

// Replaces a file's content all at once: QSaveFile writes a temp file in the same folder, syncs it
// and renames it over the target, so a failure leaves the old file as it was and no temp file behind.
// Also guards against a Qt 6.4 gap: QSaveFile::commit() ignores a short final write (full disk,
// file-size limit) and would rename a truncated file into place; an explicit flush() catches it.
class AtomicFileWriter {
public:
    // `failureCode` is the code of the error returned (e.g. ProjectWriteFailed, IoWriteFailed);
    // the message names the file and the reason.
    static Status write(const QString& path, const QByteArray& bytes, ErrorCode failureCode);
};

}  // namespace foley::core
