#include "core/io/SubtitleMarkers.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace foley::core {
namespace {

Error parseError(const QString& source, int line, const QString& what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("%1: line %2: %3").arg(source).arg(line).arg(what).toStdString());
}

QChar fractionSeparator(SubtitleFormat format)
{
    return format == SubtitleFormat::WebVtt ? QLatin1Char('.') : QLatin1Char(',');
}

QString formatTime(double seconds, SubtitleFormat format)
{
    const auto millis = static_cast<qint64>(std::llround(seconds * 1000.0));
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(millis / 3600000, 2, 10, QLatin1Char('0'))
        .arg(millis / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(millis / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(fractionSeparator(format))
        .arg(millis % 1000, 3, 10, QLatin1Char('0'));
}

// The start of a cue timing line "[hh:]mm:ss.mmm --> …" (either separator: players accept both).
std::optional<double> cueStart(const QString& line)
{
    static const QRegularExpression timing(QStringLiteral("^\\s*(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})[.,](\\d{1,3})\\s*-->"));
    const QRegularExpressionMatch m = timing.match(line);
    if (!m.hasMatch()) return std::nullopt;
    const QString millis = m.captured(4).leftJustified(3, QLatin1Char('0'));
    return m.captured(1).toDouble() * 3600.0 + m.captured(2).toDouble() * 60.0 + m.captured(3).toDouble() + millis.toDouble() / 1000.0;
}

QString unlabelledText(int number)
{
    return QStringLiteral("onset %1").arg(number);
}

QString labelFrom(const QStringList& textLines)
{
    static const QRegularExpression unlabelled(QStringLiteral("^onset \\d+$"));
    const QString text = textLines.join(QLatin1Char(' ')).trimmed();
    return unlabelled.match(text).hasMatch() ? QString() : text;
}

}  // namespace

bool SubtitleMarkers::looksLikeWebVtt(const QString& text)
{
    return text.startsWith(QLatin1String("WEBVTT"));
}

bool SubtitleMarkers::looksLikeSrt(const QString& text)
{
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    bool numbered = false;
    lines.value(0).trimmed().toInt(&numbered);
    return numbered && lines.size() > 1 && cueStart(lines[1]).has_value();
}

Result<OnsetRecordList> SubtitleMarkers::parse(const QString& text, const QString& sourceName, SubtitleFormat format)
{
    if (format == SubtitleFormat::WebVtt && !looksLikeWebVtt(text))
        return parseError(sourceName, 1, QStringLiteral("a WebVTT file starts with \"WEBVTT\""));
    OnsetRecordList records;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].contains(QLatin1String("-->"))) continue;
        const auto start = cueStart(lines[i]);
        if (!start) return parseError(sourceName, i + 1, QStringLiteral("\"%1\" is not a cue timing (hh:mm:ss.mmm --> hh:mm:ss.mmm)").arg(lines[i]));
        QStringList textLines;
        for (int j = i + 1; j < lines.size() && !lines[j].trimmed().isEmpty(); ++j) textLines << lines[j];
        records.append(OnsetRecord{*start, 1.0, labelFrom(textLines)});
    }
    return records;
}

QString SubtitleMarkers::format(const OnsetRecordList& records, SubtitleFormat format)
{
    QString out = format == SubtitleFormat::WebVtt ? QStringLiteral("WEBVTT\n\n") : QString();
    for (int i = 0; i < records.size(); ++i) {
        const OnsetRecord& r = records[i];
        const double next = i + 1 < records.size() ? records[i + 1].seconds : r.seconds + kCueSeconds;
        const double end = std::max(r.seconds + 0.001, std::min(r.seconds + kCueSeconds, next));
        QString label = r.label.simplified();
        if (label.isEmpty()) label = unlabelledText(i + 1);
        label.replace(QLatin1String("-->"), QLatin1String("->"));
        out += QString::number(i + 1) + QLatin1Char('\n') + formatTime(r.seconds, format) + QStringLiteral(" --> ")
               + formatTime(end, format) + QLatin1Char('\n') + label + QStringLiteral("\n\n");
    }
    return out;
}

}  // namespace foley::core
