#include "app/train/TrainRunCommands.h"

#include "app/cli/CliSupport.h"
#include "app/train/ModelEvaluation.h"
#include "app/train/TrainCommandSupport.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace foley::app::train {

namespace {

// How real each render sounds beside real held-out scenes with the same classes and onsets.
void printRealism(const QJsonObject& realism)
{
    std::printf("\n%-24s %13s %15s %15s\n", "render", "discriminator", "highs vs real", "class/scaffold");
    for (const char* name : {"recordings", "recordings_without_model", "full", "retrieved_scaffold_only"}) {
        const QJsonObject r = realism[name].toObject();
        std::printf("%-24s %13.3f %12.1f dB %15.2f\n", name, r["discriminator_accuracy"].toDouble(),
                    r["high_band_db_vs_real"].toDouble(), r["class_accuracy_relative_to_scaffold"].toDouble());
    }
    const QJsonObject diversity = realism["diversity"].toObject();
    std::printf("discriminator: 5-fold accuracy telling the takes from %d real scenes (0.5 = cannot); real scenes' energy "
                "above 8 kHz %.1f dB of the total; another seed changes the recording of %.0f %% of %d events\n\n",
                realism["real_scenes"].toInt(), realism["real_high_band_db"].toDouble(),
                100.0 * diversity["share_of_events_with_another_recording"].toDouble(), diversity["events_compared"].toInt());
}

void printSummary(const QJsonObject& result)
{
    std::printf("\n%-24s %8s %8s %8s %8s %8s %8s\n", "variant", "F1 ours", "F1 aubio", "Acc", "AP", "class", "s/gen");
    const QJsonObject variants = result["variants"].toObject();
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        const QJsonObject ours = v["onsets_ours"].toObject(), aubio = v["onsets_aubioonset"].toObject();
        std::printf("%-24s %8.3f %8.3f %8.3f %8.3f %8.3f %8.2f\n", qPrintable(it.key()), ours["f1"].toDouble(), aubio["f1"].toDouble(),
                    aubio["onset_acc"].toDouble(), aubio["onset_ap"].toDouble(), v["class_accuracy"].toDouble(),
                    v["seconds_per_generation"].toDouble());
    }
    printRealism(result["realism"].toObject());
    const QJsonObject negative = result["negative_prompt"].toObject();
    std::printf("negative prompt: other class judged %.2f without -> %.2f with the negative; its probability %.3f -> %.3f "
                "(%d scenes)\n",
                negative["other_class_rate_without_negative"].toDouble(), negative["other_class_rate_with_negative"].toDouble(),
                negative["other_class_probability_without_negative"].toDouble(),
                negative["other_class_probability_with_negative"].toDouble(), negative["scenes"].toInt());
    const QJsonObject judge = result["classifier"].toObject();
    std::printf("judge (%d classes): real scenes of unheard recordings %.3f, of the retrieval library %.3f\n",
                judge["classes_judged"].toInt(), judge["real_scenes_validation_split"].toObject()["accuracy"].toDouble(),
                judge["real_scenes_train_split"].toObject()["accuracy"].toDouble());
    const QJsonObject vocoder = result["vocoder_reconstruction"].toObject();
    std::printf("vocoder (%s) on %d test recordings: log-mel L1 %.3f, MR-STFT %.3f\n", qPrintable(result["vocoder"].toString()),
                vocoder["recordings"].toInt(), vocoder["log_mel_l1"].toDouble(), vocoder["multi_resolution_stft"].toDouble());
    std::printf("FoleyMaster reports Onset Acc 34.36 / AP 79.83 on its own data (context only: the data differ)\n");
}

}  // namespace

int runEvaluate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {"pack", "Model pack folder.", "DIR"},
        {"corpus", "Corpus folder (its test split is held out; its train split is the retrieval library).", "DIR"},
        {"out", "JSON file for the figures.", "FILE"},
        {"work", "Folder for the generated WAVs.", "DIR", "out/eval"},
        {"scenes", "Test scenes per class.", "N", "3"},
        {"seconds", "Length of every test scene.", "S", "4"},
        {"steps", "Sampler steps.", "N", QString::number(generation::kDefaultSteps)},
        {"variation", "Neural render: distance from the retrieved recordings (0..1).", "X", QString::number(generation::kDefaultVariation)},
        {"judge-scenes", "Scenes per class the judge classifier learns from (test-split recordings).", "N", "160"},
        {"held-out", "Another corpus whose test/reserved recordings the judge also learns from (repeatable).", "DIR"},
        {"judge-steps", "Optimiser steps of the judge classifier.", "N", "2000"},
        {"seed", "Seed of the test scenes.", "N", "2026"},
    });
    parser.addHelpOption();
    if (std::optional<int> exit = parseCommandLine(parser, "eval", args)) return *exit;
    if (!parser.isSet("pack") || !parser.isSet("corpus") || !parser.isSet("out"))
        return cli::usageError("--pack, --corpus and --out are required");
    EvaluationOptions o;
    o.packFolder = parser.value("pack");
    o.corpusFolder = parser.value("corpus");
    o.workFolder = parser.value("work");
    o.scenesPerClass = parser.value("scenes").toInt();
    o.sceneSeconds = parser.value("seconds").toDouble();
    o.steps = parser.value("steps").toInt();
    o.variation = parser.value("variation").toFloat();
    o.judge.classifier.scenesPerClass = parser.value("judge-scenes").toInt();
    o.judge.classifier.steps = parser.value("judge-steps").toInt();
    for (const QString& folder : parser.values("held-out")) o.judge.heldOutCorpora.push_back(folder.toStdString());
    o.seed = parser.value("seed").toULongLong();
    o.log = printProgress;
    Result<QJsonObject> result = evaluateModelPack(o);
    if (!result) return cli::fail(result.error());
    if (int written = writeJsonFile(parser.value("out"), *result); written != cli::kExitOk) return written;
    printSummary(*result);
    return cli::kExitOk;
}

}  // namespace foley::app::train
