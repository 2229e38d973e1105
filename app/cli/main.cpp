#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/services/OpenMpPolicy.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>

namespace {

using foley::app::cli::CliCommand;

const CliCommand kCommands[] = {
    {"version", "version                              print the version", &foley::app::cli::runVersion},
    {"new", "new VIDEO --out PROJECT.foley [--caption TEXT] [--negative TEXT] [--onsets FILE]", &foley::app::cli::runNew},
    {"probe", "probe MEDIA                          describe a media file as JSON", &foley::app::cli::runProbe},
    {"export", "export (PROJECT.foley | VIDEO) --audio TAKE.wav --out OUT.mp4 [--original-gain G] [--loudness LUFS [--true-peak DBTP]] [--stems DIR]", &foley::app::cli::runExport},
    {"onsets", "onsets MEDIA [--source video|audio] [--out FILE [--format csv|audacity|reaper|vtt|srt]] [--masking S]   detect onsets", &foley::app::cli::runOnsets},
    {"generate", "generate (PROJECT.foley [--add-take] | VIDEO) --out TAKE.wav [--caption TEXT] [--negative TEXT] [--onsets FILE] [--seed N] [--steps N] [--cfg X] [--variation X] [--no-library] [--render recordings|neural] [--rate HZ] [--duration S] [--model DIR]", &foley::app::cli::runGenerate},
    {"credits", "credits PROJECT.foley [--out FILE.csv] [--all-takes]   the recordings the active take (or every take) uses, with licences", &foley::app::cli::runCredits},
    {"library", "library add FOLDER [--name NAME] | list | remove NAME | rescan [NAME] | search QUERY [--limit N]   your own sound libraries", &foley::app::cli::runLibrary},
    {"caption", "caption (VIDEO | PROJECT.foley) --endpoint URL --model NAME [--api-key-env VAR] [--frames N] [--timeout S] [--out FILE.json] [--add]   a foley caption from a local vision model", &foley::app::cli::runCaption},
    {"check", "check PROJECT.foley                  verify the project's video, takes and onsets (one line per problem)", &foley::app::cli::runCheck},
    {"batch", "batch MANIFEST.csv [--jobs N] [--shard I/N] [--out-dir DIR] [--model DIR] [--steps N] [--no-library]   onsets → generate → export for every row", &foley::app::cli::runBatch},
    {"eval-onsets", "eval-onsets --audio TAKE.wav --onsets FILE.csv [--tolerance S] [--detector ours|aubioonset]   JSON: f1, acc, ap, ...", &foley::app::cli::runEvalOnsets},
};

void printUsage()
{
    std::printf("usage: foleyforge-cli COMMAND [ARGS]\n\ncommands:\n");
    for (const auto& command : kCommands) std::printf("  %s\n", command.synopsis);
    std::printf("\nRun 'foleyforge-cli COMMAND --help' for a command's options.\n");
}

}  // namespace

int main(int argc, char* argv[])
{
    foley::app::restartWithPassiveOpenMpIfNeeded(argv, foley::app::OpenMpRestart::WhenCoresShared);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("foleyforge-cli");
    QCoreApplication::setApplicationVersion(FOLEY_VERSION);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == "--help" || args.first() == "-h" || args.first() == "help") {
        printUsage();
        return args.isEmpty() ? foley::app::cli::kExitUsage : foley::app::cli::kExitOk;
    }
    if (args.first() == "--version") {
        std::printf("foleyforge-cli %s\n", FOLEY_VERSION);
        return 0;
    }
    const QString name = args.takeFirst();
    for (const auto& command : kCommands) {
        if (name != QLatin1String(command.name)) continue;
        try {
            return command.run(args);
        } catch (const std::exception& e) {
            return foley::app::cli::fail(QStringLiteral("internal error: %1").arg(e.what()));
        } catch (...) {
            return foley::app::cli::fail(QStringLiteral("internal error"));
        }
    }
    return foley::app::cli::usageError(QStringLiteral("unknown command '%1'").arg(name));
}
