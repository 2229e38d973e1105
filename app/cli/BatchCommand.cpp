#include "app/cli/BatchRowRunner.h"
#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

namespace foley::app::cli {
namespace {

constexpr int kMaxJobs = 64;

struct BatchOptions {
    QCommandLineOption help{{"h", "help"}, QStringLiteral("Show this help.")};
    QCommandLineOption jobs{QStringLiteral("jobs"), QStringLiteral("Rows to run at once on this machine (default 1)."), QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption shard{QStringLiteral("shard"), QStringLiteral("Run only rows I, I+N, I+2N, … (1-based): one machine's share of the manifest."), QStringLiteral("I/N")};
    QCommandLineOption outDir{QStringLiteral("out-dir"), QStringLiteral("Where outputs go: relative 'out' paths and rows without one (default: beside each video)."), QStringLiteral("DIR")};
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("Model pack folder for every row (default: the shipped pack)."), QStringLiteral("DIR")};
    QCommandLineOption steps{QStringLiteral("steps"), QStringLiteral("Sampler steps for every row (default: generate's)."), QStringLiteral("N")};
    QCommandLineOption noLibrary{QStringLiteral("no-library"), QStringLiteral("Do not retrieve recordings from the installed sound library.")};
};

struct RowResult {
    BatchRow row;
    BatchRowOutcome outcome;
};

const char* statusName(BatchRowOutcome::Status status)
{
    switch (status) {
    case BatchRowOutcome::Status::Done: return "done";
    case BatchRowOutcome::Status::Skipped: return "skipped";
    case BatchRowOutcome::Status::Failed: return "failed";
    }
    return "failed";
}

// Runs `rows` on `jobs` threads (each row's stages are child processes); progress lines "[k/N] name: stage" on stderr.
std::vector<RowResult> runRows(const QList<BatchRow>& rows, const BatchRowRunner& runner, int jobs)
{
    std::vector<RowResult> results(static_cast<size_t>(rows.size()));
    std::atomic<int> next{0};
    std::mutex printing;
    const auto say = [&](int k, const BatchRow& row, const QString& what) {
        const std::lock_guard<std::mutex> lock(printing);
        std::fprintf(stderr, "[%d/%lld] %s: %s\n", k + 1, static_cast<long long>(rows.size()), row.name().toUtf8().constData(), what.toUtf8().constData());
        std::fflush(stderr);
    };
    const auto work = [&] {
        for (int k = next++; k < rows.size(); k = next++) {
            const BatchRow& row = rows[k];
            const BatchRowOutcome outcome = runner.run(row, [&](const QString& stage) { say(k, row, stage); });
            say(k, row, outcome.status == BatchRowOutcome::Status::Failed ? QStringLiteral("failed (row %1): %2").arg(row.number).arg(outcome.error)
                        : outcome.status == BatchRowOutcome::Status::Skipped ? QStringLiteral("skipped (up to date)")
                                                                             : QStringLiteral("done"));
            results[static_cast<size_t>(k)] = {row, outcome};
        }
    };
    std::vector<std::thread> workers;
    for (int j = 0; j < std::min<int>(jobs, static_cast<int>(rows.size())); ++j) workers.emplace_back(work);
    for (std::thread& worker : workers) worker.join();
    return results;
}

QJsonObject summaryJson(const QString& manifest, const BatchShard& shard, const std::vector<RowResult>& results)
{
    QJsonArray rows;
    int counts[3] = {0, 0, 0};
    for (const RowResult& r : results) {
        ++counts[static_cast<int>(r.outcome.status)];
        QJsonObject row{{"row", r.row.number}, {"name", r.row.name()}, {"status", statusName(r.outcome.status)}, {"out", r.row.out}};
        if (r.outcome.status == BatchRowOutcome::Status::Failed) row.insert(QStringLiteral("error"), r.outcome.error);
        rows.append(row);
    }
    return QJsonObject{{"manifest", manifest},
                       {"shard", QStringLiteral("%1/%2").arg(shard.index).arg(shard.count)},
                       {"rows", static_cast<int>(results.size())},
                       {"done", counts[0]},
                       {"skipped", counts[1]},
                       {"failed", counts[2]},
                       {"results", rows}};
}

}  // namespace

int runBatch(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs every row of MANIFEST.csv (columns video,caption,negative,onsets,seed,loudness,out; RFC 4180, header first):\n"
        "onsets (detected from the picture when the row names no file) → generate → export. Empty fields take the\n"
        "defaults. A failing row is reported by its number and the others go on; a row whose output is newer than its\n"
        "inputs and was made with the same settings is skipped, so running again resumes. Prints a JSON summary; exits 1\n"
        "if any row failed."));
    const BatchOptions o;
    parser.addOptions({o.help, o.jobs, o.shard, o.outDir, o.model, o.steps, o.noLibrary});
    parser.addPositionalArgument(QStringLiteral("MANIFEST.csv"), QStringLiteral("The list of clips."));
    const QString usage = QStringLiteral("usage: foleyforge-cli batch MANIFEST.csv [--jobs N] [--shard I/N] [--out-dir DIR] [--model DIR] [--steps N] "
                                         "[--no-library]");
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("batch"), args, o.help, usage)) return *done;
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("batch takes exactly one MANIFEST.csv"));
    bool jobsOk = false;
    const int jobs = parser.value(o.jobs).toInt(&jobsOk);
    if (!jobsOk || jobs < 1 || jobs > kMaxJobs) return usageError(QStringLiteral("--jobs must be an integer from 1 to %1").arg(kMaxJobs));
    const Result<BatchShard> shard = parser.isSet(o.shard) ? parseBatchShard(parser.value(o.shard)) : Result<BatchShard>(BatchShard{});
    if (!shard) return usageError(QString::fromStdString(shard.error().message));

    const QString manifest = parser.positionalArguments().first();
    const Result<QList<BatchRow>> rows = readBatchManifest(manifest, parser.value(o.outDir));
    if (!rows) return fail(rows.error());
    const BatchSettings settings{parser.value(o.model), parser.value(o.steps), !parser.isSet(o.noLibrary)};
    const BatchRowRunner runner(QCoreApplication::applicationFilePath(), settings);
    const std::vector<RowResult> results = runRows(rowsOfShard(*rows, *shard), runner, jobs);
    const QJsonObject summary = summaryJson(manifest, *shard, results);
    printJson(QJsonDocument(summary));
    return summary.value(QStringLiteral("failed")).toInt() > 0 ? kExitFailure : kExitOk;
}

}  // namespace foley::app::cli
