#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "app/services/MarkerFiles.h"
#include "app/services/GeneratedTake.h"
#include "app/services/GenerationMediaDecoder.h"
#include "app/services/GenerationRequestBuilder.h"
#include "app/services/MediaFacts.h"
#include "app/services/OnsetDetection.h"
#include "app/services/ProvenanceJson.h"
#include "app/services/ResourceLocator.h"
#include "app/services/SoundLibraryService.h"
#include "app/services/library/LibraryDatabase.h"
#include "app/services/library/UserLibraryRetrieval.h"
#include "core/commands/TakeCommands.h"
#include "core/io/OnsetFile.h"
#include "core/media/MediaProbe.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectPaths.h"
#include "inference/Engine.h"
#include "core/project/ProjectFormat.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

#include <cmath>
#include <cstdio>


namespace foley::app::cli {

namespace {

QJsonObject reportJson(const inference::GenerationResult& result, const QString& out, const GenerationSnapshot& snapshot,
                       const std::string& retrieval)
{
    const inference::GenerationReport& r = result.report;
    QJsonObject stages;
    for (const inference::StageTiming& s : r.stages) stages.insert(QString::fromStdString(s.stage), s.milliseconds);
    return QJsonObject{{"out", out}, {"samples", static_cast<double>(result.frames)},
                       {"sampleRate", result.sampleRate}, {"seed", QString::number(r.seed)},
                       {"steps", r.stepsDone}, {"windows", r.windows}, {"guidanceBranches", r.guidanceBranches},
                       {"caption", QString::fromStdString(promptText(snapshot))},
                       {"negative", snapshot.negativePrompt}, {"onsets", static_cast<int>(snapshot.onsets.size())},
                       {"vocoder", QString::fromStdString(r.vocoder)}, {"milliseconds", r.totalMilliseconds},
                       {"gflop", r.flops / 1e9}, {"stages", stages},
                       {"variation", snapshot.parameters.variation},
                       {"retrieval", renderNote(retrieval, r, result.sampleRate)},
                       {"render", QString::fromStdString(r.render)}, {"channels", result.channels},
                       {"provenance", provenanceJson(result.provenance)}};
}

struct GenerateOptions {
    QCommandLineOption help{{"h", "help"}, QStringLiteral("Show this help.")};
    QCommandLineOption caption{QStringLiteral("caption"), QStringLiteral("What it should sound like (default: the project's caption)."), QStringLiteral("TEXT")};
    QCommandLineOption negative{QStringLiteral("negative"), QStringLiteral("What it should not sound like (default: the project's)."), QStringLiteral("TEXT")};
    QCommandLineOption onsets{QStringLiteral("onsets"), QStringLiteral("Onsets CSV (time,strength) or Audacity labels (default: the project's onsets and mask; for a VIDEO the visual detector's)."), QStringLiteral("FILE")};
    QCommandLineOption seed{QStringLiteral("seed"), QStringLiteral("Random seed (default: the project's, or 0)."), QStringLiteral("N")};
    QCommandLineOption steps{QStringLiteral("steps"), QStringLiteral("Sampler steps (default: the project's, or %1).").arg(generation::kDefaultSteps), QStringLiteral("N")};
    QCommandLineOption cfg{QStringLiteral("cfg"), QStringLiteral("Text guidance weight (default: the project's, or %1).").arg(generation::kDefaultGuidance), QStringLiteral("X")};
    QCommandLineOption duration{QStringLiteral("duration"), QStringLiteral("Seconds to generate (default: the whole video)."), QStringLiteral("S")};
    QCommandLineOption sampler{QStringLiteral("sampler"), QStringLiteral("euler or ddim."), QStringLiteral("NAME"), QStringLiteral("euler")};
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("Model pack folder (default: the shipped pack)."), QStringLiteral("DIR")};
    QCommandLineOption variation{QStringLiteral("variation"), QStringLiteral("Neural render: distance from the sound library's recordings, 0..1 (1 = from noise; default: the project's, or %1).").arg(generation::kDefaultVariation), QStringLiteral("X")};
    QCommandLineOption noLibrary{QStringLiteral("no-library"), QStringLiteral("Do not retrieve recordings from the installed sound library.")};
    QCommandLineOption render{QStringLiteral("render"), QStringLiteral("recordings (real recordings at the take rate, chosen by the model; default: the project's) or neural (the model's own audio, 16 kHz)."), QStringLiteral("KIND")};
    QCommandLineOption rate{QStringLiteral("rate"), QStringLiteral("Take rate in Hz for a render from recordings, 8000 to 192000 (default: the project's, or 48000)."), QStringLiteral("HZ")};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("Output WAV (32-bit float at the take rate; 16 kHz when neural); with --add-take, default: a new file in the project's takes folder."), QStringLiteral("TAKE.wav")};
    QCommandLineOption addTake{QStringLiteral("add-take"), QStringLiteral("PROJECT form: add the result to the project as its active take and save the project (as the editor's Generate does).")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({help, caption, negative, onsets, seed, steps, cfg, duration, sampler, model, variation, noLibrary, render, rate, out, addTake});
    }
};

Error usage(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

bool isProjectPath(const QString& path)
{
    return core::isProjectFilePath(path);
}

// The options given on the command line replace the snapshot's values (caption, timing, settings).
Status applyOptions(GenerationSnapshot& s, const QCommandLineParser& parser, const GenerateOptions& o)
{
    bool ok = true;
    if (parser.isSet(o.caption)) s.caption = core::Caption{parser.value(o.caption), core::CaptionOrigin::User};
    if (parser.isSet(o.negative)) s.negativePrompt = parser.value(o.negative);
    if (parser.isSet(o.seed)) {
        s.parameters.seed = parser.value(o.seed).toLongLong(&ok);
        if (!ok || s.parameters.seed < 0) return usage(QStringLiteral("--seed must be a non-negative integer"));
    }
    if (parser.isSet(o.steps)) {
        s.parameters.steps = parser.value(o.steps).toInt(&ok);
        if (!ok || s.parameters.steps < 1 || s.parameters.steps > 1000)
            return usage(QStringLiteral("--steps must be an integer from 1 to 1000"));
    }
    if (parser.isSet(o.cfg)) {
        s.parameters.guidance = parser.value(o.cfg).toDouble(&ok);
        if (!ok || !std::isfinite(s.parameters.guidance) || s.parameters.guidance < 0)
            return usage(QStringLiteral("--cfg must be a non-negative number"));
    }
    if (parser.isSet(o.variation)) {
        s.parameters.variation = parser.value(o.variation).toDouble(&ok);
        if (!ok || !(s.parameters.variation >= 0.0 && s.parameters.variation <= 1.0))
            return usage(QStringLiteral("--variation must be a number from 0 to 1"));
    }
    if (parser.isSet(o.render)) {
        const std::optional<core::TakeRender> render = core::takeRenderFromString(parser.value(o.render));
        if (!render) return usage(QStringLiteral("--render must be recordings or neural"));
        s.parameters.render = *render;
    }
    if (parser.isSet(o.rate)) {
        s.parameters.sampleRate = parser.value(o.rate).toInt(&ok);
        if (!ok || s.parameters.sampleRate < core::GenerationParameters::kMinSampleRate
            || s.parameters.sampleRate > core::GenerationParameters::kMaxSampleRate)
            return usage(QStringLiteral("--rate must be an integer from 8000 to 192000 (Hz)"));
    }
    if (parser.isSet(o.duration)) {
        const double seconds = parser.value(o.duration).toDouble(&ok);
        if (!ok || !(seconds > 0.0)) return usage(QStringLiteral("--duration must be a positive number of seconds"));
        s.parameters.duration = secondsToSamples(seconds);
    }
    if (parser.isSet(o.onsets)) {
        const Result<core::OnsetRecordList> records = readMarkerFile(parser.value(o.onsets));
        if (!records) return records.error();
        s.onsets = core::toOnsets(*records);
        s.maskValues.clear();  // the file is the whole timing
    }
    s.parameters.region.reset();  // the CLI writes a whole take (there is no existing take to keep)
    return okStatus();
}

// PROJECT.foley: the project's caption, negative prompt, quality tag, onsets, mask and settings. The loaded project
// stays in `kept` (for --add-take).
Result<GenerationSnapshot> projectSnapshot(const QString& path, std::unique_ptr<core::Project>& kept)
{
    Result<core::LoadedProject> loaded = core::ProjectFile::load(path, core::MediaPolicy::RequirePresent);
    if (!loaded) return loaded.error();
    kept = std::move(loaded->project);
    core::Project& project = *kept;
    if (project.mediaReference().path().isEmpty())
        return makeError(ErrorCode::InvalidArgument, "the project '" + toPath(path) + "' has no video");
    if (const Status probed = MediaFacts::refresh(project); !probed) return probed.error();
    return snapshotOf(project.state());
}

// VIDEO: no caption unless given; onsets from the visual detector unless --onsets; the CLI's defaults.
Result<GenerationSnapshot> videoSnapshot(const QString& path, const QCommandLineParser& parser, const GenerateOptions& o)
{
    const Result<media::MediaInfo> info = media::probeMedia(toPath(path));
    if (!info) return info.error();
    if (!info->bestVideo()) return makeError(ErrorCode::MediaNoStream, "'" + toPath(path) + "' has no video stream");
    GenerationSnapshot s;
    s.qualityTag.clear();
    s.videoPath = QDir(QDir::currentPath()).absoluteFilePath(path);
    s.mediaDuration = secondsToSamples(info->durationSeconds);
    if (!parser.isSet(o.onsets)) {
        RunControl detection;
        Result<OnsetDetectionResult> detected = detectOnsets(path, OnsetSource::Video, detection);
        if (!detected) return detected.error();
        for (const dsp::OnsetEvent& e : detected->onsets)
            s.onsets.append(core::Onset{core::kInvalidId, secondsToSamples(e.seconds), e.strength, {}, core::OnsetOrigin::Detected});
    }
    if (s.mediaDuration <= 0 && !parser.isSet(o.duration))
        return usage(QStringLiteral("the duration of '%1' is unknown; pass --duration").arg(path));
    return s;
}

// The request for the snapshot. The video becomes the model's features as it is decoded (an hour of frames would be
// ~0.5 GB that nothing needs once encoded).
Result<inference::GenerationRequest> requestFor(inference::Engine& engine, const GenerationSnapshot& snapshot, const QString& sampler,
                                                bool useLibrary, std::string& retrieval)
{
    const Result<inference::Sampler> kind = inference::samplerFromString(sampler.toStdString());
    if (!kind) return kind.error();
    GenerationMedia media;
    if (useLibrary) {
        media.soundLibrary = installedSoundLibrary().library;
        Result<UserLibraryMatches> user = matchUserLibraries(LibraryDatabase::defaultPath(), libraryQueryOf(snapshot));
        if (user) media.userMatches = std::move(user).value();
        else std::fprintf(stderr, "warning: your sound libraries are not used: %s\n", user.error().message.c_str());
    }
    Result<inference::GenerationRequest> request = buildGenerationRequest(snapshot, std::move(media), &retrieval);
    if (!request) return request;
    request->sampler = *kind;
    Result<inference::VideoFeatures> features = GenerationMediaDecoder::decodeVideoFeatures(snapshot.videoPath, engine, request->durationSamples);
    if (!features) return features.error();
    request->videoFeatures = std::move(features).value();
    return request;
}

struct Generated {
    inference::GenerationResult result;
    inference::ModelPackInfo pack;
    std::string retrieval;
};

// Loads the model pack, builds the request and generates the take into a WAV at `takePath`. The engine and the
// request (video features, scaffold) are gone when this returns, before the take is measured.
Result<Generated> generateInto(const QString& takePath, const GenerationSnapshot& snapshot, const QCommandLineParser& parser,
                               const GenerateOptions& o)
{
    inference::EngineOptions options;
    options.packFolder = toPath(parser.isSet(o.model) ? parser.value(o.model)
                                                      : QDir(ResourceLocator::defaultModelsDir()).filePath(QStringLiteral("default")));
    Result<std::unique_ptr<inference::Engine>> engine = inference::Engine::load(options);
    if (!engine) return engine.error();
    Generated out;
    Result<inference::GenerationRequest> request = requestFor(**engine, snapshot, parser.value(o.sampler), !parser.isSet(o.noLibrary), out.retrieval);
    if (!request) return request.error();
    const std::unique_ptr<media::WavStreamWriter> writer = takeWriter(takePath, *request);
    RunControl control;
    Result<inference::GenerationResult> result = (*engine)->generate(*request, control);
    if (!result) return result.error();
    out.result = std::move(result).value();
    out.pack = (*engine)->pack();
    return out;
}

// Without --add-take: the WAV where --out says (replacing it), and the report on stdout.
int reportTake(const inference::GenerationResult& result, const QString& out, const GenerationSnapshot& snapshot,
               const std::string& retrieval)
{
    const Result<GenerationOutcome> outcome = finishTake(result, snapshot, out);
    if (!outcome) return fail(outcome.error());
    QJsonObject report = reportJson(result, out, snapshot, retrieval);
    report.insert(QStringLiteral("metrics"), outcome->metrics);
    printJson(QJsonDocument(report));
    return kExitOk;
}

// --add-take: the WAV at `takePath` (a free path, never replacing a file), the take as the project's active one (one
// undo step, as the editor makes it), and the project saved atomically.
int addTakeToProject(core::Project& project, const inference::GenerationResult& result, const inference::ModelPackInfo& pack,
                     const QString& takePath, const GenerationSnapshot& snapshot, const std::string& retrieval)
{
    Result<GenerationOutcome> outcome = finishTake(result, snapshot, takePath);
    if (!outcome) return fail(outcome.error());
    outcome->modelId = QString::fromStdString(pack.name);
    outcome->modelVersion = QString::fromStdString(pack.version);
    outcome->retrieval = renderNote(retrieval, result.report, outcome->sampleRate);
    auto* command = new core::AddTakeCommand(&project.takes(), takeFromOutcome(snapshot, *outcome));
    const core::TakeId takeId = command->takeId();
    project.push(command);
    if (const Status saved = core::ProjectFile::save(project, project.filePath()); !saved) return fail(saved.error());
    QJsonObject report = reportJson(result, outcome->audioPath, snapshot, retrieval);
    report.insert(QStringLiteral("metrics"), outcome->metrics);
    report.insert(QStringLiteral("take"), QJsonObject{{QStringLiteral("id"), static_cast<qint64>(takeId)},
                                                      {QStringLiteral("project"), project.filePath()}});
    printJson(QJsonDocument(report));
    return kExitOk;
}

}  // namespace

int runGenerate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates a take for PROJECT.foley (its caption, negative prompt, onsets, mask and settings; options override\n"
        "them) or for a VIDEO (without --onsets the visual detector proposes them). By default the take is made of real\n"
        "recordings from the sound library at the take rate, chosen to match the model's own drawing; --render neural\n"
        "writes the model's 16 kHz audio. The JSON report lists the recordings used (provenance).\n"
        "Without --duration the whole video is generated."));
    const GenerateOptions o;
    o.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT.foley|VIDEO"), QStringLiteral("The project or video to generate for."));
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("generate"), args, o.help)) return *done;
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("generate needs exactly one PROJECT.foley or VIDEO"));
    const QString input = parser.positionalArguments().first();
    const bool addTake = parser.isSet(o.addTake);
    if (addTake && !isProjectPath(input)) return usageError(QStringLiteral("--add-take needs a PROJECT.foley"));
    if (!addTake && !parser.isSet(o.out)) return usageError(QStringLiteral("--out TAKE.wav is required"));
    if (!inference::samplerFromString(parser.value(o.sampler).toStdString()))
        return usageError(QStringLiteral("--sampler must be euler or ddim"));

    std::unique_ptr<core::Project> project;
    Result<GenerationSnapshot> snapshot = isProjectPath(input) ? projectSnapshot(input, project) : videoSnapshot(input, parser, o);
    if (!snapshot) return snapshot.error().code == ErrorCode::InvalidArgument && !isProjectPath(input)
                              ? usageError(QString::fromStdString(snapshot.error().message))
                              : fail(snapshot.error());
    if (const Status applied = applyOptions(*snapshot, parser, o); !applied) {
        if (applied.error().code == ErrorCode::InvalidArgument) return usageError(QString::fromStdString(applied.error().message));
        return fail(applied.error());
    }
    // The take is written as it is rendered (a long one never exists in memory at once).
    const QString takePath = !addTake ? parser.value(o.out)
                                      : freeTakePath(parser.isSet(o.out) ? parser.value(o.out)
                                                                         : QDir(core::ProjectPaths::takesFolder(project->filePath())).filePath(takeFileName(*snapshot)));
    removeLeftoverTempFilesBeside(takePath);
    Result<Generated> generated = generateInto(takePath, *snapshot, parser, o);
    if (!generated) return fail(generated.error());
    if (!addTake) return reportTake(generated->result, takePath, *snapshot, generated->retrieval);
    return addTakeToProject(*project, generated->result, generated->pack, takePath, *snapshot, generated->retrieval);
}

}  // namespace foley::app::cli
