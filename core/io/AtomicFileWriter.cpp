#include "core/io/AtomicFileWriter.h"

#include <QDir>
#include <QSaveFile>

namespace foley::core {

namespace {

Error writeError(ErrorCode code, const QString& path, const QString& reason)
{
    return makeError(code, QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason).toStdString());
}

}  // namespace

Status AtomicFileWriter::write(const QString& path, const QByteArray& bytes, ErrorCode failureCode)
{
    QSaveFile out(path);
    out.setDirectWriteFallback(false);  // never write in place, even in a folder we cannot create files in
    if (!out.open(QIODevice::WriteOnly)) return writeError(failureCode, path, out.errorString());
    const bool complete = out.write(bytes) == bytes.size() && out.flush();
    if (!complete) {
        const QString reason = out.error() == QFileDevice::ResourceError || out.errorString() == QLatin1String("Unknown error")
            ? QStringLiteral("only part of the file could be written (is the disk full?)")
            : out.errorString();
        out.cancelWriting();
        return writeError(failureCode, path, reason);
    }
    if (!out.commit()) return writeError(failureCode, path, out.errorString());
    return okStatus();
}

}  // namespace foley::core
