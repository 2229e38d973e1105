#include "app/train/corpus/CorpusManifest.h"

#include "core/io/AtomicFileWriter.h"
#include "core/io/CsvFormat.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace foley::app::train {

const char* CorpusManifest::header()
{
    return "id,class,split,package,version,licence,source,duration_s,path,native_path,sample_rate,channels,attacks_per_s,unsteadiness_db,hf_attacks_per_s";
}

const char* CorpusManifest::headerWithoutNative()
{
    return "id,class,split,package,version,licence,source,duration_s,path";
}

void CorpusManifest::sort()
{
    std::sort(m_entries.begin(), m_entries.end(), [](const ManifestEntry& a, const ManifestEntry& b) {
        return a.className != b.className ? a.className < b.className : a.id < b.id;
    });
}

Status CorpusManifest::write(const QString& path) const
{
    QByteArray text = QByteArray(header()) + '\n';
    for (const ManifestEntry& e : m_entries) {
        const QStringList fields{e.id,      e.className, e.split,  e.package, e.version,
                                 e.licence, e.source,    QString::number(e.durationSeconds, 'f', 3), e.path,
                                 e.nativePath, QString::number(e.sampleRate), QString::number(e.channels),
                                 QString::number(e.attacksPerSecond, 'f', 3), QString::number(e.unsteadinessDb, 'f', 2),
                                 QString::number(e.highFrequencyAttacksPerSecond, 'f', 3)};
        text += core::joinCsvLine(fields).toUtf8() + '\n';
    }
    return core::AtomicFileWriter::write(path, text, ErrorCode::IoWriteFailed);
}

Result<CorpusManifest> CorpusManifest::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot read '%1'").arg(path).toStdString());
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    const QString headerLine = in.readLine();
    const bool native = headerLine == QLatin1String(header());
    if (!native && headerLine != QLatin1String(headerWithoutNative()))
        return makeError(ErrorCode::IoParseFailed, QStringLiteral("'%1' is not a corpus manifest (wrong header)").arg(path).toStdString());
    CorpusManifest manifest;
    int lineNumber = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.isEmpty()) continue;
        const QStringList f = core::splitCsvLine(line);
        bool ok = false;
        const int fields = native ? 15 : 9;
        const double duration = f.size() == fields ? f[7].toDouble(&ok) : 0.0;
        if (!ok)
            return makeError(ErrorCode::IoParseFailed,
                             QStringLiteral("'%1' line %2: expected %3 fields").arg(path).arg(lineNumber).arg(fields).toStdString());
        ManifestEntry entry{f[0], f[1], f[2], f[3], f[4], f[5], f[6], duration, f[8], QString(), 0, 0, -1.0, -1.0, -1.0};
        if (native) {
            entry.nativePath = f[9];
            entry.sampleRate = f[10].toInt();
            entry.channels = f[11].toInt();
            entry.attacksPerSecond = f[12].toDouble();
            entry.unsteadinessDb = f[13].toDouble();
            entry.highFrequencyAttacksPerSecond = f[14].toDouble();
        }
        manifest.add(std::move(entry));
    }
    return manifest;
}

}  // namespace foley::app::train
