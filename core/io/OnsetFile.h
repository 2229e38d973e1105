#pragma once

#include "core/io/OnsetRecord.h"
#include "core/model/Onset.h"
#include "core/types/Result.h"

#include <optional>

namespace foley::core {

// Onset files for import/export and the CLI (`onsets --out`, `eval-onsets --onsets`). Each format has one home:
// OnsetCsv, AudacityLabels, ReaperMarkers, SubtitleMarkers (WebVTT, SRT); Broadcast WAV cue points are in
// core/media/BroadcastWav (app/services/MarkerFiles reads them with the rest).

enum class OnsetFileFormat { Csv, AudacityLabels, ReaperMarkers, WebVtt, Srt };

// Guesses the format from the text: "WEBVTT" first, REAPER's "#,Name" header, a numbered SRT cue; otherwise the first
// data line decides: a tab before any comma means an Audacity label track, else CSV.
OnsetFileFormat detectOnsetFileFormat(const QString& text);
// For writing: .txt Audacity labels, .vtt WebVTT, .srt SRT, anything else CSV (REAPER's CSV is chosen by name only).
OnsetFileFormat onsetFileFormatForPath(const QString& path);
// "csv", "audacity", "reaper", "vtt", "srt" (the CLI's --format); nullopt for any other name.
std::optional<OnsetFileFormat> onsetFileFormatFromName(const QString& name);

// Reads any of the formats (auto-detected), UTF-8, records in file order.
// Errors: IoReadFailed (cannot open), IoParseFailed ("<path>: line N: …").
Result<OnsetRecordList> readOnsetFile(const QString& path);

// Write atomically (temp file + rename). Errors: IoWriteFailed naming the file;
// InvalidArgument for a non-finite or negative time or a strength outside 0..1.
Status writeOnsetCsv(const QString& path, const OnsetRecordList& records);
Status writeAudacityLabels(const QString& path, const OnsetRecordList& records);
// In the format onsetFileFormatForPath() picks, or the one given.
Status writeOnsetFile(const QString& path, const OnsetRecordList& records);
Status writeOnsetFile(const QString& path, const OnsetRecordList& records, OnsetFileFormat format);

// Between the model (sample frames) and files (seconds). New onsets get kInvalidId: the
// commands that insert them allocate ids (ReplaceOnsetsCommand, AcceptOnsetProposalsCommand).
OnsetRecordList toOnsetRecords(const OnsetSampleTimeList& onsets);
OnsetSampleTimeList toOnsets(const OnsetRecordList& records, OnsetOrigin origin = OnsetOrigin::Manual);

}  // namespace foley::core
