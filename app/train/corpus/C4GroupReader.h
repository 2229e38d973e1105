#pragma once

#include "app/train/corpus/SoundArchive.h"

namespace foley::app::train {

// Reads OpenClonk c4group files (.ocg/.ocd/...): a gzip stream whose magic is 1e 8c instead of 1f 8b, holding a
// 204-byte scrambled header (XOR 237, bytes 0↔2 swapped in each 3-byte group), 316-byte entries
// (name[260], Packed, ChildGroup, Size, unused, Offset, ...) and the data; offsets count from the end of the entry
// table. Child groups nest and are flattened into "Child.ocg/Name.ogg" member paths. The whole group is
// decompressed into memory (OpenClonk's largest, Objects.ocd, is ~35 MB).
class C4GroupReader : public SoundArchive {
public:
    static Result<std::unique_ptr<C4GroupReader>> open(const QString& path);
    // Parses an already decompressed group (exposed for tests).
    static Result<std::unique_ptr<C4GroupReader>> fromBytes(QByteArray data, const QString& name);

    const std::vector<ArchiveMember>& members() const override { return m_members; }
    Result<QByteArray> read(const ArchiveMember& member) const override;

    // The inverse of the header scrambling (the operation is its own inverse).
    static void scrambleHeader(char* header, int size);

private:
    C4GroupReader() = default;
    Status parseGroup(qint64 start, qint64 size, const QString& prefix, int depth);

    QString m_name;
    QByteArray m_data;
    std::vector<ArchiveMember> m_members;  // index = byte offset of the member's data in m_data
};

}  // namespace foley::app::train
