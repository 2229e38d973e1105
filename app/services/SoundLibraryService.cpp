#include "app/services/SoundLibraryService.h"

#include "app/services/ResourceLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace foley::app {

QString soundLibraryRoot()
{
    const QString fromEnv = qEnvironmentVariable("FOLEYFORGE_SOUND_LIBRARY");
    if (!fromEnv.isEmpty()) return QDir(fromEnv).absolutePath();
    // Installed: one folder for all three programs. AppDataLocation would differ per program (it includes the
    // application name: FoleyForge, foleyforge-cli, foleyforge-train), so the XDG data home is named directly;
    // foleyforge-install-sound-library writes to the same ${XDG_DATA_HOME:-~/.local/share}/foleyforge.
    if (ResourceLocator::runsInstalled()) {
        const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        return dataHome + QStringLiteral("/foleyforge/sound-library");
    }
    return QDir(ResourceLocator::resourcesDir() + QStringLiteral("/../data/sound-library")).absolutePath();
}

namespace {

// The command that fills soundLibraryRoot(): the installed script, or the repository's script in a source tree.
QString installCommand()
{
    return ResourceLocator::runsInstalled() ? QStringLiteral("foleyforge-install-sound-library")
                                            : QStringLiteral("packaging/install-sound-library.sh");
}

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
        ? QStringLiteral("no sound library at %1 (%2 installs one)").arg(root.absolutePath(), installCommand())
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
