#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "app/services/ProvenanceJson.h"
#include "core/io/AtomicFileWriter.h"
#include "core/project/ProjectFile.h"

#include <QCommandLineParser>

#include <cstdio>

namespace foley::app::cli {

// The recordings a delivered video uses, with their packages and licences: the active take's provenance (or every
// take's with --all-takes), one CSV row per recording, to stdout or atomically to --out.
int runCredits(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the recordings the project's active take is made of (file, package, licence, source inside the package,\n"
        "how many times it is used) as CSV: what a delivered video must credit."));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the CSV here instead of to stdout."), QStringLiteral("FILE.csv"));
    const QCommandLineOption allTakes(QStringLiteral("all-takes"), QStringLiteral("Every take of the project, not only the active one."));
    parser.addOptions({help, out, allTakes});
    parser.addPositionalArgument(QStringLiteral("PROJECT.foley"), QStringLiteral("The project."));
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("credits"), args, help)) return *done;
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("credits needs exactly one PROJECT.foley"));
    Result<core::LoadedProject> loaded = core::ProjectFile::load(parser.positionalArguments().first(), core::MediaPolicy::AllowMissing);
    if (!loaded) return fail(loaded.error());
    const core::ProjectState& state = loaded->project->state();
    QList<QJsonObject> provenances;
    for (const core::Take& take : state.takes)
        if (parser.isSet(allTakes) || take.id == state.activeTake) provenances.append(take.provenance);
    if (provenances.isEmpty()) return fail(QStringLiteral("the project has no %1take").arg(parser.isSet(allTakes) ? QString() : QStringLiteral("active ")));
    const QByteArray csv = creditsCsv(creditsOf(provenances));
    if (!parser.isSet(out)) {
        std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
        return kExitOk;
    }
    if (const Status written = core::AtomicFileWriter::write(parser.value(out), csv, ErrorCode::IoWriteFailed); !written)
        return fail(written.error());
    return kExitOk;
}

}  // namespace foley::app::cli
