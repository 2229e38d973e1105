#pragma once

#include "core/io/OnsetRecord.h"
#include "core/types/Result.h"

namespace foley::core {

// Onset CSV (RFC 4180 quoting): a header "time,strength[,label]" then one onset per line, times in
// seconds. Reading is lenient where it is safe: the header may be omitted (columns are then
// time[,strength[,label]]), columns may come in any order ("onset" is accepted for time), extra
// columns are ignored, a missing strength is 1, '#' lines and blank lines are skipped, unquoted
// fields are trimmed, quoted fields may hold commas, quotes ("") and line breaks.
class OnsetCsv {
public:
    // Errors: IoParseFailed "<sourceName>: line N: <what is wrong>".
    static Result<OnsetRecordList> parse(const QString& text, const QString& sourceName);
    // Header "time,strength" (",label" too when any record has a label); numbers with the shortest
    // digits that read back exactly; labels quoted when they need it.
    static QString format(const OnsetRecordList& records);
};

}  // namespace foley::core
