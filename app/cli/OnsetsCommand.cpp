#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "app/services/OnsetDetection.h"

#include "core/io/OnsetCsv.h"
#include "core/io/OnsetFile.h"

#include <QCommandLineParser>

#include <cmath>
#include <cstdio>

namespace foley::app::cli {

namespace {

// Microsecond times and 4-digit strengths: finer than any use, and files read cleanly (0.38, not 0.380000000001).
double rounded(double value, double scale)
{
    return std::round(value * scale) / scale;
}

core::OnsetRecordList toRecords(const dsp::OnsetSecondsList& onsets)
{
    core::OnsetRecordList records;
    for (const dsp::OnsetEvent& onset : onsets)
        records.append(core::OnsetRecord{rounded(onset.seconds, 1e6), rounded(onset.strength, 1e4), QString()});
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
    const QCommandLineOption masking(
        QStringLiteral("masking"),
        QStringLiteral("Audio: seconds after a sound in which a clearly weaker attack counts as part of it (default %1; "
                       "0 = every attack, e.g. for fast rolls).").arg(dsp::AudioOnsetConfig{}.maskSeconds),
        QStringLiteral("S"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("With --out: csv, audacity, reaper (REAPER marker CSV), vtt or srt (default: from the "
                                                   "extension: .txt Audacity, .vtt, .srt, else CSV)."),
                                    QStringLiteral("NAME"));
    parser.addOptions({help, source, out, masking, format});
    parser.addPositionalArgument(QStringLiteral("MEDIA"), QStringLiteral("Any file FFmpeg reads."));
    const QString usage = QStringLiteral("usage: foleyforge-cli onsets MEDIA [--source video|audio] [--out FILE.csv [--format NAME]] [--masking S]");
    if (const std::optional<int> done = parseCommandLine(parser, QStringLiteral("onsets"), args, help, usage)) return *done;
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("onsets takes exactly one MEDIA file"));
    const QString sourceName = parser.value(source);
    if (parser.isSet(source) && sourceName != QLatin1String("video") && sourceName != QLatin1String("audio"))
        return usageError(QStringLiteral("--source must be video or audio"));

    const std::optional<core::OnsetFileFormat> fileFormat =
        parser.isSet(format) ? core::onsetFileFormatFromName(parser.value(format)) : core::onsetFileFormatForPath(parser.value(out));
    if (!fileFormat) return usageError(QStringLiteral("--format must be csv, audacity, reaper, vtt or srt"));
    if (parser.isSet(format) && !parser.isSet(out)) return usageError(QStringLiteral("--format needs --out"));

    dsp::AudioOnsetConfig audio;
    if (parser.isSet(masking)) {
        bool ok = false;
        audio.maskSeconds = parser.value(masking).toDouble(&ok);
        if (!ok || audio.maskSeconds < 0.0 || audio.maskSeconds > dsp::AudioOnsetConfig::kMaxMaskSeconds)
            return usageError(QStringLiteral("--masking must be seconds between 0 and %1").arg(dsp::AudioOnsetConfig::kMaxMaskSeconds));
    }
    const OnsetSource onsetSource = !parser.isSet(source)                  ? OnsetSource::Auto
                                    : sourceName == QLatin1String("video") ? OnsetSource::Video
                                                                           : OnsetSource::Audio;
    RunControl control;
    const Result<OnsetDetectionResult> detected = detectOnsets(parser.positionalArguments().first(), onsetSource, control, audio);
    if (!detected) return fail(detected.error());
    const bool useVideo = detected->fromVideo;
    const core::OnsetRecordList records = toRecords(detected->onsets);
    if (parser.isSet(out)) {
        if (Status written = core::writeOnsetFile(parser.value(out), records, *fileFormat); !written) return fail(written.error());
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
