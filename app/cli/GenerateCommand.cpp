#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "app/services/OnsetDetection.h"
#include "app/services/ResourceLocator.h"
#include "core/dsp/TemporalCondition.h"
#include "core/io/OnsetFile.h"
#include "core/media/MediaProbe.h"
#include "core/media/VideoFrameReader.h"
#include "core/media/WavFile.h"
#include "inference/Engine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

#include <cmath>

namespace foley::app::cli {

namespace {

// Frames are decoded small: the model's CNN looks at 32-48 px thumbnails.
constexpr int kDecodeWidth = 96;

struct GenerateInputs {
    std::string video;
    double durationSeconds = 0.0;
    dsp::OnsetList onsets;
};

Result<std::vector<VideoFrame>> decodeFrames(const std::string& path)
{
    media::VideoFrameOptions options;
    options.width = kDecodeWidth;
    options.format = PixelFormat::Gray8;
    auto reader = media::VideoFrameReader::open(path, options);
    if (!reader) return reader.error();
    std::vector<VideoFrame> frames;
    VideoFrame frame;
    while (true) {
        const Result<bool> next = (*reader)->next(frame);
        if (!next) return next.error();
        if (!*next) break;
        frames.push_back(frame);
    }
    return frames;
}

Result<dsp::OnsetList> readOnsets(const QString& path)
{
    const Result<core::OnsetRecordList> records = core::readOnsetFile(path);
    if (!records) return records.error();
    dsp::OnsetList onsets;
    for (const core::OnsetRecord& r : *records) onsets.push_back(dsp::OnsetEvent{r.seconds, r.strength});
    return onsets;
}

QJsonObject reportJson(const inference::GenerationResult& result, const QString& out)
{
    const inference::GenerationReport& r = result.report;
    QJsonObject stages;
    for (const inference::StageTiming& s : r.stages) stages.insert(QString::fromStdString(s.stage), s.milliseconds);
    return QJsonObject{{"out", out}, {"samples", static_cast<double>(result.audio.frameCount())},
                       {"sampleRate", result.audio.sampleRate()}, {"seed", QString::number(r.seed)},
                       {"steps", r.stepsDone}, {"windows", r.windows}, {"guidanceBranches", r.guidanceBranches},
                       {"vocoder", QString::fromStdString(r.vocoder)}, {"milliseconds", r.totalMilliseconds},
                       {"gflop", r.flops / 1e9}, {"stages", stages}};
}


struct GenerateOptions {
    QCommandLineOption help{{"h", "help"}, QStringLiteral("Show this help.")};
    QCommandLineOption caption{QStringLiteral("caption"), QStringLiteral("What it should sound like."), QStringLiteral("TEXT")};
    QCommandLineOption negative{QStringLiteral("negative"), QStringLiteral("What it should not sound like."), QStringLiteral("TEXT")};
    QCommandLineOption onsets{QStringLiteral("onsets"), QStringLiteral("Onsets CSV (time,strength) or Audacity labels."), QStringLiteral("FILE")};
    QCommandLineOption seed{QStringLiteral("seed"), QStringLiteral("Random seed (default 0)."), QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption steps{QStringLiteral("steps"), QStringLiteral("Sampler steps (default 20)."), QStringLiteral("N"), QStringLiteral("20")};
    QCommandLineOption cfg{QStringLiteral("cfg"), QStringLiteral("Text guidance weight (default 3)."), QStringLiteral("X"), QStringLiteral("3")};
    QCommandLineOption duration{QStringLiteral("duration"), QStringLiteral("Seconds to generate."), QStringLiteral("S")};
    QCommandLineOption sampler{QStringLiteral("sampler"), QStringLiteral("euler or ddim."), QStringLiteral("NAME"), QStringLiteral("euler")};
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("Model pack folder (default: the shipped pack)."), QStringLiteral("DIR")};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("Output WAV (16 kHz)."), QStringLiteral("TAKE.wav")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({help, caption, negative, onsets, seed, steps, cfg, duration, sampler, model, out});
    }
};

Error usage(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

// The settings part of the request (everything but the media-derived conditions).
Result<inference::GenerationRequest> settingsFrom(const QCommandLineParser& parser, const GenerateOptions& o)
{
    inference::GenerationRequest request;
    bool ok = true;
    request.seed = parser.value(o.seed).toULongLong(&ok);
    if (!ok) return usage(QStringLiteral("--seed must be a non-negative integer"));
    request.steps = parser.value(o.steps).toInt(&ok);
    if (!ok || request.steps < 1) return usage(QStringLiteral("--steps must be a positive integer"));
    request.guidance.text = parser.value(o.cfg).toFloat(&ok);
    if (!ok || !std::isfinite(request.guidance.text)) return usage(QStringLiteral("--cfg must be a number"));
    const Result<inference::Sampler> kind = inference::samplerFromString(parser.value(o.sampler).toStdString());
    if (!kind) return kind.error();
    request.sampler = *kind;
    request.caption = parser.value(o.caption).toStdString();
    request.negativeCaption = parser.value(o.negative).toStdString();
    return request;
}

// Duration, onset curve and frames from the video (and the onsets file or the visual detector).
Status addVideoConditions(inference::GenerationRequest& request, const QCommandLineParser& parser, const GenerateOptions& o)
{
    const QString input = parser.positionalArguments().first();
    const std::string videoPath = toPath(input);
    const Result<media::MediaInfo> info = media::probeMedia(videoPath);
    if (!info) return info.error();
    if (!info->bestVideo()) return makeError(ErrorCode::MediaNoStream, "'" + videoPath + "' has no video stream");
    double seconds = info->durationSeconds;
    bool ok = true;
    if (parser.isSet(o.duration)) {
        seconds = parser.value(o.duration).toDouble(&ok);
        if (!ok || !(seconds > 0.0)) return usage(QStringLiteral("--duration must be a positive number of seconds"));
    }
    if (!(seconds > 0.0)) return usage(QStringLiteral("the duration of '%1' is unknown; pass --duration").arg(input));
    request.durationSamples = secondsToSamples(seconds, kModelRate);

    dsp::OnsetList onsetList;
    if (parser.isSet(o.onsets)) {
        Result<dsp::OnsetList> read = readOnsets(parser.value(o.onsets));
        if (!read) return read.error();
        onsetList = std::move(*read);
    } else {
        RunControl detection;
        Result<OnsetDetectionResult> detected = detectOnsets(input, OnsetSource::Video, detection);
        if (!detected) return detected.error();
        onsetList = std::move(detected->onsets);
    }
    const int64_t frames = (request.durationSamples + 159) / 160 + 1;  // the engine's mel frames (hop 160)
    request.temporalCurve = dsp::TemporalCondition().build(onsetList, dsp::SampledCurve{}, frames);

    Result<std::vector<VideoFrame>> decoded = decodeFrames(videoPath);
    if (!decoded) return decoded.error();
    request.frames = std::move(*decoded);
    return okStatus();
}

}  // namespace

int runGenerate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates 16 kHz audio for VIDEO with the model pack's engine, following the caption and the onsets.\n"
        "Without --onsets the visual detector proposes them; without --duration the whole video is generated."));
    const GenerateOptions o;
    o.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("VIDEO"), QStringLiteral("The video to generate for."));
    if (!parser.parse(QStringList{QStringLiteral("generate")} + args)) return usageError(parser.errorText());
    if (parser.isSet(o.help)) {
        printLine(parser.helpText());
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("generate needs exactly one VIDEO"));
    if (!parser.isSet(o.out)) return usageError(QStringLiteral("--out TAKE.wav is required"));
    if (parser.positionalArguments().first().endsWith(QStringLiteral(".foley")))
        return fail(QStringLiteral("generate from a project file is not available yet; pass the project's video"));

    Result<inference::GenerationRequest> request = settingsFrom(parser, o);
    if (!request) return usageError(QString::fromStdString(request.error().message));
    if (const Status media = addVideoConditions(*request, parser, o); !media) return fail(media.error());

    inference::EngineOptions options;
    options.packFolder = toPath(parser.isSet(o.model) ? parser.value(o.model)
                                                      : QDir(ResourceLocator::defaultModelsDir()).filePath(QStringLiteral("default")));
    Result<std::unique_ptr<inference::Engine>> engine = inference::Engine::load(options);
    if (!engine) return fail(engine.error());
    RunControl control;
    const Result<inference::GenerationResult> result = (*engine)->generate(*request, control);
    if (!result) return fail(result.error());
    if (const Status written = media::writeWav(toPath(parser.value(o.out)), result->audio); !written) return fail(written.error());
    printJson(QJsonDocument(reportJson(*result, parser.value(o.out))));
    return kExitOk;
}

}  // namespace foley::app::cli
