#pragma once

#include "core/io/OnsetRecord.h"
#include "core/types/Result.h"

namespace foley::core {

// Audacity label tracks: one label per line, "start<TAB>end<TAB>label", seconds. Point labels have
// start == end; a region label becomes an onset at its start. Audacity's spectral-selection lines
// (starting with '\') and blank lines are skipped. The format has no strength: reading gives 1.
class AudacityLabels {
public:
    // Errors: IoParseFailed "<sourceName>: line N: <what is wrong>".
    static Result<OnsetRecordList> parse(const QString& text, const QString& sourceName);
    // Point labels; tabs and line breaks inside labels become spaces.
    static QString format(const OnsetRecordList& records);
};

}  // namespace foley::core
