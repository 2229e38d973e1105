#include "app/services/SoundLibraryService.h"

#include "app/services/ResourceLocator.h"

#include <QDir>
#include <QFileInfo>

namespace foley::app {

QString soundLibraryRoot()
{
    const QString fromEnv = qEnvironmentVariable("FOLEYFORGE_SOUND_LIBRARY");
    if (!fromEnv.isEmpty()) return QDir(fromEnv).absolutePath();
    return QDir(ResourceLocator::resourcesDir() + QStringLiteral("/../data/sound-library")).absolutePath();
}

namespace {

InstalledSoundLibrary load()
{
    InstalledSoundLibrary installed;
    auto library = std::make_shared<inference::SoundLibrary>();
    const QDir root(soundLibraryRoot());
    QStringList candidates;
    if (QFileInfo(root.filePath("manifest.csv")).isFile()) candidates << root.absolutePath();
    for (const QString& sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFileInfo(root.filePath(sub + "/manifest.csv")).isFile()) candidates << root.filePath(sub);
    for (const QString& folder : candidates) {
        Result<inference::SoundLibrary> opened = inference::SoundLibrary::open(QDir(folder).absolutePath().toStdString());
        if (!opened) continue;
        library->add(opened->filtered([](const inference::LibraryClip& clip) {
            return clip.package == "user" || (clip.split != "test" && clip.split != "reserved");
        }));
        installed.folders << folder;
    }
    installed.summary = library->isEmpty()
        ? QStringLiteral("no sound library at %1 (packaging/install-sound-library.sh installs one)").arg(root.absolutePath())
        : QStringLiteral("%1 recordings in %2 classes").arg(library->size()).arg(library->classes().size());
    installed.library = library;
    return installed;
}

}  // namespace

const InstalledSoundLibrary& installedSoundLibrary()
{
    static const InstalledSoundLibrary kInstalled = load();  // C++11 magic statics: thread-safe initialisation
    return kInstalled;
}

}  // namespace foley::app
