#pragma once

#include "app/train/corpus/SoundArchive.h"

#include <QFile>

namespace foley::app::train {

// Reads the sound lumps of a Doom WAD (IWAD/PWAD): lumps in DMX format (u16 format = 3, u16 rate, u32 sample count,
// 16 pad bytes, unsigned 8-bit PCM, 16 pad bytes). Members are the lump names ("DSPISTOL"); read() returns each
// one converted to an 8-bit mono RIFF WAV, so it decodes like any other clip. Other lumps are not listed.
class WadSoundReader : public SoundArchive {
public:
    static Result<std::unique_ptr<WadSoundReader>> open(const QString& path);

    const std::vector<ArchiveMember>& members() const override { return m_members; }
    Result<QByteArray> read(const ArchiveMember& member) const override;

    // A RIFF WAV (unsigned 8-bit mono) holding `pcm` at `sampleRate`.
    static QByteArray wavFromPcm8(const QByteArray& pcm, int sampleRate);

private:
    explicit WadSoundReader(const QString& path) : m_file(path) {}

    mutable QFile m_file;
    std::vector<ArchiveMember> m_members;  // index = lump file offset
};

}  // namespace foley::app::train
