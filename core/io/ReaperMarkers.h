#pragma once

#include "core/io/OnsetRecord.h"
#include "core/types/Result.h"

namespace foley::core {

// REAPER's Region/Marker Manager CSV (what its Export writes and its Import reads): a header "#,Name,Start,End,Length,Color"
// then one marker per line, "M<n>" with its name and start, or "R<n>" for a region (start and end). Times are
// [h:]m:ss.mmm, or plain seconds. Onsets are written as markers with the label as name; a region reads as an onset at
// its start. The format has no strength: reading gives 1.
class ReaperMarkers {
public:
    // True when `text` starts (after blank lines) with REAPER's "#,Name" header.
    static bool looksLike(const QString& text);
    // Errors: IoParseFailed "<sourceName>: line N: <what is wrong>".
    static Result<OnsetRecordList> parse(const QString& text, const QString& sourceName);
    static QString format(const OnsetRecordList& records);
};

}  // namespace foley::core
