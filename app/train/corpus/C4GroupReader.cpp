#include "app/train/corpus/C4GroupReader.h"

#include "app/train/corpus/ZlibInflate.h"

#include <QFile>

#include <cstring>
#include <utility>

namespace foley::app::train {
namespace {

constexpr int kHeaderSize = 204;
constexpr int kEntrySize = 316;
constexpr int kNameSize = 260;
constexpr int kMaxDepth = 16;
// Older groups say "RedWolf Design GROUP", OpenClonk 8 writes "RedWolf Design GrpFolder".
const char kGroupId[] = "RedWolf Design ";

qint32 i32(const char* p)
{
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return static_cast<qint32>(static_cast<quint32>(b[0]) | (static_cast<quint32>(b[1]) << 8) |
                               (static_cast<quint32>(b[2]) << 16) | (static_cast<quint32>(b[3]) << 24));
}

Error parseError(const QString& name, const QString& what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("'%1' is not a readable c4group: %2").arg(name, what).toStdString());
}

}  // namespace

void C4GroupReader::scrambleHeader(char* header, int size)
{
    for (int i = 0; i < size; ++i) header[i] = static_cast<char>(header[i] ^ static_cast<char>(237));
    for (int i = 0; i + 2 < size; i += 3) std::swap(header[i], header[i + 2]);
}

Result<std::unique_ptr<C4GroupReader>> C4GroupReader::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot open '%1'").arg(path).toStdString());
    QByteArray packed = file.readAll();
    if (packed.size() < 2) return parseError(path, QStringLiteral("too short"));
    const auto b0 = static_cast<unsigned char>(packed[0]);
    const auto b1 = static_cast<unsigned char>(packed[1]);
    if (b0 == 0x1e && b1 == 0x8c) {
        packed[0] = static_cast<char>(0x1f);
        packed[1] = static_cast<char>(0x8b);
    } else if (!(b0 == 0x1f && b1 == 0x8b)) {
        return parseError(path, QStringLiteral("no gzip magic"));
    }
    Result<QByteArray> data = inflateBytes(packed, ZlibFormat::Gzip);
    if (!data) return parseError(path, QString::fromStdString(data.error().message));
    return fromBytes(std::move(*data), path);
}

Result<std::unique_ptr<C4GroupReader>> C4GroupReader::fromBytes(QByteArray data, const QString& name)
{
    std::unique_ptr<C4GroupReader> reader(new C4GroupReader());
    reader->m_name = name;
    reader->m_data = std::move(data);
    Status status = reader->parseGroup(0, reader->m_data.size(), QString(), 0);
    if (!status) return status.error();
    return reader;
}

Status C4GroupReader::parseGroup(qint64 start, qint64 size, const QString& prefix, int depth)
{
    if (depth > kMaxDepth) return parseError(m_name, QStringLiteral("groups nested too deeply"));
    if (size < kHeaderSize) return parseError(m_name, prefix + QStringLiteral(": header truncated"));
    QByteArray header = m_data.mid(start, kHeaderSize);
    if (std::strncmp(header.constData(), kGroupId, sizeof(kGroupId) - 1) != 0) {
        scrambleHeader(header.data(), kHeaderSize);
        if (std::strncmp(header.constData(), kGroupId, sizeof(kGroupId) - 1) != 0)
            return parseError(m_name, prefix + QStringLiteral(": bad group id"));
    }
    const qint32 entryCount = i32(header.constData() + 36);
    const qint64 tableEnd = kHeaderSize + static_cast<qint64>(entryCount) * kEntrySize;
    if (entryCount < 0 || tableEnd > size) return parseError(m_name, prefix + QStringLiteral(": entry table truncated"));

    for (qint32 i = 0; i < entryCount; ++i) {
        const char* entry = m_data.constData() + start + kHeaderSize + static_cast<qint64>(i) * kEntrySize;
        const QString entryName = QString::fromUtf8(entry, static_cast<qsizetype>(strnlen(entry, kNameSize)));
        const bool childGroup = i32(entry + 264) != 0;
        const qint64 entrySize = i32(entry + 268);
        const qint64 offset = tableEnd + i32(entry + 276);
        if (entrySize < 0 || offset < tableEnd || offset + entrySize > size)
            return parseError(m_name, prefix + entryName + QStringLiteral(": entry out of range"));
        const QString path = prefix + entryName;
        if (childGroup) {
            Status status = parseGroup(start + offset, entrySize, path + QLatin1Char('/'), depth + 1);
            if (!status) return status;
        } else {
            m_members.push_back({path, entrySize, start + offset, QString(), QString()});
        }
    }
    return okStatus();
}

Result<QByteArray> C4GroupReader::read(const ArchiveMember& member) const
{
    if (member.index < 0 || member.index + member.size > m_data.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no member '%1!%2'").arg(m_name, member.path).toStdString());
    return m_data.mid(member.index, member.size);
}

}  // namespace foley::app::train
