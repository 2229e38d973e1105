#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "core/media/AudioDecoder.h"
#include "core/media/Mp4Exporter.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectFormat.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace foley::app::cli {
namespace {

// Ctrl-C cancels the export cleanly (the temp file is removed); a signal handler can only reach a global.
RunControl* g_interruptTarget = nullptr;

extern "C" void cancelOnInterrupt(int)
{
    if (g_interruptTarget) g_interruptTarget->cancel();
}

struct ExportSources {
    QString video;
    QString audio;
};

// VIDEO is used as given; PROJECT.foley gives its video and, when --audio is absent, its active take.
Result<ExportSources> resolveSources(const QString& input, const QString& audioOption)
{
    ExportSources sources{input, audioOption};
    if (!core::isProjectFilePath(input)) return sources;
    Result<core::LoadedProject> loaded = core::ProjectFile::load(input, core::MediaPolicy::RequirePresent);
    if (!loaded) return loaded.error();
    const core::Project& project = *loaded->project;
    sources.video = project.mediaReference().path();
    if (sources.video.isEmpty())
        return makeError(ErrorCode::ProjectMediaMissing, "project '" + input.toStdString() + "' has no video");
    if (sources.audio.isEmpty()) {
        const auto take = project.takes().activeTake();
        if (!take) return makeError(ErrorCode::InvalidArgument, "project '" + input.toStdString() + "' has no active take: pass --audio TAKE.wav");
        sources.audio = take->audioPath;
    }
    return sources;
}

void printProgress(double fraction)
{
    static int lastPercent = -1;
    const int percent = static_cast<int>(fraction * 100.0);
    if (percent == lastPercent) return;
    lastPercent = percent;
    std::fprintf(stderr, "\rexporting %3d%%", percent);
    std::fflush(stderr);
}

// Runs the export with a progress line on stderr when it is a terminal, Ctrl-C as cancel.
int runExportJob(const media::ExportRequest& request, const QString& outName)
{
    RunControl control;
    const bool showProgress = ::isatty(STDERR_FILENO) != 0;
    if (showProgress) control.progress = printProgress;
    g_interruptTarget = &control;
    std::signal(SIGINT, cancelOnInterrupt);
    const Result<media::ExportReport> report = media::exportWithAudio(request, &control);
    std::signal(SIGINT, SIG_DFL);
    g_interruptTarget = nullptr;
    if (showProgress) std::fprintf(stderr, "\r              \r");
    if (!report) return fail(report.error());
    printLine(QStringLiteral("wrote %1: video copied (%2 packets, %3 s), audio AAC 48 kHz stereo (%4 s)")
                  .arg(outName)
                  .arg(report->videoPackets)
                  .arg(report->videoDurationSeconds, 0, 'f', 3)
                  .arg(report->audioDurationSeconds, 0, 'f', 3));
    return kExitOk;
}

}  // namespace

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes VIDEO's video stream, copied packet for packet (not re-encoded), with TAKE as AAC 48 kHz stereo\n"
        "audio lasting exactly the video's duration (padded with silence, or trimmed with a short fade).\n"
        "The container follows OUT's extension: .mp4, .m4v, .mov or .mkv. Given a PROJECT.foley, its video is used,\n"
        "and its active take when --audio is omitted."));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption audio(QStringLiteral("audio"), QStringLiteral("The take to use as the soundtrack (WAV or any audio file)."),
                                   QStringLiteral("TAKE.wav"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("OUT.mp4"));
    const QCommandLineOption gain(QStringLiteral("original-gain"),
                                  QStringLiteral("Mix the video's own audio in at this linear gain (default 0: not at all)."),
                                  QStringLiteral("G"), QStringLiteral("0"));
    parser.addOptions({help, audio, out, gain});
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("VIDEO file or PROJECT.foley."));
    if (!parser.parse(QStringList{QStringLiteral("export")} + args)) return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(QStringLiteral("usage: foleyforge-cli export (PROJECT.foley | VIDEO) --audio TAKE.wav --out OUT.mp4 [--original-gain G]\n\n")
                  + parser.helpText().section('\n', 1));
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) return usageError(QStringLiteral("export takes exactly one VIDEO or PROJECT.foley"));
    if (!parser.isSet(out)) return usageError(QStringLiteral("export needs --out OUT.mp4"));
    bool gainOk = false;
    const double originalGain = parser.value(gain).toDouble(&gainOk);
    if (!gainOk || originalGain < 0) return usageError(QStringLiteral("--original-gain must be a number >= 0"));

    removeLeftoverTempFilesBeside(parser.value(out));
    const Result<ExportSources> sources = resolveSources(positional.first(), parser.value(audio));
    if (!sources) return fail(sources.error());
    if (sources->audio.isEmpty()) return usageError(QStringLiteral("export needs --audio TAKE.wav"));

    // The take keeps its own rate and channels: the exporter resamples once, to 48 kHz stereo.
    const Result<AudioBuffer> take = media::decodeAudio(toPath(sources->audio), {0, 0, -1, 0, 0});
    if (!take) return fail(take.error());

    media::ExportRequest request;
    request.videoPath = toPath(sources->video);
    request.audio = *take;
    request.outputPath = toPath(parser.value(out));
    request.originalGain = originalGain;
    return runExportJob(request, parser.value(out));
}

}  // namespace foley::app::cli
