#include "app/train/corpus/OpenTtdCatReader.h"

#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace foley::app::train {
namespace {

constexpr quint32 kNewFormatBit = 0x80000000u;
constexpr qint64 kEntrySize = 8;

Error parseError(const QString& path, const char* what)
{
    return makeError(ErrorCode::IoParseFailed,
                     QStringLiteral("'%1' is not a readable OpenTTD sound set: %2").arg(path, QLatin1String(what)).toStdString());
}

}  // namespace

void OpenTtdCatReader::parseName(const QString& name, QString& caption, QString& licence)
{
    static const QRegularExpression kCaption(QStringLiteral(R"(^\s*"([^"]+)\")"));
    static const QRegularExpression kLicence(QStringLiteral(R"(License:\s*(.+?)\.?\s*$)"));
    const auto captionMatch = kCaption.match(name);
    caption = captionMatch.hasMatch() ? captionMatch.captured(1) : name.trimmed();
    const auto licenceMatch = kLicence.match(name);
    licence = licenceMatch.hasMatch() ? licenceMatch.captured(1).trimmed() : QString();
}

Result<std::unique_ptr<OpenTtdCatReader>> OpenTtdCatReader::open(const QString& path)
{
    std::unique_ptr<OpenTtdCatReader> reader(new OpenTtdCatReader(path));
    QFile& file = reader->m_file;
    if (!file.open(QIODevice::ReadOnly)) return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot open '%1'").arg(path).toStdString());
    const qint64 fileSize = file.size();
    const QByteArray first = file.read(4);
    if (first.size() != 4) return parseError(path, "too short");
    const qint64 tableSize = qFromLittleEndian<quint32>(first.constData()) & ~kNewFormatBit;
    if (tableSize < kEntrySize || tableSize % kEntrySize != 0 || tableSize > fileSize) return parseError(path, "bad table size");
    file.seek(0);
    const QByteArray table = file.read(tableSize);
    for (qint64 i = 0; i < tableSize / kEntrySize; ++i) {
        const qint64 offset = qFromLittleEndian<quint32>(table.constData() + i * kEntrySize) & ~kNewFormatBit;
        const qint64 size = qFromLittleEndian<quint32>(table.constData() + i * kEntrySize + 4);
        if (offset < tableSize || offset >= fileSize) return parseError(path, "entry out of range");
        file.seek(offset);
        const QByteArray lengthByte = file.read(1);
        const int nameLength = lengthByte.isEmpty() ? 0 : static_cast<quint8>(lengthByte[0]);
        const QByteArray rawName = file.read(nameLength);
        const qint64 dataOffset = offset + 1 + nameLength;
        const QByteArray riff = file.read(8);
        if (riff.size() != 8 || !riff.startsWith("RIFF")) continue;  // not a WAV entry
        const qint64 riffSize = qint64(qFromLittleEndian<quint32>(riff.constData() + 4)) + 8;
        const qint64 dataSize = std::min({size, riffSize, fileSize - dataOffset});
        QString caption;
        QString licence;
        parseName(QString::fromUtf8(rawName.constData(), static_cast<qsizetype>(qstrnlen(rawName.constData(), static_cast<size_t>(rawName.size())))),
                  caption, licence);
        caption.replace(QLatin1Char('/'), QLatin1Char('-'));
        const QString memberPath = QStringLiteral("%1 %2").arg(i, 2, 10, QLatin1Char('0')).arg(caption);
        reader->m_members.push_back({memberPath, dataSize, dataOffset, QStringLiteral("wav"), licence});
    }
    return reader;
}

Result<QByteArray> OpenTtdCatReader::read(const ArchiveMember& member) const
{
    if (!m_file.seek(member.index)) return makeError(ErrorCode::IoReadFailed, "cannot seek in the sound set");
    QByteArray data = m_file.read(member.size);
    if (data.size() != member.size) return makeError(ErrorCode::IoReadFailed, "short read in the sound set");
    return data;
}

}  // namespace foley::app::train
