#include "app/cli/BatchRowRunner.h"

#include "app/services/MarkerFiles.h"
#include "app/services/ExportJob.h"
#include "core/io/OnsetFile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace foley::app::cli {
namespace {

// The last "error: …" line a stage printed (the CLI's contract: failures print exactly one), else its last line.
QString errorLine(const QString& stderrText, int exitCode)
{
    const QStringList lines = stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (it->startsWith(QLatin1String("error: "))) return it->mid(7).trimmed();
    return lines.isEmpty() ? QStringLiteral("exit code %1").arg(exitCode) : lines.last().trimmed();
}

bool isNonNegativeInteger(const QString& text)
{
    bool ok = false;
    return text.toLongLong(&ok) >= 0 && ok;
}

bool isLoudness(const QString& text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok || loudnessPresetLufs(text) || text == QLatin1String("off");
}

}  // namespace

BatchRowRunner::BatchRowRunner(QString program, BatchSettings settings)
    : m_program(std::move(program))
    , m_settings(std::move(settings))
{}

QString BatchRowRunner::checkRow(const BatchRow& row) const
{
    if (row.video.isEmpty()) return QStringLiteral("no video");
    if (!QFileInfo(row.video).isFile()) return QStringLiteral("unknown video %1").arg(row.video);
    if (!row.onsets.isEmpty()) {
        const Result<core::OnsetRecordList> onsets = readMarkerFile(row.onsets);
        if (!onsets) return QStringLiteral("unreadable onsets: %1").arg(QString::fromStdString(onsets.error().message));
    }
    if (!row.seed.isEmpty() && !isNonNegativeInteger(row.seed)) return QStringLiteral("seed \"%1\" is not a non-negative integer").arg(row.seed);
    if (!row.loudness.isEmpty() && !isLoudness(row.loudness))
        return QStringLiteral("loudness \"%1\" is not LUFS or broadcast, web, streaming, off").arg(row.loudness);
    if (!QDir().mkpath(QFileInfo(row.out).absolutePath())) return QStringLiteral("cannot create the folder of %1").arg(row.out);
    return {};
}

QString BatchRowRunner::runStage(const QStringList& args) const
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setStandardOutputFile(QProcess::nullDevice());
    child.start(m_program, args);
    if (!child.waitForStarted(-1)) return QStringLiteral("cannot start %1: %2").arg(m_program, child.errorString());
    child.waitForFinished(-1);
    const QString err = QString::fromUtf8(child.readAllStandardError());
    if (child.exitStatus() != QProcess::NormalExit) return QStringLiteral("crashed: %1").arg(errorLine(err, -1));
    return child.exitCode() == 0 ? QString() : errorLine(err, child.exitCode());
}

QStringList BatchRowRunner::generateArgs(const BatchRow& row, const QString& onsets) const
{
    QStringList args{"generate", row.video, "--out", batchRowFiles(row).take, "--onsets", onsets};
    if (!row.caption.isEmpty()) args << "--caption" << row.caption;
    if (!row.negative.isEmpty()) args << "--negative" << row.negative;
    if (!row.seed.isEmpty()) args << "--seed" << row.seed;
    if (!m_settings.modelFolder.isEmpty()) args << "--model" << m_settings.modelFolder;
    if (!m_settings.steps.isEmpty()) args << "--steps" << m_settings.steps;
    if (!m_settings.useLibrary) args << "--no-library";
    return args;
}

QStringList BatchRowRunner::exportArgs(const BatchRow& row) const
{
    QStringList args{"export", row.video, "--audio", batchRowFiles(row).take, "--out", row.out};
    if (!row.loudness.isEmpty()) args << "--loudness" << row.loudness;
    if (!row.caption.isEmpty()) args << "--caption" << row.caption;
    return args;
}

BatchRowOutcome BatchRowRunner::run(const BatchRow& row, const StageReport& report) const
{
    const QByteArray settingsHash = batchRowSettingsHash(row, m_settings);
    if (isBatchRowUpToDate(row, settingsHash)) return {BatchRowOutcome::Status::Skipped, {}};
    if (const QString bad = checkRow(row); !bad.isEmpty()) return {BatchRowOutcome::Status::Failed, bad};
    const BatchRowFiles files = batchRowFiles(row);
    QString onsets = row.onsets;
    if (onsets.isEmpty()) {
        report(QStringLiteral("onsets"));
        if (const QString failed = runStage({"onsets", row.video, "--source", "video", "--out", files.onsets}); !failed.isEmpty())
            return {BatchRowOutcome::Status::Failed, QStringLiteral("onsets: ") + failed};
        onsets = files.onsets;
    }
    report(QStringLiteral("generate"));
    if (const QString failed = runStage(generateArgs(row, onsets)); !failed.isEmpty())
        return {BatchRowOutcome::Status::Failed, QStringLiteral("generate: ") + failed};
    report(QStringLiteral("export"));
    if (const QString failed = runStage(exportArgs(row)); !failed.isEmpty())
        return {BatchRowOutcome::Status::Failed, QStringLiteral("export: ") + failed};
    if (const Status recorded = recordBatchRowDone(row, settingsHash); !recorded)
        return {BatchRowOutcome::Status::Failed, QString::fromStdString(recorded.error().message)};
    return {BatchRowOutcome::Status::Done, {}};
}

}  // namespace foley::app::cli
