#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"
#include "app/services/MarkerFiles.h"
#include "app/services/AubioOnsets.h"

#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/OnsetMetrics.h"
#include "core/io/OnsetFile.h"
#include "core/media/AudioDecoder.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <cmath>

namespace foley::app::cli {

namespace {

QJsonObject scoresJson(const dsp::OnsetScores& s, const dsp::OnsetMetricsConfig& config)
{
    return QJsonObject{
        {"f1", s.f1},
        {"precision", s.precision},
        {"recall", s.recall},
        {"acc", s.acc},
        {"ap", s.ap},
        {"ap_strict", s.apStrict},
        {"detection_acc", s.detectionAcc},
        {"detected", s.detected},
        {"reference", s.reference},
        {"matched", s.matched},
        {"tolerance", config.tolerance},
        {"ap_tolerance", config.apTolerance},
    };
}

// Parses a positive number of seconds; NaN when it is not one.
double secondsOption(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) && value > 0 ? value : std::nan("");
}

// The onsets of the take by the chosen detector: ours (core/dsp) or Debian's `aubioonset`, the independent judge.
Result<dsp::OnsetSecondsList> detectOnsets(const QString& path, const QString& detectorName)
{
    if (detectorName == QStringLiteral("aubioonset")) {
        std::optional<dsp::OnsetSecondsList> onsets = aubioOnsets(path);
        if (!onsets) return makeError(ErrorCode::MediaDecodeFailed, "aubioonset could not read " + path.toStdString() + " (is the aubio-tools package installed?)");
        return *onsets;
    }
    const dsp::AudioOnsetDetector detector;
    media::AudioDecodeOptions decode;
    decode.sampleRate = detector.config().mel.sampleRate;
    decode.channels = 1;
    const Result<AudioBuffer> take = media::decodeAudio(toPath(path), decode);
    if (!take) return take.error();
    auto detected = detector.detect(*take);
    if (!detected) return detected.error();
    return detected->onsets;
}

}  // namespace

int runEvalOnsets(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Detects the onsets of TAKE (audio) and scores them against the requested onsets as JSON:\n"
        "f1/precision/recall (one-to-one matching within --tolerance), acc and ap (Onset Acc / Onset AP as\n"
        "CondFoleyGen computes them: equal onset count; AP within --ap-tolerance), ap_strict (AP where missed\n"
        "onsets always count), detection_acc, detected, reference, matched."));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption audio(QStringLiteral("audio"), QStringLiteral("The take (any file FFmpeg reads)."),
                                   QStringLiteral("TAKE.wav"));
    const QCommandLineOption onsets(QStringLiteral("onsets"), QStringLiteral("Reference onsets (CSV or Audacity labels)."),
                                    QStringLiteral("FILE.csv"));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"), QStringLiteral("F1 matching window, seconds (default 0.05)."),
                                       QStringLiteral("S"), QStringLiteral("0.05"));
    const QCommandLineOption apTolerance(QStringLiteral("ap-tolerance"),
                                         QStringLiteral("AP/Acc matching window, seconds (default 0.1, CondFoleyGen's)."),
                                         QStringLiteral("S"), QStringLiteral("0.1"));
    const QCommandLineOption detectorOption(QStringLiteral("detector"),
                                            QStringLiteral("Who detects the take's onsets: ours (default) or aubioonset (Debian's aubio-tools)."),
                                            QStringLiteral("NAME"), QStringLiteral("ours"));
    parser.addOptions({help, audio, onsets, tolerance, apTolerance, detectorOption});
    const QString usage = QStringLiteral("usage: foleyforge-cli eval-onsets --audio TAKE.wav --onsets FILE.csv [--tolerance S] [--ap-tolerance S] [--detector ours|aubioonset]");
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("eval-onsets"), args, help, usage)) return *done;
    if (!parser.positionalArguments().isEmpty()) return usageError(QStringLiteral("eval-onsets takes no positional arguments"));
    if (!parser.isSet(audio) || !parser.isSet(onsets)) return usageError(QStringLiteral("eval-onsets needs --audio and --onsets"));
    dsp::OnsetMetricsConfig config;
    config.tolerance = secondsOption(parser.value(tolerance));
    config.apTolerance = secondsOption(parser.value(apTolerance));
    if (std::isnan(config.tolerance) || std::isnan(config.apTolerance))
        return usageError(QStringLiteral("--tolerance and --ap-tolerance must be positive numbers of seconds"));
    const QString detectorName = parser.value(detectorOption);
    if (detectorName != QStringLiteral("ours") && detectorName != QStringLiteral("aubioonset"))
        return usageError(QStringLiteral("--detector must be ours or aubioonset"));

    const auto reference = readMarkerFile(parser.value(onsets));
    if (!reference) return fail(reference.error());
    dsp::OnsetSecondsList referenceOnsets;
    for (const core::OnsetRecord& record : *reference) referenceOnsets.push_back({record.seconds, record.strength});

    const Result<dsp::OnsetSecondsList> detected = detectOnsets(parser.value(audio), detectorName);
    if (!detected) return fail(detected.error());

    const dsp::OnsetScores scores = dsp::OnsetMetrics(config).evaluate(*detected, referenceOnsets);
    QJsonObject json = scoresJson(scores, config);
    json.insert(QStringLiteral("detector"), detectorName);
    printJson(QJsonDocument(json));
    return kExitOk;
}

}  // namespace foley::app::cli
