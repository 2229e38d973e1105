#include "widgets/onsets/TimeText.h"

#include <QRegularExpression>

namespace foley::widgets {

std::optional<SampleTime> TimeText::parse(const QString& text)
{
    static const QRegularExpression clock(QStringLiteral(R"(^\s*(?:(\d+):)?(\d+):(\d+(?:[.,]\d*)?)\s*$)"));
    static const QRegularExpression plain(QStringLiteral(R"(^\s*(\d+(?:[.,]\d*)?|[.,]\d+)\s*s?\s*$)"));
    const auto toNumber = [](QString s) { return s.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(); };
    if (const auto m = plain.match(text); m.hasMatch()) return secondsToSamples(toNumber(m.captured(1)));
    if (const auto m = clock.match(text); m.hasMatch()) {
        const double hours = m.captured(1).isEmpty() ? 0.0 : m.captured(1).toDouble();
        const double seconds = hours * 3600.0 + m.captured(2).toDouble() * 60.0 + toNumber(m.captured(3));
        return secondsToSamples(seconds);
    }
    return std::nullopt;
}

}  // namespace foley::widgets
