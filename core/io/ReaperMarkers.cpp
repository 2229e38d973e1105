#include "core/io/ReaperMarkers.h"

#include "core/io/CsvFormat.h"

#include <cmath>

namespace foley::core {
namespace {

Error parseError(const QString& source, int line, const QString& what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("%1: line %2: %3").arg(source).arg(line).arg(what).toStdString());
}

// "[h:]m:ss.mmm" or plain seconds.
std::optional<double> parseTime(const QString& field)
{
    const QStringList parts = field.trimmed().split(QLatin1Char(':'));
    if (parts.size() > 3) return std::nullopt;
    double seconds = 0.0;
    for (const QString& part : parts) {
        bool ok = false;
        const double value = part.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0.0) return std::nullopt;
        seconds = seconds * 60.0 + value;
    }
    return seconds;
}

QString formatTime(double seconds)
{
    const auto millis = static_cast<qint64>(std::llround(seconds * 1000.0));
    const qint64 hours = millis / 3600000, minutes = millis / 60000 % 60, wholeSeconds = millis / 1000 % 60, rest = millis % 1000;
    const QString tail = QStringLiteral("%1.%2").arg(wholeSeconds, 2, 10, QLatin1Char('0')).arg(rest, 3, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(tail)
                     : QStringLiteral("%1:%2").arg(minutes).arg(tail);
}

}  // namespace

bool ReaperMarkers::looksLike(const QString& text)
{
    return text.trimmed().startsWith(QLatin1String("#,Name"), Qt::CaseInsensitive);
}

Result<OnsetRecordList> ReaperMarkers::parse(const QString& text, const QString& sourceName)
{
    OnsetRecordList records;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool headerSeen = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        if (line.trimmed().isEmpty()) continue;
        if (!headerSeen) {
            if (!looksLike(line)) return parseError(sourceName, i + 1, QStringLiteral("expected REAPER's header \"#,Name,Start,End,Length\""));
            headerSeen = true;
            continue;
        }
        const QStringList fields = splitCsvLine(line);
        const QString id = fields.value(0).trimmed();
        if (fields.size() < 3 || !(id.startsWith(QLatin1Char('M'), Qt::CaseInsensitive) || id.startsWith(QLatin1Char('R'), Qt::CaseInsensitive)))
            return parseError(sourceName, i + 1, QStringLiteral("expected M<n> or R<n>, a name and a start time"));
        const auto start = parseTime(fields[2]);
        if (!start) return parseError(sourceName, i + 1, QStringLiteral("start \"%1\" is not a time").arg(fields[2]));
        records.append(OnsetRecord{*start, 1.0, fields[1]});
    }
    return records;
}

QString ReaperMarkers::format(const OnsetRecordList& records)
{
    QString out = QStringLiteral("#,Name,Start,End,Length,Color\n");
    int number = 1;
    for (const OnsetRecord& r : records)
        out += joinCsvLine({QStringLiteral("M%1").arg(number++), r.label, formatTime(r.seconds), QString(), QString(), QString()}) + QLatin1Char('\n');
    return out;
}

}  // namespace foley::core
