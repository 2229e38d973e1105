#include "core/io/CsvFormat.h"

#include <optional>

namespace foley::core {

namespace {

Error parseError(const QString& source, int line, const QString& what)
{
    return makeError(ErrorCode::IoParseFailed, QStringLiteral("%1: line %2: %3").arg(source).arg(line).arg(what).toStdString());
}

// Splits RFC 4180 text into rows. Unquoted fields are trimmed; quoted ones are kept verbatim.
class CsvTokenizer {
public:
    CsvTokenizer(const QString& text, const QString& source) : m_text(text), m_source(source) {}

    Result<QList<CsvRow>> rows()
    {
        m_row.line = 1;
        for (m_pos = 0; m_pos < m_text.size(); ++m_pos) {
            if (auto failed = step(m_text[m_pos])) return *failed;
        }
        if (m_inQuotes) return parseError(m_source, m_quoteLine, QStringLiteral("a quoted field is never closed"));
        endRow();
        return m_rows;
    }

private:
    std::optional<Error> step(QChar c)
    {
        if (m_inQuotes) return quotedChar(c);
        if (c == QLatin1Char('"') && m_field.trimmed().isEmpty() && !m_quoted) {
            m_inQuotes = m_quoted = true;
            m_quoteLine = m_line;
            m_field.clear();
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endRow();
            m_row.line = ++m_line;
        } else if (c != QLatin1Char('\r')) {
            if (m_quoted && !c.isSpace()) {
                return parseError(m_source, m_line, QStringLiteral("unexpected text after a closing quote"));
            }
            if (!m_quoted) m_field.append(c);
        }
        return std::nullopt;
    }

    std::optional<Error> quotedChar(QChar c)
    {
        if (c == QLatin1Char('"')) {
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == QLatin1Char('"')) {
                m_field.append(c);
                ++m_pos;
            } else {
                m_inQuotes = false;
            }
            return std::nullopt;
        }
        if (c == QLatin1Char('\n')) ++m_line;
        m_field.append(c);
        return std::nullopt;
    }

    void endField()
    {
        m_row.fields.append(m_quoted ? m_field : m_field.trimmed());
        m_field.clear();
        m_quoted = false;
    }

    void endRow()
    {
        endField();
        const bool blank = m_row.fields.size() == 1 && m_row.fields[0].isEmpty();
        const bool comment = m_row.fields[0].startsWith(QLatin1Char('#'));
        if (!blank && !comment) m_rows.append(m_row);
        m_row.fields.clear();
    }

    const QString& m_text;
    const QString& m_source;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_quoteLine = 1;
    bool m_inQuotes = false;
    bool m_quoted = false;
    QString m_field;
    CsvRow m_row;
    QList<CsvRow> m_rows;
};

}  // namespace

Result<QList<CsvRow>> parseCsvRows(const QString& text, const QString& sourceName)
{
    return CsvTokenizer(text, sourceName).rows();
}

QString quoteCsvField(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString joinCsvLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields) quoted << quoteCsvField(field);
    return quoted.join(QLatin1Char(','));
}

QStringList splitCsvLine(const QString& line)
{
    QStringList fields;
    QString current;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == QLatin1Char(',')) {
            fields << current;
            current.clear();
        } else if (c != QLatin1Char('\r')) {
            current += c;
        }
    }
    fields << current;
    return fields;
}

}  // namespace foley::core
