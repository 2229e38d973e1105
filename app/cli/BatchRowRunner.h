#pragma once

#include "app/services/batch/BatchManifest.h"
#include "app/services/batch/BatchResume.h"

#include <QString>

#include <functional>

namespace foley::app::cli {

struct BatchRowOutcome {
    enum class Status { Done, Skipped, Failed };
    Status status = Status::Failed;
    QString error;  // for Failed: "<stage>: <the stage's error>"
};

// Runs one manifest row: onsets (detected from the picture unless the row names a file) → generate → export, each
// stage a child foleyforge-cli process, so rows never share state (in-process caches, engines, threads) and a row run
// with --jobs on one machine writes the same files as one run alone on another. A bad row (unknown video, unreadable
// onsets, non-numeric seed or loudness) fails before any stage starts.
class BatchRowRunner {
public:
    using StageReport = std::function<void(const QString& stage)>;

    BatchRowRunner(QString program, BatchSettings settings);
    BatchRowOutcome run(const BatchRow& row, const StageReport& report) const;

private:
    QString checkRow(const BatchRow& row) const;
    QString runStage(const QStringList& args) const;  // empty on success, else the child's error line
    QStringList generateArgs(const BatchRow& row, const QString& onsets) const;
    QStringList exportArgs(const BatchRow& row) const;

    QString m_program;
    BatchSettings m_settings;
};

}  // namespace foley::app::cli
