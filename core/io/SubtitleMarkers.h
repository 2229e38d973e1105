#pragma once

#include "core/io/OnsetRecord.h"
#include "core/types/Result.h"

namespace foley::core {

enum class SubtitleFormat { WebVtt, Srt };

// Onsets as subtitle cues, to review the timing in any video player: WebVTT (".vtt", "WEBVTT" header,
// hh:mm:ss.mmm) and SubRip (".srt", numbered cues, hh:mm:ss,mmm). One cue per onset, from the onset until the next one
// or kCueSeconds later, whichever comes first; its text is the label, or "onset N" for an unlabelled onset (read back
// as no label). Times are whole milliseconds, the formats' resolution; there is no strength (reading gives 1).
class SubtitleMarkers {
public:
    static constexpr double kCueSeconds = 0.5;

    static bool looksLikeWebVtt(const QString& text);
    static bool looksLikeSrt(const QString& text);
    // Errors: IoParseFailed "<sourceName>: line N: <what is wrong>".
    static Result<OnsetRecordList> parse(const QString& text, const QString& sourceName, SubtitleFormat format);
    static QString format(const OnsetRecordList& records, SubtitleFormat format);
};

}  // namespace foley::core
