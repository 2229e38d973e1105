#pragma once

#include "core/types/Result.h"
#include "inference/training/AudioClassifier.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace foley::app::train {

// The judge of the evaluation's caption -> class accuracy: a classifier trained only on scenes composed of the
// corpus' test-split recordings, plus how far it can be trusted — its accuracy on real scenes of recordings it never
// heard (validation split) and of the recordings the retrieval library places (train split).
struct JudgeOptions {
    inference::AudioClassifier::Options classifier;
    int checkScenesPerClass = 20;
    // More held-out recordings to learn from: corpus folders whose test and reserved splits (packages never trained
    // on, e.g. a corpus built from `fetch-sound-packages.sh --reserved-only`) join the test split's.
    std::vector<std::string> heldOutCorpora;
    std::function<void(const QString&)> log;
};

struct EvaluationJudge {
    inference::AudioClassifier classifier;
    std::vector<std::string> classes;  // the judged classes
    bool weak = false;                 // too few test recordings: every class judged, from fewer than 5 recordings
    std::vector<std::string> heldOutCorpora;  // corpora whose test/reserved recordings it also learned from
    inference::AudioClassifier::Accuracy unheardRecordings;  // real scenes of the validation split
    inference::AudioClassifier::Accuracy retrievalLibrary;   // real scenes of the train split

    bool judges(const std::string& soundClass) const;
    QJsonObject json() const;
};

constexpr size_t kMinJudgeRecordings = 5;

// Judges the candidate classes with >= kMinJudgeRecordings test recordings (all of them when fewer than two qualify).
Result<EvaluationJudge> trainEvaluationJudge(const std::string& corpusFolder, const std::vector<std::string>& candidates,
                                             const JudgeOptions& options);

}  // namespace foley::app::train
