#include "app/train/corpus/QtResourceReader.h"

#include <QFile>
#include <QtEndian>

#include <zlib.h>

namespace foley::app::train {
namespace {

constexpr int kMaxDepth = 64;
constexpr quint16 kFlagZlib = 0x01;
constexpr quint16 kFlagDirectory = 0x02;
constexpr quint16 kFlagZstd = 0x04;

Error parseError(const QString& name, const QString& what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("'%1' is not a readable Qt resource file: %2").arg(name, what).toStdString());
}

}  // namespace

Result<std::unique_ptr<QtResourceReader>> QtResourceReader::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot open '%1'").arg(path).toStdString());
    return fromBytes(file.readAll(), path);
}

Result<std::unique_ptr<QtResourceReader>> QtResourceReader::fromBytes(QByteArray data, const QString& name)
{
    std::unique_ptr<QtResourceReader> reader(new QtResourceReader());
    reader->m_name = name;
    reader->m_data = std::move(data);
    Status status = reader->parseTree();
    if (!status) return status.error();
    return reader;
}

Status QtResourceReader::parseTree()
{
    const char* d = m_data.constData();
    if (m_data.size() < 20 || !m_data.startsWith("qres")) return parseError(m_name, QStringLiteral("no qres magic"));
    const quint32 version = qFromBigEndian<quint32>(d + 4);
    m_treeOffset = qFromBigEndian<quint32>(d + 8);
    m_dataOffset = qFromBigEndian<quint32>(d + 12);
    m_namesOffset = qFromBigEndian<quint32>(d + 16);
    if (version < 1 || version > 3) return parseError(m_name, QStringLiteral("unknown version %1").arg(version));
    m_nodeSize = version >= 2 ? 22 : 14;
    const auto size = static_cast<quint32>(m_data.size());
    if (m_treeOffset >= size || m_dataOffset >= size || m_namesOffset >= size) return parseError(m_name, QStringLiteral("offsets out of range"));
    return walk(0, QString(), 0);
}

Result<QString> QtResourceReader::nameAt(quint32 offset) const
{
    const qint64 at = qint64(m_namesOffset) + offset;
    if (at + 6 > m_data.size()) return parseError(m_name, QStringLiteral("name out of range"));
    const quint16 length = qFromBigEndian<quint16>(m_data.constData() + at);
    if (at + 6 + 2 * qint64(length) > m_data.size()) return parseError(m_name, QStringLiteral("name out of range"));
    QString name(length, Qt::Uninitialized);
    for (quint16 i = 0; i < length; ++i) name[i] = QChar(qFromBigEndian<quint16>(m_data.constData() + at + 6 + 2 * i));
    return name;
}

Status QtResourceReader::walk(quint32 node, const QString& prefix, int depth)
{
    if (depth > kMaxDepth) return parseError(m_name, QStringLiteral("tree too deep"));
    const qint64 at = qint64(m_treeOffset) + qint64(node) * m_nodeSize;
    if (at + 14 > m_data.size()) return parseError(m_name, QStringLiteral("node out of range"));
    const char* p = m_data.constData() + at;
    const quint16 flags = qFromBigEndian<quint16>(p + 4);
    QString path;
    if (node != 0) {  // the root has no name
        Result<QString> name = nameAt(qFromBigEndian<quint32>(p));
        if (!name) return name.error();
        path = prefix + *name;
    }
    if (flags & kFlagDirectory) {
        const quint32 count = qFromBigEndian<quint32>(p + 6);
        const quint32 first = qFromBigEndian<quint32>(p + 10);
        if (first <= node && count > 0) return parseError(m_name, QStringLiteral("directory loops"));
        for (quint32 i = 0; i < count; ++i) {
            Status status = walk(first + i, path.isEmpty() ? QString() : path + QLatin1Char('/'), depth + 1);
            if (!status) return status;
        }
        return okStatus();
    }
    if (flags & kFlagZstd) return okStatus();  // needs libzstd; GCompris uses zlib
    const qint64 dataAt = qint64(m_dataOffset) + qFromBigEndian<quint32>(p + 10);
    if (dataAt + 4 > m_data.size()) return parseError(m_name, path + QStringLiteral(": data out of range"));
    const qint64 size = qFromBigEndian<quint32>(m_data.constData() + dataAt);
    if (dataAt + 4 + size > m_data.size()) return parseError(m_name, path + QStringLiteral(": data out of range"));
    m_members.push_back({path, size, dataAt + 4, QString(), QString()});
    m_compressed.push_back((flags & kFlagZlib) != 0);
    return okStatus();
}

Result<QByteArray> QtResourceReader::read(const ArchiveMember& member) const
{
    size_t i = 0;
    while (i < m_members.size() && m_members[i].index != member.index) ++i;
    if (i == m_members.size()) return makeError(ErrorCode::InvalidArgument, QStringLiteral("no member '%1'").arg(member.path).toStdString());
    const QByteArray stored = m_data.mid(member.index, member.size);
    if (!m_compressed[i]) return stored;
    if (stored.size() < 4) return parseError(m_name, member.path + QStringLiteral(": truncated"));
    uLongf length = qFromBigEndian<quint32>(stored.constData());
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    const int code = uncompress(reinterpret_cast<Bytef*>(out.data()), &length,
                                reinterpret_cast<const Bytef*>(stored.constData() + 4), static_cast<uLong>(stored.size() - 4));
    if (code != Z_OK) return parseError(m_name, member.path + QStringLiteral(": zlib error %1").arg(code));
    out.resize(static_cast<qsizetype>(length));
    return out;
}

}  // namespace foley::app::train
