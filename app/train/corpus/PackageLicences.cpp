#include "app/train/corpus/PackageLicences.h"

#include <QDir>
#include <QFile>

namespace foley::app::train {
namespace {

// The licence of each package's sounds (which can differ from its code's), as read from its debian/copyright.
const char* const kLicences[][2] = {
    {"0ad-data", "CC-BY-SA-3.0"},
    {"openclonk-data", "CC-BY-3.0 / CC0"},
    {"ufoai-sound", "GPL-2+ (some CC-BY(-SA), PD)"},
    {"wesnoth-1.16-data", "GPL-2"},
    {"megaglest-data", "CC-BY-SA-3.0"},
    {"nexuiz-data", "GPL-2+"},
    {"redeclipse-data", "CC-BY-SA-3.0+ (some CC-BY, CC0)"},
    {"openarena-data", "GPL-2+"},
    {"minetest-data", "CC-BY-SA-3.0 (doors CC-BY-3.0)"},
    {"openttd-opensfx", "CC-BY-3.0 / CC-BY-SA-3.0 / CC0 (per clip)"},
    {"scorched3d-data", "GPL-2+ (apoc mod CC-BY-SA-3)"},
    {"lincity-ng-data", "GPL-2+"},
    {"widelands-data", "GPL-2+"},
    {"flightgear-data-base", "GPL-2+"},
    {"torcs-data", "GPL-2+"},
    {"endless-sky-data", "GPL-3+"},
    {"lugaru-data", "CC-BY-SA-3.0"},
    {"teeworlds-data", "CC-BY-SA-3.0"},
    {"freedoom", "BSD-3-clause (Freedoom)"},
    {"tuxpaint-stamps-default", "GPL-2"},
    {"gcompris-qt-data", "GPL-3+"},
    {"scratch", "GPL-2"},
    {"sonic-pi-samples", "CC0-1.0"},
    {"lmms-common", "GPL-2+"},
    {"bucklespring-data", "GPL-2+"},
};

}  // namespace

QString PackageLicences::licenceFor(const QString& package, const QString& extractedRoot)
{
    for (const auto& row : kLicences) {
        if (package == QLatin1String(row[0])) return QString::fromUtf8(row[1]);
    }
    const QString fromFile =
        fromCopyrightFile(QDir(extractedRoot).filePath(QStringLiteral("usr/share/doc/%1/copyright").arg(package)));
    return fromFile.isEmpty() ? QStringLiteral("unknown") : fromFile;
}

QString PackageLicences::fromCopyrightFile(const QString& copyrightPath)
{
    QFile file(copyrightPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (line.startsWith(QLatin1String("License:"), Qt::CaseInsensitive)) return line.mid(8).trimmed();
    }
    return {};
}

}  // namespace foley::app::train
