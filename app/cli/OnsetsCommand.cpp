#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/VisualOnsetDetector.h"
#include "core/io/OnsetCsv.h"
#include "core/io/OnsetFile.h"
#include "core/media/AudioDecoder.h"
#include "core/media/MediaProbe.h"
#include "core/media/VideoFrameReader.h"

#include <QCommandLineParser>

#include <cstdio>

namespace foley::app::cli {

namespace {

// The visual detector works at ~160 px wide; decoding straight to 320 px lets swscale do most of the
// shrinking and keeps a 2x2 box average in the detector against noise.
constexpr int kDecodeWidth = 320;

Result<dsp::OnsetList> detectFromVideo(const std::string& path, const media::StreamInfo& video)
{
    media::VideoFrameOptions options;
    options.format = PixelFormat::Gray8;
    options.width = video.width > kDecodeWidth ? kDecodeWidth : 0;
    options.streamIndex = video.index;
    auto reader = media::VideoFrameReader::open(path, options);
    if (!reader) return reader.error();
    dsp::VisualOnsetDetector detector;
    VideoFrame frame;
    while (true) {
        const Result<bool> next = (*reader)->next(frame);
        if (!next) return next.error();
        if (!*next) break;
        if (Status pushed = detector.push(frame); !pushed) return pushed.error();
    }
    return detector.finish().onsets;
}

Result<dsp::OnsetList> detectFromAudio(const std::string& path)
{
    const dsp::AudioOnsetDetector detector;
    media::AudioDecodeOptions options;
    options.sampleRate = detector.config().mel.sampleRate;
    options.channels = 1;
    const Result<AudioBuffer> audio = media::decodeAudio(path, options);
    if (!audio) return audio.error();
    auto result = detector.detect(*audio);
    if (!result) return result.error();
    return std::move(result->onsets);
}

core::OnsetRecordList toRecords(const dsp::OnsetList& onsets)
{
    core::OnsetRecordList records;
    for (const dsp::OnsetEvent& onset : onsets) records.append(core::OnsetRecord{onset.seconds, onset.strength, QString()});
    return records;
}

}  // namespace

int runOnsets(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Detects sound onsets in MEDIA and writes them as CSV (time,strength; seconds, strength 0..1).\n"
        "video: where something visibly hits, stops or bounces (camera motion, cuts and fades are ignored);\n"
        "audio: where sounds start in the soundtrack. Default: video when MEDIA has a video stream, else audio."));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("video or audio."), QStringLiteral("SOURCE"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write here (CSV, or Audacity labels for .txt) instead of stdout."),
                                 QStringLiteral("FILE.csv"));
    parser.addOptions({help, source, out});
    parser.addPositionalArgument(QStringLiteral("MEDIA"), QStringLiteral("Any file FFmpeg reads."));
    if (!parser.parse(QStringList{QStringLiteral("onsets")} + args)) return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(QStringLiteral("usage: foleyforge-cli onsets MEDIA [--source video|audio] [--out FILE.csv]\n\n")
                  + parser.helpText().section('\n', 1));
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("onsets takes exactly one MEDIA file"));
    const QString sourceName = parser.value(source);
    if (parser.isSet(source) && sourceName != QLatin1String("video") && sourceName != QLatin1String("audio"))
        return usageError(QStringLiteral("--source must be video or audio"));

    const std::string path = toPath(parser.positionalArguments().first());
    const Result<media::MediaInfo> info = media::probeMedia(path);
    if (!info) return fail(info.error());
    const auto video = info->bestVideo();
    const bool useVideo = parser.isSet(source) ? sourceName == QLatin1String("video") : video.has_value();
    if (useVideo && !video) return fail(QStringLiteral("%1 has no video stream (use --source audio)").arg(parser.positionalArguments().first()));
    if (!useVideo && !info->bestAudio())
        return fail(QStringLiteral("%1 has no audio stream").arg(parser.positionalArguments().first()));

    const Result<dsp::OnsetList> onsets = useVideo ? detectFromVideo(path, *video) : detectFromAudio(path);
    if (!onsets) return fail(onsets.error());
    const core::OnsetRecordList records = toRecords(*onsets);
    if (parser.isSet(out)) {
        if (Status written = core::writeOnsetFile(parser.value(out), records); !written) return fail(written.error());
        std::fprintf(stderr, "%lld onsets from %s written to %s\n", static_cast<long long>(records.size()),
                     useVideo ? "video" : "audio", parser.value(out).toUtf8().constData());
        return kExitOk;
    }
    const QByteArray csv = core::OnsetCsv::format(records).toUtf8();
    std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
    std::fflush(stdout);
    return kExitOk;
}

}  // namespace foley::app::cli
