#include "app/train/corpus/SoundArchive.h"

#include "app/train/corpus/C4GroupReader.h"
#include "app/train/corpus/OpenTtdCatReader.h"
#include "app/train/corpus/QtResourceReader.h"
#include "app/train/corpus/WadSoundReader.h"
#include "app/train/corpus/ZipArchiveReader.h"

#include <QFileInfo>

namespace foley::app::train {
namespace {

enum class ArchiveKind { None, Zip, C4Group, Wad, OpenTtdCat, QtResource };

ArchiveKind kindOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("zip") || suffix == QLatin1String("pk3") || suffix == QLatin1String("pk4") ||
        suffix == QLatin1String("wz"))
        return ArchiveKind::Zip;
    if (suffix == QLatin1String("ocg") || suffix == QLatin1String("ocd") || suffix == QLatin1String("ocf") ||
        suffix == QLatin1String("ocs") || suffix == QLatin1String("c4g"))
        return ArchiveKind::C4Group;
    if (suffix == QLatin1String("wad")) return ArchiveKind::Wad;
    if (suffix == QLatin1String("cat")) return ArchiveKind::OpenTtdCat;
    if (suffix == QLatin1String("rcc")) return ArchiveKind::QtResource;
    return ArchiveKind::None;
}

template <typename Reader>
Result<std::unique_ptr<SoundArchive>> openAs(const QString& path)
{
    auto reader = Reader::open(path);
    if (!reader) return reader.error();
    return std::unique_ptr<SoundArchive>(std::move(*reader));
}

}  // namespace

bool isSoundArchivePath(const QString& path)
{
    return kindOf(path) != ArchiveKind::None;
}

Result<std::unique_ptr<SoundArchive>> openSoundArchive(const QString& path)
{
    switch (kindOf(path)) {
    case ArchiveKind::Zip: return openAs<ZipArchiveReader>(path);
    case ArchiveKind::C4Group: return openAs<C4GroupReader>(path);
    case ArchiveKind::Wad: return openAs<WadSoundReader>(path);
    case ArchiveKind::OpenTtdCat: return openAs<OpenTtdCatReader>(path);
    case ArchiveKind::QtResource: return openAs<QtResourceReader>(path);
    case ArchiveKind::None: break;
    }
    return std::unique_ptr<SoundArchive>();
}

}  // namespace foley::app::train
