#include "app/train/corpus/UserSoundImporter.h"

#include "core/io/CsvFormat.h"
#include "app/train/corpus/DebianPackageImporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace foley::app::train {
namespace {

const QString kUserPackage = QStringLiteral("user");

}  // namespace

QString UserSoundImporter::sanitizeClassName(const QString& name)
{
    QString clean = name.trimmed().toLower();
    clean.replace(QRegularExpression(QStringLiteral(R"(\s+)")), QStringLiteral("_"));
    clean.remove(QRegularExpression(QStringLiteral(R"([^a-z0-9_\-])")));
    return clean;
}

void UserSoundImporter::importOne(const QString& file, const QString& source, const QString& label)
{
    ClipCandidate candidate;
    candidate.package = kUserPackage;
    candidate.licence = kUserPackage;
    candidate.source = source;
    candidate.matchPath = source;
    candidate.label = label;
    const QString className = m_builder.admit(candidate);
    if (!className.isEmpty()) m_builder.addClip(candidate, className, file);
}

Status UserSoundImporter::importFolder(const QString& folder)
{
    const QDir root(folder);
    if (!root.exists()) return makeError(ErrorCode::IoReadFailed, QStringLiteral("no folder '%1'").arg(folder).toStdString());
    const QStringList looseFiles = root.entryList(QDir::Files, QDir::Name);
    const auto loose = std::count_if(looseFiles.begin(), looseFiles.end(), [](const QString& f) { return isAudioFilePath(f); });
    if (loose > 0)
        m_builder.log(QStringLiteral("warning: %1 audio files directly in %2 are ignored: put them in a sub-folder named after their class")
                          .arg(loose)
                          .arg(folder));
    const QString outDir = QDir(m_builder.outDir()).canonicalPath();
    const QStringList classDirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& classDir : classDirs) {
        if (QDir(root.filePath(classDir)).canonicalPath() == outDir) continue;  // --out inside --folder
        const QString label = sanitizeClassName(classDir);
        if (label.isEmpty()) {
            m_builder.log(QStringLiteral("warning: skipping '%1': not usable as a class name").arg(classDir));
            continue;
        }
        QStringList files;
        QDirIterator it(root.filePath(classDir), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) files << it.next();
        files.sort();
        for (const QString& file : files) {
            if (isAudioFilePath(file)) importOne(file, root.relativeFilePath(file), label);
        }
    }
    const PackageCounts counts = m_builder.report().package(kUserPackage);
    m_builder.log(QStringLiteral("user folder %1: %2 audio files seen, %3 clips kept in total").arg(folder).arg(counts.seen).arg(counts.kept));
    return okStatus();
}

Status UserSoundImporter::importCsv(const QString& csvPath)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot read '%1'").arg(csvPath).toStdString());
    const QDir base = QFileInfo(csvPath).absoluteDir();
    int lineNumber = 0;
    while (!csv.atEnd()) {
        const QString line = QString::fromUtf8(csv.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const QStringList fields = core::splitCsvLine(line);
        if (lineNumber == 1 && fields.first().trimmed().compare(QLatin1String("file"), Qt::CaseInsensitive) == 0) continue;
        if (fields.size() < 2 || fields[0].trimmed().isEmpty())
            return makeError(ErrorCode::IoParseFailed,
                             QStringLiteral("'%1' line %2: expected file,caption").arg(csvPath).arg(lineNumber).toStdString());
        const QString file = fields[0].trimmed();
        const QString text = fields.mid(1).join(QLatin1Char(',')).trimmed();
        const QString asClass = sanitizeClassName(text);
        QString label = m_taxonomy.isClassName(asClass) ? asClass : m_taxonomy.classifyText(text);
        // A single word no rule knows is the user's own class name ("squeaky_toy").
        if (label.isEmpty() && !text.contains(QLatin1Char(' '))) label = asClass;
        const QString path = QFileInfo(file).isAbsolute() ? file : base.filePath(file);
        if (label.isEmpty()) {
            ++m_builder.report().package(kUserPackage).seen;
            ++m_builder.report().drops().other;
            continue;
        }
        if (!QFileInfo::exists(path)) {
            m_builder.log(QStringLiteral("warning: '%1' line %2: no file '%3'").arg(csvPath).arg(lineNumber).arg(file));
            m_builder.countUndecodable();
            continue;
        }
        importOne(path, file, label);
    }
    const PackageCounts counts = m_builder.report().package(kUserPackage);
    m_builder.log(QStringLiteral("user csv %1: %2 audio files seen, %3 clips kept in total").arg(csvPath).arg(counts.seen).arg(counts.kept));
    return okStatus();
}

}  // namespace foley::app::train
