#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "app/services/MarkerFiles.h"
#include "app/services/ExportJob.h"
#include "core/io/OnsetFile.h"
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
    QString caption;                // the stems' description
    core::OnsetRecordList markers;  // the take stem's cue points
};

// VIDEO is used as given; PROJECT.foley gives its video and, when --audio is absent, its active take.
Result<ExportSources> resolveSources(const QString& input, const QString& audioOption)
{
    ExportSources sources{input, audioOption, {}, {}};
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
    sources.caption = project.captions().caption().text;
    sources.markers = core::toOnsetRecords(project.onsets().onsets());
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
int runExportJob(const ExportJobRequest& request)
{
    RunControl control;
    const bool showProgress = ::isatty(STDERR_FILENO) != 0;
    if (showProgress) control.progress = printProgress;
    g_interruptTarget = &control;
    std::signal(SIGINT, cancelOnInterrupt);
    const Result<ExportSummary> summary = exportTake(request, control);
    std::signal(SIGINT, SIG_DFL);
    g_interruptTarget = nullptr;
    if (showProgress) std::fprintf(stderr, "\r              \r");
    if (!summary) return fail(summary.error());
    printLine(describeExport(request.outputPath, *summary).join(QLatin1Char('\n')));
    return kExitOk;
}

// --loudness: a preset name or LUFS; --true-peak: dBTP. Absent or "off": no normalisation.
Status parseLoudness(const QCommandLineParser& parser, const QCommandLineOption& loudness, const QCommandLineOption& truePeak,
                     std::optional<dsp::LoudnessTarget>& target)
{
    const QString value = parser.value(loudness);
    if (!parser.isSet(loudness) || value == QLatin1String("off")) {
        if (parser.isSet(truePeak)) return makeError(ErrorCode::InvalidArgument, "--true-peak needs --loudness");
        return okStatus();
    }
    bool ok = false;
    const std::optional<double> preset = loudnessPresetLufs(value);
    const double lufs = preset ? *preset : value.toDouble(&ok);
    if (!preset && !ok) return makeError(ErrorCode::InvalidArgument, "--loudness must be LUFS (e.g. -23) or broadcast, web, streaming or off");
    dsp::LoudnessTarget chosen{lufs, -1.0};
    if (parser.isSet(truePeak)) {
        chosen.truePeakCeilingDbtp = parser.value(truePeak).toDouble(&ok);
        if (!ok) return makeError(ErrorCode::InvalidArgument, "--true-peak must be a number of dBTP (e.g. -1)");
    }
    target = chosen;
    return okStatus();
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
    const QCommandLineOption loudness(QStringLiteral("loudness"),
                                      QStringLiteral("Normalise the mix to this EBU R128 integrated loudness: LUFS, or broadcast (-23), "
                                                     "web (-16), streaming (-14), off (default)."),
                                      QStringLiteral("LUFS"));
    const QCommandLineOption truePeak(QStringLiteral("true-peak"),
                                      QStringLiteral("True-peak ceiling with --loudness; peaks above it are limited (default -1)."),
                                      QStringLiteral("DBTP"));
    const QCommandLineOption stems(QStringLiteral("stems"),
                                   QStringLiteral("Also write the take, the original sound and the mix as 48 kHz 24-bit Broadcast WAV "
                                                  "files here (OUT.take.wav, OUT.original.wav, OUT.mix.wav)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption caption(QStringLiteral("caption"), QStringLiteral("The stems' description (default: the project's caption)."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption onsets(QStringLiteral("onsets"),
                                    QStringLiteral("Onsets to mark as cue points in the take stem (default: the project's)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({help, audio, out, gain, loudness, truePeak, stems, caption, onsets});
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("VIDEO file or PROJECT.foley."));
    const QString usage = QStringLiteral("usage: foleyforge-cli export (PROJECT.foley | VIDEO) --audio TAKE.wav --out OUT.mp4 [--original-gain G]\n"
                                         "         [--loudness LUFS|broadcast|web|streaming|off [--true-peak DBTP]] [--stems DIR] [--caption TEXT] [--onsets FILE]");
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("export"), args, help, usage)) return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) return usageError(QStringLiteral("export takes exactly one VIDEO or PROJECT.foley"));
    if (!parser.isSet(out)) return usageError(QStringLiteral("export needs --out OUT.mp4"));
    bool gainOk = false;
    const double originalGain = parser.value(gain).toDouble(&gainOk);
    if (!gainOk || originalGain < 0) return usageError(QStringLiteral("--original-gain must be a number >= 0"));

    const Result<ExportSources> sources = resolveSources(positional.first(), parser.value(audio));
    if (!sources) return fail(sources.error());
    if (sources->audio.isEmpty()) return usageError(QStringLiteral("export needs --audio TAKE.wav"));

    ExportJobRequest request;
    request.videoPath = sources->video;
    request.takeAudioPath = sources->audio;
    request.outputPath = parser.value(out);
    request.originalGain = originalGain;
    if (Status ok = parseLoudness(parser, loudness, truePeak, request.loudness); !ok)
        return usageError(QString::fromStdString(ok.error().message));
    request.stemsFolder = parser.value(stems);
    request.caption = parser.isSet(caption) ? parser.value(caption) : sources->caption;
    request.markers = sources->markers;
    if (parser.isSet(onsets)) {
        const Result<core::OnsetRecordList> records = readMarkerFile(parser.value(onsets));
        if (!records) return fail(records.error());
        request.markers = *records;
    }
    return runExportJob(request);
}

}  // namespace foley::app::cli
