#include "app/train/corpus/ZipArchiveReader.h"

#include "app/train/corpus/ZlibInflate.h"

namespace foley::app::train {
namespace {

constexpr quint32 kEndOfCentralDirectory = 0x06054b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qint64 kEndRecordSize = 22;
constexpr qint64 kMaxCommentSize = 0xffff;

quint16 u16(const QByteArray& bytes, qint64 at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + at;
    return static_cast<quint16>(p[0] | (p[1] << 8));
}

quint32 u32(const QByteArray& bytes, qint64 at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData()) + at;
    return static_cast<quint32>(p[0]) | (static_cast<quint32>(p[1]) << 8) | (static_cast<quint32>(p[2]) << 16) |
           (static_cast<quint32>(p[3]) << 24);
}

Error parseError(const QString& path, const char* what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("'%1' is not a readable zip: %2").arg(path, QLatin1String(what)).toStdString());
}

}  // namespace

ZipArchiveReader::ZipArchiveReader(const QString& path) : m_file(path) {}

Result<std::unique_ptr<ZipArchiveReader>> ZipArchiveReader::open(const QString& path)
{
    std::unique_ptr<ZipArchiveReader> reader(new ZipArchiveReader(path));
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot open '%1'").arg(path).toStdString());
    Status status = reader->readCentralDirectory();
    if (!status) return status.error();
    return reader;
}

Status ZipArchiveReader::readCentralDirectory()
{
    const QString path = m_file.fileName();
    const qint64 fileSize = m_file.size();
    const qint64 tailSize = std::min(fileSize, kEndRecordSize + kMaxCommentSize);
    m_file.seek(fileSize - tailSize);
    const QByteArray tail = m_file.read(tailSize);
    qint64 end = -1;
    for (qint64 at = tail.size() - kEndRecordSize; at >= 0; --at) {
        if (u32(tail, at) == kEndOfCentralDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0) return parseError(path, "no end of central directory");
    const quint16 count = u16(tail, end + 10);
    const qint64 directorySize = u32(tail, end + 12);
    const qint64 directoryOffset = u32(tail, end + 16);
    if (directoryOffset + directorySize > fileSize) return parseError(path, "central directory out of range (ZIP64?)");
    m_file.seek(directoryOffset);
    const QByteArray directory = m_file.read(directorySize);
    if (directory.size() != directorySize) return parseError(path, "short read");

    qint64 at = 0;
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > directory.size() || u32(directory, at) != kCentralHeader) return parseError(path, "bad central header");
        Entry entry;
        entry.flags = u16(directory, at + 8);
        entry.method = u16(directory, at + 10);
        entry.compressedSize = u32(directory, at + 20);
        entry.size = u32(directory, at + 24);
        const quint16 nameLength = u16(directory, at + 28);
        const quint16 extraLength = u16(directory, at + 30);
        const quint16 commentLength = u16(directory, at + 32);
        entry.localHeaderOffset = u32(directory, at + 42);
        if (at + 46 + nameLength > directory.size()) return parseError(path, "truncated name");
        const QByteArray rawName = directory.mid(at + 46, nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        // Bit 11: UTF-8 names; older archives use CP437, which is ASCII for every name that matters here.
        const QString name = (entry.flags & 0x0800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        if (name.endsWith(QLatin1Char('/'))) continue;
        m_members.push_back({name, entry.size, static_cast<qint64>(m_entries.size()), QString(), QString()});
        m_entries.push_back(entry);
    }
    return okStatus();
}

Result<QByteArray> ZipArchiveReader::read(const ArchiveMember& member) const
{
    const QString where = m_file.fileName() + QLatin1Char('!') + member.path;
    if (member.index < 0 || member.index >= static_cast<qint64>(m_entries.size()))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no member '%1'").arg(where).toStdString());
    const Entry& entry = m_entries[static_cast<size_t>(member.index)];
    if (entry.flags & 0x0001)
        return makeError(ErrorCode::IoParseFailed, QStringLiteral("'%1' is encrypted").arg(where).toStdString());
    if (!m_file.seek(entry.localHeaderOffset))
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot seek to '%1'").arg(where).toStdString());
    const QByteArray local = m_file.read(30);
    if (local.size() != 30 || u32(local, 0) != kLocalHeader)
        return makeError(ErrorCode::IoParseFailed, QStringLiteral("bad local header for '%1'").arg(where).toStdString());
    m_file.seek(entry.localHeaderOffset + 30 + u16(local, 26) + u16(local, 28));
    const QByteArray packed = m_file.read(entry.compressedSize);
    if (packed.size() != entry.compressedSize)
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("short read of '%1'").arg(where).toStdString());
    if (entry.method == 0) return packed;
    if (entry.method != 8)
        return makeError(ErrorCode::IoParseFailed,
                         QStringLiteral("'%1' uses compression method %2").arg(where).arg(entry.method).toStdString());
    Result<QByteArray> data = inflateBytes(packed, ZlibFormat::Raw, entry.size);
    if (!data) return makeError(ErrorCode::IoParseFailed, QStringLiteral("cannot inflate '%1': %2").arg(where, QString::fromStdString(data.error().message)).toStdString());
    if (data->size() != entry.size)
        return makeError(ErrorCode::IoParseFailed, QStringLiteral("'%1' inflated to the wrong size").arg(where).toStdString());
    return data;
}

}  // namespace foley::app::train
