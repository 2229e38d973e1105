#pragma once

#include "core/io/OnsetRecord.h"
#include "core/model/Onset.h"
#include "core/types/Result.h"

namespace foley::core {

// Onset files for import/export and the CLI (`onsets --out`, `eval-onsets --onsets`).

enum class OnsetFileFormat { Csv, AudacityLabels };

// Guesses the format from the first data line: a tab before any comma means an Audacity label track.
OnsetFileFormat detectOnsetFileFormat(const QString& text);

// Reads a CSV or Audacity label file (auto-detected), UTF-8, records in file order.
// Errors: IoReadFailed (cannot open), IoParseFailed ("<path>: line N: …").
Result<OnsetRecordList> readOnsetFile(const QString& path);

// Write atomically (temp file + rename). Errors: IoWriteFailed naming the file;
// InvalidArgument for a non-finite or negative time or a strength outside 0..1.
Status writeOnsetCsv(const QString& path, const OnsetRecordList& records);
Status writeAudacityLabels(const QString& path, const OnsetRecordList& records);
// Audacity labels for ".txt" (Audacity's own extension), CSV otherwise.
Status writeOnsetFile(const QString& path, const OnsetRecordList& records);

// Between the model (sample frames) and files (seconds). New onsets get kInvalidId: the
// commands that insert them allocate ids (ReplaceOnsetsCommand, AcceptOnsetProposalsCommand).
OnsetRecordList toOnsetRecords(const OnsetSampleTimeList& onsets);
OnsetSampleTimeList toOnsets(const OnsetRecordList& records, OnsetOrigin origin = OnsetOrigin::Manual);

}  // namespace foley::core
