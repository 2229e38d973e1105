#include "app/cli/CliSupport.h"
#include "app/services/OpenMpPolicy.h"
#include "app/train/TrainCommands.h"
#include "app/train/TrainRunCommands.h"
#include "app/train/SceneExport.h"
#include "app/train/corpus/CorpusCommand.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <exception>

namespace {

using foley::app::train::TrainCommand;

const TrainCommand kCommands[] = {
    {"corpus", "corpus --out DIR (--debian-dir DIR | --folder DIR | --csv FILE)   build the sound corpus",
     &foley::app::train::runCorpusCommand},
    {"vocoder", "vocoder --corpus DIR --checkpoint DIR [--steps N] [--minutes M]   train (or resume) the vocoder",
     &foley::app::train::runTrainVocoder},
    {"generator", "generator --corpus DIR --checkpoint DIR [--steps N] [--minutes M]   train (or resume) the generator",
     &foley::app::train::runTrainGenerator},
    {"pack", "pack --generator DIR [--vocoder DIR] --out DIR [--card JSON] [--metrics JSON]   write a model pack",
     &foley::app::train::runWritePack},
    {"scenes", "scenes --corpus DIR --out DIR [--split test] [--count N] [--class NAME]   render scenes as MP4 + WAV + onsets",
     &foley::app::train::runRenderScenes},
    {"eval", "eval --pack DIR --corpus DIR --out FILE.json [--scenes N]   evaluate a pack on held-out scenes",
     &foley::app::train::runEvaluate},
    {"judge", "judge --corpus DIR [--scenes N] [--out FILE.json]   train the evaluation's class judge and check it on real scenes",
     &foley::app::train::runJudge},
};

void printUsage()
{
    std::printf("usage: foleyforge-train COMMAND [ARGS]\n\ncommands:\n");
    for (const auto& command : kCommands) std::printf("  %s\n", command.synopsis);
    std::printf("\nRun 'foleyforge-train COMMAND --help' for a command's options.\n");
}

}  // namespace

int main(int argc, char* argv[])
{
    foley::app::restartWithPassiveOpenMpIfNeeded(argv);
    // Training runs draw their loss plot (text in an image needs a GUI application; the offscreen platform needs
    // no display). Every other command stays a plain console application.
    const bool drawsPlots = argc > 1 && (std::strcmp(argv[1], "generator") == 0 || std::strcmp(argv[1], "vocoder") == 0);
    if (drawsPlots && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(drawsPlots ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName("foleyforge-train");
    QCoreApplication::setApplicationVersion(FOLEY_VERSION);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == "--help" || args.first() == "-h" || args.first() == "help") {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    const QString name = args.takeFirst();
    for (const auto& command : kCommands) {
        if (name != QLatin1String(command.name)) continue;
        try {
            return command.run(args);
        } catch (const std::exception& e) {
            return foley::app::cli::fail(QStringLiteral("internal error: %1").arg(e.what()));
        }
    }
    return foley::app::cli::usageError(QStringLiteral("unknown command '%1'").arg(name));
}
