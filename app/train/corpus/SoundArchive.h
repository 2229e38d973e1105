#pragma once

#include "core/types/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace foley::app::train {

// One file inside a packed container (zip/pk3, c4group, WAD, OpenTTD .cat, Qt .rcc).
struct ArchiveMember {
    QString path;       // "/"-separated path inside the container, e.g. "sound/world/door1.wav" or "Glass.ocg/Break.ogg"
    qint64 size = 0;    // uncompressed size in bytes
    qint64 index = 0;   // reader-specific handle
    QString audioSuffix;  // set when the member is audio whatever its name ("wav" for WAD sound lumps)
    QString licence;      // set when the container names a licence per member (OpenTTD sound sets)
};

// A read-only packed container whose members the corpus builder reads one at a time.
class SoundArchive {
public:
    virtual ~SoundArchive() = default;
    // Every regular (non-group) member in container order.
    virtual const std::vector<ArchiveMember>& members() const = 0;
    // The member's bytes (decompressed). Errors: IoReadFailed, IoParseFailed.
    virtual Result<QByteArray> read(const ArchiveMember& member) const = 0;
};

// Opens `path` by its suffix (.zip .pk3 .wz .pk4 → zip; .ocg .ocd .ocf .ocs .c4g → c4group; .wad → WAD sound lumps;
// .cat → OpenTTD sound set; .rcc → Qt resources).
// Returns nullptr for a suffix that is not a container; an Error for a container that cannot be read.
Result<std::unique_ptr<SoundArchive>> openSoundArchive(const QString& path);
bool isSoundArchivePath(const QString& path);

}  // namespace foley::app::train
