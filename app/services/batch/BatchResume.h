#pragma once

#include "app/services/batch/BatchManifest.h"
#include "core/types/Result.h"

#include <QByteArray>
#include <QString>

namespace foley::app {

// What every row of one batch run shares (the CLI's --model, --steps, --no-library): part of each row's settings.
struct BatchSettings {
    QString modelFolder;  // empty: the shipped pack
    QString steps;        // empty: the default
    bool useLibrary = true;
};

// The files a row writes beside its output: the take and, when the manifest gives none, the detected onsets; the
// sidecar records the settings the output was made with.
struct BatchRowFiles {
    QString take;     // "<out>.take.wav"
    QString onsets;   // "<out>.onsets.csv"
    QString sidecar;  // "<out>.batch.json"
};
BatchRowFiles batchRowFiles(const BatchRow& row);

// SHA-256 (hex) of everything that decides a row's result: its fields, the shared settings and the program version.
QByteArray batchRowSettingsHash(const BatchRow& row, const BatchSettings& settings);

// Re-running resumes: a row is skipped when its output exists, is newer than its video and onsets file, and its
// sidecar holds the same settings hash.
bool isBatchRowUpToDate(const BatchRow& row, const QByteArray& settingsHash);

// Written (atomically) after the row's output, so an interrupted row is done again. Errors: IoWriteFailed.
Status recordBatchRowDone(const BatchRow& row, const QByteArray& settingsHash);

}  // namespace foley::app
