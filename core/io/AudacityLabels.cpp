#include "core/io/AudacityLabels.h"

#include <QLocale>

#include <cmath>

namespace foley::core {

namespace {

Error parseError(const QString& source, int line, const QString& what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("%1: line %2: %3").arg(source).arg(line).arg(what).toStdString());
}

std::optional<double> seconds(const QString& field)
{
    bool ok = false;
    const double v = field.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0.0) return std::nullopt;
    return v;
}

QString number(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

}  // namespace

Result<OnsetRecordList> AudacityLabels::parse(const QString& text, const QString& sourceName)
{
    OnsetRecordList records;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        // Blank lines, and the "\<TAB>low<TAB>high" frequency line Audacity writes after spectral labels.
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('\\'))) continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const int lineNumber = i + 1;
        if (fields.size() < 2) {
            return parseError(sourceName, lineNumber, QStringLiteral("expected start<TAB>end<TAB>label"));
        }
        const auto start = seconds(fields[0]);
        const auto end = seconds(fields[1]);
        if (!start) return parseError(sourceName, lineNumber, QStringLiteral("start \"%1\" is not a number of seconds >= 0").arg(fields[0]));
        if (!end) return parseError(sourceName, lineNumber, QStringLiteral("end \"%1\" is not a number of seconds >= 0").arg(fields[1]));
        if (*end < *start) return parseError(sourceName, lineNumber, QStringLiteral("the label ends before it starts"));
        records.append(OnsetRecord{*start, 1.0, fields.mid(2).join(QLatin1Char(' '))});
    }
    return records;
}

QString AudacityLabels::format(const OnsetRecordList& records)
{
    QString out;
    for (const OnsetRecord& r : records) {
        QString label = r.label;
        label.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QString time = number(r.seconds);
        out += time + QLatin1Char('\t') + time + QLatin1Char('\t') + label + QLatin1Char('\n');
    }
    return out;
}

}  // namespace foley::core
