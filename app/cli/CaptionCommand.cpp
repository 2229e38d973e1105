#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "app/services/captioning/CaptionRun.h"
#include "core/io/AtomicFileWriter.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectFormat.h"

#include <QCommandLineParser>

namespace foley::app::cli {

namespace {

using captioning::CaptioningSettings;

struct CaptionOptions {
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"), QStringLiteral("The server's OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1 (llama-server) or http://127.0.0.1:11434/v1 (Ollama)."), QStringLiteral("URL")};
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("The vision model to ask."), QStringLiteral("NAME")};
    QCommandLineOption apiKeyEnv{QStringLiteral("api-key-env"), QStringLiteral("Read the API key from this environment variable (never from the command line, where others can see it)."), QStringLiteral("VAR")};
    QCommandLineOption frames{QStringLiteral("frames"), QStringLiteral("Keyframes to send, 1-32 (default 8; each shot gets at least one)."), QStringLiteral("N")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("Seconds to wait for the answer (default 120)."), QStringLiteral("S")};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("Also write the JSON to this file."), QStringLiteral("FILE.json")};
    QCommandLineOption add{QStringLiteral("add"), QStringLiteral("PROJECT form: set the project's caption (origin: the model) and save the project.")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({help, endpoint, model, apiKeyEnv, frames, timeout, out, add}); }
};

// The options as settings; an Error (InvalidArgument) for a usage mistake.
Result<CaptioningSettings> settingsFrom(const QCommandLineParser& parser, const CaptionOptions& o)
{
    CaptioningSettings s;
    if (!parser.isSet(o.endpoint) || !parser.isSet(o.model))
        return makeError(ErrorCode::InvalidArgument, "caption needs --endpoint URL and --model NAME");
    s.baseUrl = parser.value(o.endpoint);
    const QUrl url(s.baseUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return makeError(ErrorCode::InvalidArgument, "--endpoint must be an http:// or https:// URL");
    s.model = parser.value(o.model);
    bool ok = true;
    if (parser.isSet(o.frames)) s.keyframeCount = parser.value(o.frames).toInt(&ok);
    if (!ok || s.keyframeCount < 1 || s.keyframeCount > CaptioningSettings::kMaxKeyframeCount)
        return makeError(ErrorCode::InvalidArgument,
                         "--frames must be a whole number from 1 to " + std::to_string(CaptioningSettings::kMaxKeyframeCount));
    if (parser.isSet(o.timeout)) s.timeoutSeconds = parser.value(o.timeout).toInt(&ok);
    if (!ok || s.timeoutSeconds < 1) return makeError(ErrorCode::InvalidArgument, "--timeout must be a whole number of seconds > 0");
    if (parser.isSet(o.apiKeyEnv)) {
        s.apiKey = qEnvironmentVariable(parser.value(o.apiKeyEnv).toLocal8Bit().constData());
        if (s.apiKey.isEmpty())
            return makeError(ErrorCode::InvalidArgument, "the environment variable " + toPath(parser.value(o.apiKeyEnv)) + " is not set");
    }
    return s;
}

Status writeJson(const QString& path, const QJsonObject& json)
{
    return core::AtomicFileWriter::write(path, QJsonDocument(json).toJson(QJsonDocument::Indented), ErrorCode::IoWriteFailed);
}

// --add: the caption set as the editor's Accept sets it (one undo step), then the project saved atomically.
Status addToProject(core::Project& project, const captioning::CaptionProposal& proposal)
{
    project.push(new core::AcceptCaptionCommand(&project.captions(), captioning::proposalValues(proposal)));
    return core::ProjectFile::save(project, project.filePath());
}

}  // namespace

int runCaption(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Asks a local vision model (llama-server, Ollama: any OpenAI-compatible chat-completions server) for a foley\n"
        "caption of a VIDEO or a PROJECT.foley's video. Prints {caption, negative, segments, model, endpoint}."));
    const CaptionOptions o;
    o.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("VIDEO|PROJECT.foley"), QStringLiteral("The video to describe."));
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("caption"), args, o.help)) return *done;
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("caption needs exactly one VIDEO or PROJECT.foley"));
    const QString input = parser.positionalArguments().first();
    const bool isProject = core::isProjectFilePath(input);
    if (parser.isSet(o.add) && !isProject) return usageError(QStringLiteral("--add needs a PROJECT.foley"));
    const Result<CaptioningSettings> settings = settingsFrom(parser, o);
    if (!settings) return usageError(QString::fromStdString(settings.error().message));

    std::unique_ptr<core::Project> project;
    QString video = input;
    if (isProject) {
        Result<core::LoadedProject> loaded = core::ProjectFile::load(input, core::MediaPolicy::RequirePresent);
        if (!loaded) return fail(loaded.error());
        project = std::move(loaded->project);
        video = project->mediaReference().path();
        if (video.isEmpty()) return fail(QStringLiteral("the project '%1' has no video").arg(input));
    }
    const captioning::CaptionOutcome outcome = captioning::CaptionRun::runToEnd(*settings, video);
    if (!outcome) return fail(outcome.error());
    QJsonObject json = captioning::proposalJson(*outcome);
    if (parser.isSet(o.add)) {
        if (const Status added = addToProject(*project, *outcome); !added) return fail(added.error());
        json.insert(QStringLiteral("project"), project->filePath());
    }
    if (parser.isSet(o.out))
        if (const Status written = writeJson(parser.value(o.out), json); !written) return fail(written.error());
    printJson(QJsonDocument(json));
    return kExitOk;
}

}  // namespace foley::app::cli
