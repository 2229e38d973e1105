#pragma once

#include "core/types/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace foley::core {

// RFC 4180 CSV as the corpus manifest and the credits use it: a field containing a comma, quote or line break is quoted, quotes doubled.
QString quoteCsvField(const QString& field);
QString joinCsvLine(const QStringList& fields);
struct CsvRow {
    int line = 0;  // where the row starts in the text (1-based)
    QStringList fields;
};

// Splits RFC 4180 text into rows: quoted fields may hold commas, doubled quotes and line breaks and are kept verbatim;
// unquoted fields are trimmed; blank lines and lines starting with '#' are skipped.
// Errors: IoParseFailed "<sourceName>: line N: <what is wrong>" (an unclosed quote, text after a closing quote).
Result<QList<CsvRow>> parseCsvRows(const QString& text, const QString& sourceName);

// Splits one line (no embedded line breaks) into fields, undoing the quoting.
QStringList splitCsvLine(const QString& line);

}  // namespace foley::core
