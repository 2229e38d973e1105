#include "app/services/batch/BatchManifest.h"

#include "core/io/CsvFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace foley::app {
namespace {

enum Column { Video, Caption, Negative, Onsets, Seed, Loudness, Out, ColumnCount };

Error refused(const QString& manifest, const QString& what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(manifest), what).toStdString());
}

QString absoluteIn(const QString& folder, const QString& path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absoluteFilePath(path));
}

// Column name → index in the file, every one of batchManifestColumns() present once.
Result<QList<int>> columnPositions(const core::CsvRow& header, const QString& manifest)
{
    const QStringList expected = batchManifestColumns();
    QList<int> positions(ColumnCount, -1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const int column = static_cast<int>(expected.indexOf(header.fields[i].trimmed().toLower()));
        if (column < 0) return refused(manifest, QStringLiteral("unknown column \"%1\" (the columns are %2)").arg(header.fields[i], expected.join(',')));
        if (positions[column] >= 0) return refused(manifest, QStringLiteral("the column \"%1\" appears twice").arg(expected[column]));
        positions[column] = i;
    }
    QStringList missing;
    for (int c = 0; c < ColumnCount; ++c)
        if (positions[c] < 0) missing << expected[c];
    if (!missing.isEmpty()) return refused(manifest, QStringLiteral("missing column(s): %1").arg(missing.join(", ")));
    return positions;
}

BatchRow rowFrom(const core::CsvRow& csv, const QList<int>& at, int number, const QString& manifestFolder, const QString& outDir)
{
    BatchRow row;
    row.number = number;
    const auto field = [&](Column c) { return csv.fields.value(at[c]); };
    row.video = absoluteIn(manifestFolder, field(Video));
    row.caption = field(Caption);
    row.negative = field(Negative);
    row.onsets = absoluteIn(manifestFolder, field(Onsets));
    row.seed = field(Seed).trimmed();
    row.loudness = field(Loudness).trimmed();
    const QString outFolder = outDir.isEmpty() ? manifestFolder : outDir;
    if (!field(Out).isEmpty()) row.out = absoluteIn(outFolder, field(Out));
    else if (!row.video.isEmpty())
        row.out = absoluteIn(outDir.isEmpty() ? QFileInfo(row.video).absolutePath() : outDir,
                             QFileInfo(row.video).completeBaseName() + QStringLiteral(".foley.mp4"));
    return row;
}

// Two rows writing one file would race (and one result would be lost): name every such pair.
Status checkDistinctOutputs(const QList<BatchRow>& rows, const QString& manifest)
{
    QHash<QString, int> firstRowOf;
    QStringList clashes;
    for (const BatchRow& row : rows) {
        if (row.out.isEmpty()) continue;
        const auto seen = firstRowOf.constFind(row.out);
        if (seen != firstRowOf.constEnd()) clashes << QStringLiteral("rows %1 and %2 both write %3").arg(*seen).arg(row.number).arg(row.out);
        else firstRowOf.insert(row.out, row.number);
    }
    if (clashes.isEmpty()) return okStatus();
    return refused(manifest, clashes.join("; "));
}

}  // namespace

QString BatchRow::name() const
{
    return video.isEmpty() ? QStringLiteral("row %1").arg(number) : QFileInfo(video).fileName();
}

QStringList batchManifestColumns()
{
    return {"video", "caption", "negative", "onsets", "seed", "loudness", "out"};
}

Result<QList<BatchRow>> readBatchManifest(const QString& manifestPath, const QString& outDir)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoReadFailed, QStringLiteral("cannot open %1: %2").arg(manifestPath, file.errorString()).toStdString());
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    const Result<QList<core::CsvRow>> csv = core::parseCsvRows(text, QDir::toNativeSeparators(manifestPath));
    if (!csv) return csv.error();
    if (csv->isEmpty()) return refused(manifestPath, QStringLiteral("no header (expected %1)").arg(batchManifestColumns().join(',')));
    const Result<QList<int>> positions = columnPositions(csv->first(), manifestPath);
    if (!positions) return positions.error();
    const QString manifestFolder = QFileInfo(manifestPath).absolutePath();
    const QString outFolder = outDir.isEmpty() ? QString() : QDir(outDir).absolutePath();
    QList<BatchRow> rows;
    for (int i = 1; i < csv->size(); ++i) {
        const core::CsvRow& line = (*csv)[i];
        if (line.fields.size() != csv->first().fields.size())
            return refused(manifestPath, QStringLiteral("row %1 (line %2) has %3 fields, the header %4")
                                             .arg(i).arg(line.line).arg(line.fields.size()).arg(csv->first().fields.size()));
        rows.append(rowFrom(line, *positions, i, manifestFolder, outFolder));
    }
    if (rows.isEmpty()) return refused(manifestPath, QStringLiteral("no rows below the header"));
    if (Status distinct = checkDistinctOutputs(rows, manifestPath); !distinct) return distinct.error();
    return rows;
}

Result<BatchShard> parseBatchShard(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    bool indexOk = false, countOk = false;
    const BatchShard shard{parts.value(0).toInt(&indexOk), parts.value(1).toInt(&countOk)};
    if (parts.size() != 2 || !indexOk || !countOk || shard.count < 1 || shard.index < 1 || shard.index > shard.count)
        return makeError(ErrorCode::InvalidArgument, "--shard must be I/N with 1 <= I <= N (e.g. 2/8)");
    return shard;
}

QList<BatchRow> rowsOfShard(const QList<BatchRow>& rows, const BatchShard& shard)
{
    QList<BatchRow> mine;
    for (const BatchRow& row : rows)
        if ((row.number - 1) % shard.count == shard.index - 1) mine.append(row);
    return mine;
}

}  // namespace foley::app
