#include "core/io/AtomicFileWriter.h"

#include "core/types/AtomicFile.h"

#include <QFile>

namespace foley::core {

Status AtomicFileWriter::write(const QString& path, const QByteArray& bytes, ErrorCode failureCode)
{
    return AtomicFile::write(QFile::encodeName(path).toStdString(), bytes.constData(), static_cast<std::size_t>(bytes.size()),
                             failureCode);
}

int AtomicFileWriter::removeLeftoverTempFiles(const QString& folder)
{
    return AtomicFile::removeLeftoverTempFiles(QFile::encodeName(folder).toStdString());
}

}  // namespace foley::core
