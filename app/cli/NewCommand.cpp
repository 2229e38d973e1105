#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "app/services/MarkerFiles.h"
#include "app/services/MediaFacts.h"
#include "core/io/OnsetFile.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectFormat.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace foley::app::cli {

namespace {

// The state a new project starts from: the probed video, an empty mask at the video's frame rate, and what the
// options give (caption, negative prompt, onsets).
struct NewProjectOptions {
    QString caption;
    core::CaptionOrigin captionOrigin = core::CaptionOrigin::User;
    QString negative;
    QString onsetFile;
};

Status fillState(core::Project& project, const NewProjectOptions& options)
{
    core::ProjectState state = project.state();
    state.caption = {options.caption, options.captionOrigin};
    state.negativePrompt = options.negative;
    if (state.media.fps.isValid()) state.maskRate = state.media.fps;
    const int64_t maskFrames = samplesToVideoFrame(state.media.duration, state.maskRate) + 1;
    state.maskValues.assign(static_cast<size_t>(std::max<int64_t>(0, maskFrames)), 0.0f);
    if (!options.onsetFile.isEmpty()) {
        auto records = readMarkerFile(options.onsetFile);
        if (!records) return records.error();
        state.onsets = core::toOnsets(*records, core::OnsetOrigin::Manual);
        core::OnsetId next = 1;
        for (auto& onset : state.onsets) onset.id = next++;
    }
    return project.restoreState(state);
}

}  // namespace

int runNew(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Creates a .foley project for VIDEO."));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The project file to write."), QStringLiteral("PROJECT.foley"));
    const QCommandLineOption caption(QStringLiteral("caption"), QStringLiteral("Caption describing the sound."), QStringLiteral("TEXT"));
    const QCommandLineOption origin(QStringLiteral("caption-origin"),
                                    QStringLiteral("Who wrote the caption: user (default), mllm or detector."),
                                    QStringLiteral("ORIGIN"), QStringLiteral("user"));
    const QCommandLineOption negative(QStringLiteral("negative"), QStringLiteral("Negative prompt."), QStringLiteral("TEXT"));
    const QCommandLineOption onsets(QStringLiteral("onsets"), QStringLiteral("Onsets (CSV or Audacity labels)."), QStringLiteral("FILE"));
    parser.addOptions({help, out, caption, origin, negative, onsets});
    parser.addPositionalArgument(QStringLiteral("VIDEO"), QStringLiteral("The video the project is for."));
    const QString usage = QStringLiteral("usage: foleyforge-cli new VIDEO --out PROJECT.foley [--caption TEXT] [--negative TEXT] [--onsets FILE]");
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("new"), args, help, usage)) return *done;
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("new takes exactly one VIDEO"));
    if (!parser.isSet(out)) return usageError(QStringLiteral("new needs --out PROJECT.foley"));
    const auto captionOrigin = core::captionOriginFromName(parser.value(origin));
    if (!captionOrigin) return usageError(QStringLiteral("--caption-origin must be user, mllm or detector"));
    QString outPath = parser.value(out);
    if (!core::isProjectFilePath(outPath)) return usageError(QStringLiteral("--out must end in .foley"));

    auto project = MediaFacts::newProjectForVideo(parser.positionalArguments().first());
    if (!project) return fail(project.error());
    const NewProjectOptions options{parser.value(caption), *captionOrigin, parser.value(negative), parser.value(onsets)};
    if (auto status = fillState(**project, options); !status) return fail(status.error());
    if (auto status = core::ProjectFile::save(**project, outPath); !status) return fail(status.error());
    printLine(QStringLiteral("wrote %1").arg(outPath));
    return kExitOk;
}

}  // namespace foley::app::cli
