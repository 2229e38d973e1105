#pragma once

#include "app/train/corpus/SoundArchive.h"

#include <QFile>

namespace foley::app::train {

// Reads OpenTTD sound sets (opensfx.cat): a table of (u32 offset with bit 31 set, u32 size) whose first offset is
// also the table's length; each entry is a 1-byte name length, the name, then a RIFF WAV. OpenSFX's names read
// `"Ship horn". Original ... License: Creative Commons Attribution 3.0 Unported.`: the quoted caption becomes the
// member path ("06 Ship horn", with '/' replaced) and the License: text the member's licence.
class OpenTtdCatReader : public SoundArchive {
public:
    static Result<std::unique_ptr<OpenTtdCatReader>> open(const QString& path);

    const std::vector<ArchiveMember>& members() const override { return m_members; }
    Result<QByteArray> read(const ArchiveMember& member) const override;

    // Splits an OpenSFX name into its caption and licence (either may be empty).
    static void parseName(const QString& name, QString& caption, QString& licence);

private:
    explicit OpenTtdCatReader(const QString& path) : m_file(path) {}

    mutable QFile m_file;
    std::vector<ArchiveMember> m_members;  // index = offset of the RIFF data
};

}  // namespace foley::app::train
