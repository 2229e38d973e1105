#include "core/io/OnsetCsv.h"

#include "core/io/CsvFormat.h"

#include <QLocale>

#include <cmath>

namespace foley::core {

namespace {

Error parseError(const QString& source, int line, const QString& what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("%1: line %2: %3").arg(source).arg(line).arg(what).toStdString());
}

struct Columns {
    int time = 0;
    int strength = 1;
    int label = 2;
};

bool isNumber(const QString& field)
{
    bool ok = false;
    field.toDouble(&ok);
    return ok;
}

Result<Columns> headerColumns(const CsvRow& header, const QString& source)
{
    Columns c{-1, -1, -1};
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if ((name == QLatin1String("time") || name == QLatin1String("onset")) && c.time < 0) c.time = i;
        if (name == QLatin1String("strength") && c.strength < 0) c.strength = i;
        if (name == QLatin1String("label") && c.label < 0) c.label = i;
    }
    if (c.time < 0) return parseError(source, header.line, QStringLiteral("the header has no \"time\" column"));
    return c;
}

Result<OnsetRecord> readRow(const CsvRow& row, const Columns& c, const QString& source)
{
    const auto field = [&row](int column) { return column >= 0 && column < row.fields.size() ? row.fields[column] : QString(); };
    OnsetRecord r;
    bool ok = false;
    r.seconds = field(c.time).toDouble(&ok);
    if (!ok || !std::isfinite(r.seconds) || r.seconds < 0.0) {
        return parseError(source, row.line, QStringLiteral("time \"%1\" is not a number of seconds >= 0").arg(field(c.time)));
    }
    const QString strength = field(c.strength).trimmed();
    if (!strength.isEmpty()) {
        r.strength = strength.toDouble(&ok);
        if (!ok || !(r.strength >= 0.0 && r.strength <= 1.0)) {
            return parseError(source, row.line, QStringLiteral("strength \"%1\" is not a number in 0..1").arg(strength));
        }
    }
    r.label = field(c.label);
    return r;
}

QString number(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

QString quoted(const QString& label)
{
    const bool needsQuotes = label.contains(QLatin1Char(',')) || label.contains(QLatin1Char('"'))
        || label.contains(QLatin1Char('\n')) || label.contains(QLatin1Char('\r')) || label.trimmed() != label
        || label.startsWith(QLatin1Char('#'));
    if (!needsQuotes) return label;
    QString escaped = label;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

}  // namespace

Result<OnsetRecordList> OnsetCsv::parse(const QString& text, const QString& sourceName)
{
    auto rows = parseCsvRows(text, sourceName);
    if (!rows) return rows.error();
    OnsetRecordList records;
    if (rows->isEmpty()) return records;
    Columns columns;
    int first = 0;
    if (!isNumber(rows->first().fields.first())) {
        auto header = headerColumns(rows->first(), sourceName);
        if (!header) return header.error();
        columns = *header;
        first = 1;
    }
    for (int i = first; i < rows->size(); ++i) {
        const CsvRow& row = rows->at(i);
        if (first == 0 && row.fields.size() > 3) {
            return parseError(sourceName, row.line, QStringLiteral("expected time,strength,label but found %1 columns (quote labels that contain commas)").arg(row.fields.size()));
        }
        auto record = readRow(row, columns, sourceName);
        if (!record) return record.error();
        records.append(*record);
    }
    return records;
}

QString OnsetCsv::format(const OnsetRecordList& records)
{
    bool anyLabel = false;
    for (const OnsetRecord& r : records) anyLabel = anyLabel || !r.label.isEmpty();
    QString out = anyLabel ? QStringLiteral("time,strength,label\n") : QStringLiteral("time,strength\n");
    for (const OnsetRecord& r : records) {
        out += number(r.seconds) + QLatin1Char(',') + number(r.strength);
        if (anyLabel) out += QLatin1Char(',') + quoted(r.label);
        out += QLatin1Char('\n');
    }
    return out;
}

}  // namespace foley::core
