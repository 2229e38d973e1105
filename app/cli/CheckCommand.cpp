#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "app/services/ProjectCheck.h"

#include <QCommandLineParser>

namespace foley::app::cli {

// Whether a project is whole (after a crash, a copy, a move): the problems go to stdout one per line, so a script can
// count or grep them; the one `error:` line on stderr says how many there were.
int runCheck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loads a project and checks its video, its takes' audio files and its onsets. Prints one line per problem and\n"
        "exits with 1, or prints 'ok' and exits with 0."));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("PROJECT.foley"), QStringLiteral("The project to check."));
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("check"), args, help)) return *done;
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("check needs exactly one PROJECT.foley"));
    const QString project = parser.positionalArguments().first();
    const QStringList problems = checkProject(project);
    if (problems.isEmpty()) {
        printLine(QStringLiteral("ok"));
        return kExitOk;
    }
    for (const QString& problem : problems) printLine(problem.simplified());
    return fail(QStringLiteral("%1: %2 problem(s) found").arg(project).arg(problems.size()));
}

}  // namespace foley::app::cli
