#include "app/train/TrainRunCommands.h"

#include "app/cli/CliSupport.h"
#include "app/train/EvaluationJudge.h"
#include "app/train/TrainCommandSupport.h"
#include "inference/retrieval/SoundLibrary.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace foley::app::train {

namespace {

// "door 6, impact_wood 4": the classes the judge named instead of `soundClass`, most frequent first (at most three).
std::string mostConfusedWith(const inference::AudioClassifier::Accuracy& accuracy, const std::string& soundClass)
{
    const auto row = accuracy.confusion.find(soundClass);
    if (row == accuracy.confusion.end()) return {};
    std::vector<std::pair<int, std::string>> wrong;
    for (const auto& [said, count] : row->second)
        if (said != soundClass) wrong.emplace_back(count, said);
    std::sort(wrong.begin(), wrong.end(), std::greater<>());
    std::string out;
    for (size_t i = 0; i < std::min<size_t>(wrong.size(), 3); ++i)
        out += (i ? ", " : "") + wrong[i].second + " " + std::to_string(wrong[i].first);
    return out;
}

}  // namespace

// foleyforge-train judge: trains the evaluation's judge alone and says how far it can be trusted, per class.
int runJudge(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {"corpus", "Corpus folder (the judge learns from its test split).", "DIR"},
        {"out", "JSON file for the figures (optional).", "FILE"},
        {"scenes", "Scenes per class the judge learns from.", "N", "160"},
        {"steps", "Optimiser steps.", "N", "2000"},
        {"seconds", "Scene length.", "S", "4"},
        {"held-out", "Another corpus whose test/reserved recordings the judge also learns from (repeatable).", "DIR"},
        {"check-scenes", "Real scenes per class it is checked on (validation and train splits).", "N", "20"},
    });
    parser.addHelpOption();
    if (std::optional<int> exit = parseCommandLine(parser, "judge", args)) return *exit;
    if (!parser.isSet("corpus")) return cli::usageError("--corpus is required");
    const std::string corpus = parser.value("corpus").toStdString();
    Result<inference::SoundLibrary> all = inference::SoundLibrary::open(corpus);
    if (!all) return cli::fail(all.error());
    JudgeOptions o;
    o.classifier.scenesPerClass = parser.value("scenes").toInt();
    o.classifier.steps = parser.value("steps").toInt();
    o.classifier.sceneSeconds = parser.value("seconds").toDouble();
    o.checkScenesPerClass = parser.value("check-scenes").toInt();
    for (const QString& folder : parser.values("held-out")) o.heldOutCorpora.push_back(folder.toStdString());
    o.log = printProgress;
    Result<EvaluationJudge> judge = trainEvaluationJudge(corpus, all->classes(), o);
    if (!judge) return cli::fail(judge.error());
    std::printf("\n%-20s %10s %10s   %s\n", "class", "unheard", "retrieval", "most often taken for (unheard)");
    for (const std::string& c : judge->classes) {
        auto value = [&](const inference::AudioClassifier::Accuracy& a) {
            const auto it = a.perClass.find(c);
            return it == a.perClass.end() ? -1.0 : it->second;
        };
        std::printf("%-20s %10.2f %10.2f   %s\n", c.c_str(), value(judge->unheardRecordings), value(judge->retrievalLibrary),
                    mostConfusedWith(judge->unheardRecordings, c).c_str());
    }
    std::printf("%-20s %10.3f %10.3f   (training %.3f)\n", "all", judge->unheardRecordings.overall,
                judge->retrievalLibrary.overall, judge->classifier.trainingAccuracy());
    if (parser.isSet("out")) {
        return writeJsonFile(parser.value("out"), judge->json());
    }
    return cli::kExitOk;
}

}  // namespace foley::app::train
