#include "app/train/corpus/DebianPackageImporter.h"

#include "app/train/corpus/CorpusSplitter.h"
#include "app/train/corpus/PackageLicences.h"
#include "app/train/corpus/SoundArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>

namespace foley::app::train {
namespace {

constexpr int kProcessTimeoutMs = 10 * 60 * 1000;

const char* const kAudioSuffixes[] = {"ogg", "oga", "wav", "flac", "mp3", "opus", "wv", "aif", "aiff", "au"};

// What tar extracts: audio, containers, and the copyright files (licence fallback).
QStringList extractPatterns()
{
    QStringList patterns;
    for (const char* suffix : kAudioSuffixes) patterns << QStringLiteral("*.%1").arg(QLatin1String(suffix));
    patterns << QStringLiteral("*.zip") << QStringLiteral("*.pk3") << QStringLiteral("*.pk4") << QStringLiteral("*.wz")
             << QStringLiteral("*.ocg") << QStringLiteral("*.ocd") << QStringLiteral("*.ocf") << QStringLiteral("*.ocs")
             << QStringLiteral("*.c4g") << QStringLiteral("*.wad") << QStringLiteral("*.cat")
             << QStringLiteral("*.rcc")
             << QStringLiteral("*/copyright");
    return patterns;
}

Result<QString> runDpkgField(const QString& debPath, const QString& field)
{
    QProcess process;
    process.start(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), debPath, field});
    if (!process.waitForFinished(kProcessTimeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("dpkg-deb -f '%1' %2 failed: %3")
                                                      .arg(debPath, field, QString::fromLocal8Bit(process.readAllStandardError()).trimmed())
                                                      .toStdString());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

Status extractDeb(const QString& debPath, const QString& destination)
{
    QProcess dpkg;
    QProcess tar;
    dpkg.setStandardOutputProcess(&tar);
    QStringList tarArgs{QStringLiteral("-x"), QStringLiteral("-C"), destination, QStringLiteral("--wildcards"),
                        QStringLiteral("--ignore-case"), QStringLiteral("--no-same-owner")};
    tarArgs << extractPatterns();
    dpkg.start(QStringLiteral("dpkg-deb"), {QStringLiteral("--fsys-tarfile"), debPath});
    tar.start(QStringLiteral("tar"), tarArgs);
    const bool dpkgDone = dpkg.waitForFinished(kProcessTimeoutMs);
    const bool tarDone = tar.waitForFinished(kProcessTimeoutMs);
    if (!dpkgDone || dpkg.exitStatus() != QProcess::NormalExit || dpkg.exitCode() != 0)
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("dpkg-deb --fsys-tarfile '%1' failed: %2")
                                                      .arg(debPath, QString::fromLocal8Bit(dpkg.readAllStandardError()).trimmed())
                                                      .toStdString());
    // tar exits 2 when a pattern matches nothing ("Not found in archive"); anything it did extract is used.
    if (!tarDone || tar.exitStatus() != QProcess::NormalExit)
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("tar could not extract '%1'").arg(debPath).toStdString());
    return okStatus();
}

}  // namespace

bool isAudioFilePath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return std::any_of(std::begin(kAudioSuffixes), std::end(kAudioSuffixes),
                       [&](const char* s) { return suffix == QLatin1String(s); });
}

QString DebianPackageImporter::packageOfDebFile(const QString& debPath)
{
    return QFileInfo(debPath).fileName().section(QLatin1Char('_'), 0, 0);
}

QStringList DebianPackageImporter::findDebs(const QString& folder, const QStringList& packages)
{
    QStringList debs;
    for (const QString& name : QDir(folder).entryList({QStringLiteral("*.deb")}, QDir::Files, QDir::Name)) {
        const QString package = packageOfDebFile(name);
        if (packages.isEmpty() || packages.contains(package)) debs << QDir(folder).filePath(name);
    }
    std::stable_sort(debs.begin(), debs.end(), [](const QString& a, const QString& b) {
        return CorpusSplitter::isReservedPackage(packageOfDebFile(a)) && !CorpusSplitter::isReservedPackage(packageOfDebFile(b));
    });
    return debs;
}

Status DebianPackageImporter::importDeb(const QString& debPath)
{
    Result<QString> package = runDpkgField(debPath, QStringLiteral("Package"));
    if (!package) return package.error();
    Result<QString> version = runDpkgField(debPath, QStringLiteral("Version"));
    if (!version) return version.error();
    const QString root = QDir(m_builder.workDir()).filePath(QStringLiteral("deb-") + *package);
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    Status extracted = extractDeb(debPath, root);
    if (extracted) importTree(root, *package, *version, PackageLicences::licenceFor(*package, root));
    QDir(root).removeRecursively();
    return extracted;
}

void DebianPackageImporter::importTree(const QString& root, const QString& package, const QString& version,
                                       const QString& licence)
{
    QElapsedTimer timer;
    timer.start();
    const PackageCounts before = m_builder.report().package(package);
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isSymLink()) files << QDir(root).relativeFilePath(path);
    }
    files.sort();
    ClipCandidate base;
    base.package = package;
    base.version = version;
    base.licence = licence;
    for (const QString& relative : files) importFile(root, relative, base);

    const PackageCounts after = m_builder.report().package(package);
    const int seen = after.seen - before.seen;
    const double seconds = static_cast<double>(std::max(timer.elapsed(), qint64(1))) / 1000.0;
    m_builder.log(QStringLiteral("%1 %2: %3 audio files seen, %4 clips kept (%5 excluded, %6 unclassified), %7 files/s")
                      .arg(package, version)
                      .arg(seen)
                      .arg(after.kept - before.kept)
                      .arg(after.excluded - before.excluded)
                      .arg(after.other - before.other)
                      .arg(seen / seconds, 0, 'f', 1));
}

void DebianPackageImporter::importFile(const QString& root, const QString& relative, const ClipCandidate& base)
{
    const QString path = QDir(root).filePath(relative);
    if (isSoundArchivePath(relative)) {
        importArchive(path, relative, base);
        return;
    }
    if (!isAudioFilePath(relative)) return;
    ClipCandidate candidate = base;
    candidate.source = relative;
    candidate.matchPath = relative;
    const QString className = m_builder.admit(candidate);
    if (!className.isEmpty()) m_builder.addClip(candidate, className, path);
}

void DebianPackageImporter::importArchive(const QString& path, const QString& relative, const ClipCandidate& base)
{
    auto archive = openSoundArchive(path);
    if (!archive) {
        ++m_builder.report().drops().unreadableContainers;
        m_builder.log(QStringLiteral("warning: %1").arg(QString::fromStdString(archive.error().message)));
        return;
    }
    for (const ArchiveMember& member : (*archive)->members()) {
        const bool audio = !member.audioSuffix.isEmpty() || isAudioFilePath(member.path);
        if (!audio) continue;
        ClipCandidate candidate = base;
        candidate.source = relative + QLatin1Char('!') + member.path;
        candidate.matchPath = member.path;
        if (!member.licence.isEmpty()) candidate.licence = member.licence;
        const QString className = m_builder.admit(candidate);
        if (className.isEmpty()) continue;
        Result<QByteArray> bytes = (*archive)->read(member);
        if (!bytes) {
            m_builder.countUndecodable();
            continue;
        }
        const QString suffix = member.audioSuffix.isEmpty() ? QFileInfo(member.path).suffix() : member.audioSuffix;
        m_builder.addClipBytes(candidate, className, *bytes, suffix);
    }
}

}  // namespace foley::app::train
