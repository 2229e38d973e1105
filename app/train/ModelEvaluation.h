#pragma once

#include "app/train/EvaluationJudge.h"
#include "core/types/GenerationDefaults.h"
#include "core/types/Result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace foley::app::train {

// The evaluation of a model pack on held-out material: test scenes rendered from the corpus' test split (recordings the
// generator and the retrieval library never saw), generated with the pack and the train-split library, judged by
// our onset detector, Debian's `aubioonset`, and an audio classifier trained only on real test recordings.
struct EvaluationOptions {
    QString packFolder;
    QString corpusFolder;
    QString workFolder;          // WAVs of every generated take (kept for listening)
    int scenesPerClass = 3;
    double sceneSeconds = 4.0;
    int steps = generation::kDefaultSteps;
    float variation = static_cast<float>(generation::kDefaultVariation);
    uint64_t seed = 2026;
    JudgeOptions judge;  // its scene length follows sceneSeconds
    std::function<void(const QString&)> log;
};

Result<QJsonObject> evaluateModelPack(const EvaluationOptions& options);

}  // namespace foley::app::train
