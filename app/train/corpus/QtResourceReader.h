#pragma once

#include "app/train/corpus/SoundArchive.h"

namespace foley::app::train {

// Reads compiled Qt resource files (.rcc, as GCompris ships its activities): big-endian header "qres", version,
// tree/data/names offsets; tree nodes of 14 bytes (v1) or 22 bytes (v2+: plus a modification time) with a name
// offset, flags (1 = zlib, 2 = directory, 4 = zstd), then either child count + first child or locale + data offset.
// Data entries are a u32 size and the bytes; zlib ones start with the u32 uncompressed size (qCompress format).
// Members are the file paths below the root ("gcompris/src/activities/x/resource/sound.wav"); zstd ones are skipped.
class QtResourceReader : public SoundArchive {
public:
    static Result<std::unique_ptr<QtResourceReader>> open(const QString& path);
    static Result<std::unique_ptr<QtResourceReader>> fromBytes(QByteArray data, const QString& name);

    const std::vector<ArchiveMember>& members() const override { return m_members; }
    Result<QByteArray> read(const ArchiveMember& member) const override;

private:
    QtResourceReader() = default;
    Status parseTree();
    Status walk(quint32 node, const QString& prefix, int depth);
    Result<QString> nameAt(quint32 offset) const;

    QString m_name;
    QByteArray m_data;
    quint32 m_treeOffset = 0;
    quint32 m_dataOffset = 0;
    quint32 m_namesOffset = 0;
    int m_nodeSize = 22;
    std::vector<ArchiveMember> m_members;  // index = offset of the stored bytes; size = stored (maybe zlib) size
    std::vector<bool> m_compressed;        // per member, parallel to m_members
};

}  // namespace foley::app::train
