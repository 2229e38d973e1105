#pragma once

#include "inference/retrieval/SoundLibrary.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace foley::app {

// The installed sound library retrieval draws on (inference/retrieval): every corpus folder (a manifest.csv
// written by `foleyforge-train corpus`) under the library root, opened once per process. The root is
// $FOLEYFORGE_SOUND_LIBRARY, else <repository>/data/sound-library (packaging/install-sound-library.sh builds
// `debian/` there from Debian's sound-effect packages; users add folders with `foleyforge-train corpus --folder`),
// or, for installed programs, ~/.local/share/foleyforge/sound-library (foleyforge-install-sound-library).
// Generation uses every clip except the corpus' held-out test recordings (kept for the evaluation).
struct InstalledSoundLibrary {
    std::shared_ptr<const inference::SoundLibrary> library;  // never null; empty when nothing is installed
    QStringList folders;                                     // corpus folders read
    QString summary;                                         // "1,158 recordings in 27 classes" or why none
};

QString soundLibraryRoot();
const InstalledSoundLibrary& installedSoundLibrary();  // thread-safe, loads on first use

}  // namespace foley::app
