#pragma once

#include "app/train/corpus/SoundArchive.h"

#include <QFile>

namespace foley::app::train {

// Reads .zip/.pk3 members through the central directory (stored and deflate; no ZIP64, no encryption).
// The file stays open while the reader lives; members are read on demand.
class ZipArchiveReader : public SoundArchive {
public:
    static Result<std::unique_ptr<ZipArchiveReader>> open(const QString& path);

    const std::vector<ArchiveMember>& members() const override { return m_members; }
    Result<QByteArray> read(const ArchiveMember& member) const override;

private:
    struct Entry {
        quint16 method = 0;
        quint16 flags = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 localHeaderOffset = 0;
    };

    explicit ZipArchiveReader(const QString& path);
    Status readCentralDirectory();

    mutable QFile m_file;
    std::vector<Entry> m_entries;
    std::vector<ArchiveMember> m_members;
};

}  // namespace foley::app::train
