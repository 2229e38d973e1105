#include "app/train/EvaluationJudge.h"

#include <QJsonArray>

#include <algorithm>

namespace foley::app::train {

namespace {

QJsonObject accuracyJson(const inference::AudioClassifier::Accuracy& a)
{
    QJsonObject perClass;
    for (const auto& [name, value] : a.perClass) perClass.insert(QString::fromStdString(name), value);
    QJsonObject confusion;
    for (const auto& [truth, said] : a.confusion) {
        QJsonObject row;
        for (const auto& [name, count] : said) row.insert(QString::fromStdString(name), count);
        confusion.insert(QString::fromStdString(truth), row);
    }
    return QJsonObject{{"scenes", a.scenes}, {"accuracy", a.overall}, {"per_class", perClass}, {"confusion", confusion}};
}

}  // namespace

bool EvaluationJudge::judges(const std::string& soundClass) const
{
    return std::find(classes.begin(), classes.end(), soundClass) != classes.end();
}

QJsonObject EvaluationJudge::json() const
{
    QJsonArray judged, heldOut;
    for (const std::string& c : classes) judged.append(QString::fromStdString(c));
    for (const std::string& folder : heldOutCorpora) heldOut.append(QString::fromStdString(folder));
    return QJsonObject{
        {"trained_on", "scenes composed of real recordings of the corpus test split only (never generated audio)"},
        {"also_learned_from", heldOut},  // test and reserved splits of these corpora (packages never trained on)
        {"features", "summary statistics of the log-mel (spectral shape, spread, peaks, roughness, envelope) -> MLP"},
        {"classes_judged", static_cast<int>(classes.size())},
        {"judged", judged},
        {"min_test_recordings_per_class", weak ? 1 : static_cast<int>(kMinJudgeRecordings)},
        {"training_accuracy", classifier.trainingAccuracy()},
        {"real_scenes_validation_split", accuracyJson(unheardRecordings)},
        {"real_scenes_train_split", accuracyJson(retrievalLibrary)},
    };
}

Result<EvaluationJudge> trainEvaluationJudge(const std::string& corpusFolder, const std::vector<std::string>& candidates,
                                             const JudgeOptions& options)
{
    Result<inference::SoundLibrary> test = inference::SoundLibrary::open(corpusFolder, {"test"});
    if (!test) return test.error();
    for (const std::string& folder : options.heldOutCorpora) {
        Result<inference::SoundLibrary> more = inference::SoundLibrary::open(folder, {"test", "reserved"});
        if (!more) return more.error();
        test->add(*more);
    }
    std::vector<std::string> judged;
    for (const std::string& c : candidates)
        if (test->clipsOf(c).size() >= kMinJudgeRecordings) judged.push_back(c);
    const bool weak = judged.size() < 2;  // a tiny corpus: judge every class, and say so
    if (weak) judged = candidates;
    if (options.log) options.log(QString("judge: %1 classes from the test split's recordings").arg(judged.size()));
    Result<inference::AudioClassifier> classifier = inference::AudioClassifier::train(*test, judged, options.classifier);
    if (!classifier) return classifier.error();

    EvaluationJudge judge{std::move(*classifier), judged, weak, options.heldOutCorpora, {}, {}};
    judge.classes = judge.classifier.classes();  // classes without a usable recording drop out
    for (auto [split, target] : {std::pair{"val", &judge.unheardRecordings}, std::pair{"train", &judge.retrievalLibrary}}) {
        Result<inference::SoundLibrary> library = inference::SoundLibrary::open(corpusFolder, {split});
        if (!library) return library.error();
        *target = judge.classifier.accuracyOn(*library, options.checkScenesPerClass, options.classifier.sceneSeconds, 77);
    }
    if (options.log)
        options.log(QString("judge: training %1, real scenes of unheard recordings %2, of the retrieval library %3")
                        .arg(judge.classifier.trainingAccuracy(), 0, 'f', 3)
                        .arg(judge.unheardRecordings.overall, 0, 'f', 3)
                        .arg(judge.retrievalLibrary.overall, 0, 'f', 3));
    return judge;
}

}  // namespace foley::app::train
