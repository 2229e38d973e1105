#pragma once

#include <QString>

namespace foley::app::train {

// The sound licence of a Debian package: the per-package table in PackageLicences.cpp (read from each package's
// debian/copyright), else the first `License:` line of usr/share/doc/<package>/copyright under `extractedRoot`,
// else "unknown".
class PackageLicences {
public:
    static QString licenceFor(const QString& package, const QString& extractedRoot);
    static QString fromCopyrightFile(const QString& copyrightPath);  // empty when the file has no License: line
};

}  // namespace foley::app::train
