#include "app/train/TrainRunCommands.h"
#include "app/train/TrainCommandSupport.h"

#include "app/cli/CliSupport.h"
#include "app/train/LossPlot.h"
#include "inference/training/TrainingRun.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <csignal>
#include <cstdio>

namespace foley::app::train {

namespace {

RunControl* g_control = nullptr;

// Ctrl+C (or a kill from the session's time limit) stops after the current step and saves the checkpoint.
void requestStop(int)
{
    if (g_control) g_control->cancel();
}

void addTrainingOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {"corpus", "Corpus folder (foleyforge-train corpus --out).", "DIR"},
        {"checkpoint", "Checkpoint folder (created, or resumed when it holds a checkpoint).", "DIR"},
        {"steps", "Total optimiser steps of the whole schedule.", "N", "4000"},
        {"minutes", "Wall-clock budget of this run; it saves and stops when spent.", "M", "110"},
        {"run-steps", "Step budget of this run (0 = none); it saves and stops when spent. Resuming continues exactly "
                      "as an uninterrupted run would.", "N", "0"},
        {"batch", "Batch size.", "N", "24"},
        {"lr", "Peak learning rate.", "X", "3e-4"},
        {"size", "Architecture size: tiny, small or default.", "NAME", "default"},
        {"threads", "Torch threads.", "N", "2"},
        {"seed", "Seed of the run.", "N", "1"},
    });
    parser.addHelpOption();
}

int runTraining(const QStringList& args, const char* what,
                Result<inference::TrainingSummary> (*train)(const inference::TrainingOptions&, RunControl&))
{
    QCommandLineParser parser;
    addTrainingOptions(parser);
    if (std::optional<int> exit = parseCommandLine(parser, what, args)) return *exit;
    if (!parser.isSet("corpus") || !parser.isSet("checkpoint")) return cli::usageError("--corpus and --checkpoint are required");
    inference::TrainingOptions o;
    o.corpusFolder = cli::toPath(parser.value("corpus"));
    o.checkpointFolder = cli::toPath(parser.value("checkpoint"));
    o.totalSteps = parser.value("steps").toLongLong();
    o.minutes = parser.value("minutes").toDouble();
    o.runSteps = parser.value("run-steps").toLongLong();
    o.batch = parser.value("batch").toInt();
    o.learningRate = parser.value("lr").toDouble();
    o.threads = parser.value("threads").toInt();
    o.seed = parser.value("seed").toULongLong();
    const QString size = parser.value("size");
    o.size = size == "tiny" ? inference::SizePreset::Tiny : size == "small" ? inference::SizePreset::Small : inference::SizePreset::Default;
    if (o.totalSteps <= 0 || o.batch <= 0 || o.minutes <= 0) return cli::usageError("--steps, --batch and --minutes must be positive");
    if (o.runSteps < 0) return cli::usageError("--run-steps must be 0 (no step budget) or positive");
    o.log = [](const std::string& line) { printProgress(QString::fromStdString(line)); };
    RunControl control;
    g_control = &control;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    Result<inference::TrainingSummary> summary = train(o, control);
    g_control = nullptr;
    if (!summary) return cli::fail(summary.error());
    const QString folder = parser.value("checkpoint");
    writeLossPlot(QDir(folder).filePath("loss.csv"), QDir(folder).filePath("loss.png"), QString::fromLatin1(what));
    std::printf("%s: %lld steps this run in %.0f s, %lld of %lld done, loss %.4f%s\n", what,
                static_cast<long long>(summary->stepsThisRun), summary->secondsThisRun, static_cast<long long>(summary->stepsDone),
                static_cast<long long>(o.totalSteps), summary->lastLoss,
                summary->finished ? "" : " — run the same command again to resume");
    return cli::kExitOk;
}

}  // namespace

int runTrainGenerator(const QStringList& args) { return runTraining(args, "generator", &inference::trainGenerator); }
int runTrainVocoder(const QStringList& args) { return runTraining(args, "vocoder", &inference::trainVocoder); }

int runWritePack(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {"generator", "Generator checkpoint folder.", "DIR"},
        {"vocoder", "Vocoder checkpoint folder (omit: Griffin-Lim).", "DIR"},
        {"out", "Pack folder to write.", "DIR"},
        {"card", "JSON file with the training data card (model.json \"training\").", "FILE"},
        {"metrics", "JSON file with the evaluation (model.json \"metrics\").", "FILE"},
        {"name", "Pack name.", "NAME", "foleyforge-default"},
        {"version", "Pack version.", "V", "1"},
    });
    parser.addHelpOption();
    if (std::optional<int> exit = parseCommandLine(parser, "pack", args)) return *exit;
    if (!parser.isSet("generator") || !parser.isSet("out")) return cli::usageError("--generator and --out are required");
    auto readJson = [&](const char* option) -> std::string {
        if (!parser.isSet(option)) return "{}";
        QFile f(parser.value(option));
        return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string("{}");
    };
    inference::PackOptions o;
    o.generatorCheckpoint = cli::toPath(parser.value("generator"));
    o.vocoderCheckpoint = parser.isSet("vocoder") ? cli::toPath(parser.value("vocoder")) : std::string();
    o.outFolder = cli::toPath(parser.value("out"));
    o.name = parser.value("name").toStdString();
    o.version = parser.value("version").toStdString();
    o.trainingDataJson = readJson("card");
    o.metricsJson = readJson("metrics");
    if (Status s = inference::writePackFromCheckpoints(o); !s) return cli::fail(s.error());
    cli::printLine(QStringLiteral("wrote %1").arg(parser.value("out")));
    return cli::kExitOk;
}

}  // namespace foley::app::train
