#include "app/train/corpus/WadSoundReader.h"

#include <QtEndian>

namespace foley::app::train {
namespace {

constexpr int kDirectoryEntrySize = 16;
constexpr int kDmxHeaderSize = 8;
constexpr int kDmxPadding = 16;
constexpr quint16 kDmxFormat = 3;

quint32 le32(const char* p) { return qFromLittleEndian<quint32>(p); }
quint16 le16(const char* p) { return qFromLittleEndian<quint16>(p); }

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

Error parseError(const QString& path, const char* what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("'%1' is not a readable WAD: %2").arg(path, QLatin1String(what)).toStdString());
}

}  // namespace

Result<std::unique_ptr<WadSoundReader>> WadSoundReader::open(const QString& path)
{
    std::unique_ptr<WadSoundReader> reader(new WadSoundReader(path));
    QFile& file = reader->m_file;
    if (!file.open(QIODevice::ReadOnly)) return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot open '%1'").arg(path).toStdString());
    const QByteArray header = file.read(12);
    if (header.size() != 12 || !(header.startsWith("IWAD") || header.startsWith("PWAD"))) return parseError(path, "no IWAD/PWAD magic");
    const qint64 lumpCount = le32(header.constData() + 4);
    const qint64 directoryOffset = le32(header.constData() + 8);
    if (directoryOffset + lumpCount * kDirectoryEntrySize > file.size()) return parseError(path, "directory out of range");
    file.seek(directoryOffset);
    const QByteArray directory = file.read(lumpCount * kDirectoryEntrySize);
    for (qint64 i = 0; i < lumpCount; ++i) {
        const char* entry = directory.constData() + i * kDirectoryEntrySize;
        const qint64 offset = le32(entry);
        const qint64 size = le32(entry + 4);
        const QString name = QString::fromLatin1(entry + 8, static_cast<qsizetype>(qstrnlen(entry + 8, 8)));
        if (size < kDmxHeaderSize + 2 * kDmxPadding || offset + size > file.size()) continue;
        file.seek(offset);
        const QByteArray head = file.read(kDmxHeaderSize);
        if (le16(head.constData()) != kDmxFormat) continue;
        const qint64 count = le32(head.constData() + 4);
        if (count < 2 * kDmxPadding || kDmxHeaderSize + count > size) continue;
        reader->m_members.push_back({name, size, offset, QStringLiteral("wav"), QString()});
    }
    return reader;
}

Result<QByteArray> WadSoundReader::read(const ArchiveMember& member) const
{
    if (!m_file.seek(member.index)) return makeError(ErrorCode::IoReadFailed, "cannot seek in WAD");
    const QByteArray lump = m_file.read(member.size);
    if (lump.size() != member.size) return makeError(ErrorCode::IoReadFailed, "short read in WAD");
    const int rate = le16(lump.constData() + 2);
    const qint64 count = le32(lump.constData() + 4);
    if (rate <= 0) return parseError(m_file.fileName(), "sound lump with rate 0");
    // The count includes the 16 pad bytes before and after the samples.
    return wavFromPcm8(lump.mid(kDmxHeaderSize + kDmxPadding, count - 2 * kDmxPadding), rate);
}

QByteArray WadSoundReader::wavFromPcm8(const QByteArray& pcm, int sampleRate)
{
    QByteArray out;
    const auto dataSize = static_cast<quint32>(pcm.size());
    out.append("RIFF");
    appendLe32(out, 36 + dataSize);
    out.append("WAVEfmt ");
    appendLe32(out, 16);
    appendLe16(out, 1);  // PCM
    appendLe16(out, 1);  // mono
    appendLe32(out, static_cast<quint32>(sampleRate));
    appendLe32(out, static_cast<quint32>(sampleRate));  // byte rate: 1 byte per frame
    appendLe16(out, 1);                                 // block align
    appendLe16(out, 8);                                 // bits per sample
    out.append("data");
    appendLe32(out, dataSize);
    out.append(pcm);
    if (pcm.size() % 2) out.append('\x80');  // RIFF chunks are word-aligned
    return out;
}

}  // namespace foley::app::train
