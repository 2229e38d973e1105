#pragma once

#include <QString>
#include <QStringList>

namespace foley::core {

// RFC 4180 CSV as the corpus manifest and the credits use it: a field containing a comma, quote or line break is quoted, quotes doubled.
QString quoteCsvField(const QString& field);
QString joinCsvLine(const QStringList& fields);
// Splits one line (no embedded line breaks) into fields, undoing the quoting.
QStringList splitCsvLine(const QString& line);

}  // namespace foley::core
