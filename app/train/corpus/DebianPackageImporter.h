#pragma once

#include "app/train/corpus/CorpusBuilder.h"

#include <QString>
#include <QStringList>

namespace foley::app::train {

// Feeds one Debian package (.deb) to the corpus builder: reads Package/Version with `dpkg-deb -f`, extracts the
// audio files and containers with `dpkg-deb --fsys-tarfile | tar -x` into a temp folder under OUT/.work (removed
// afterwards), then offers every audio file and every audio member of zip/pk3, c4group and WAD containers.
class DebianPackageImporter {
public:
    explicit DebianPackageImporter(CorpusBuilder& builder) : m_builder(builder) {}

    // The .deb files in `folder` (sorted; packages reserved for evaluation first, so a clip shipped by both a
    // reserved and a training package is kept as reserved), limited to `packages` when not empty.
    static QStringList findDebs(const QString& folder, const QStringList& packages);
    // The package name in a .deb file name (`name_version_arch.deb`).
    static QString packageOfDebFile(const QString& debPath);

    // Imports one package and logs a progress line. Errors (unreadable .deb, failed extraction) are per package.
    Status importDeb(const QString& debPath);
    // Imports an already extracted package tree (exposed for tests).
    void importTree(const QString& root, const QString& package, const QString& version, const QString& licence);

private:
    void importFile(const QString& root, const QString& relative, const ClipCandidate& base);
    void importArchive(const QString& path, const QString& relative, const ClipCandidate& base);

    CorpusBuilder& m_builder;
};

bool isAudioFilePath(const QString& path);

}  // namespace foley::app::train
