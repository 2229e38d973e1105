#include "app/services/ExportJob.h"

#include "app/services/DeliverableMix.h"
#include "app/services/StemFiles.h"
#include "core/media/AudioDecoder.h"
#include "core/types/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace foley::app {
namespace {

constexpr double kOvershootMarginDb = 0.1;  // extra room when the encoder's overshoot is taken off the ceiling
constexpr double kEncodedToleranceLu = 0.1; // AAC's low-pass takes ~0.2 LU off bright material: beyond this, aim again

std::string nativePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

// The summary's sentences (the editor shows them translated, the CLI prints them in English). lupdate files a tr()
// call outside any class under the enclosing namespace's name, so that is the context looked up.
QString tr(const char* text)
{
    return QCoreApplication::translate("foley::app", text);
}

// The export as it always was: the exporter resamples the take and mixes the original in itself.
Result<ExportSummary> exportPlain(const ExportJobRequest& request, RunControl& control)
{
    RunControl decodeControl;
    decodeControl.followParent(control, 0.0, 0.1);
    media::AudioDecodeOptions keepFormat;
    keepFormat.sampleRate = 0;
    keepFormat.channels = 0;
    auto take = media::decodeAudio(nativePath(request.takeAudioPath), keepFormat, &decodeControl);
    if (!take) return take.error();
    media::ExportRequest exportRequest;
    exportRequest.videoPath = nativePath(request.videoPath);
    exportRequest.audio = *take;
    exportRequest.outputPath = nativePath(request.outputPath);
    exportRequest.originalGain = request.originalGain;
    RunControl exportControl;
    exportControl.followParent(control, 0.1, 1.0);
    Result<media::ExportReport> report = media::exportWithAudio(exportRequest, &exportControl);
    if (!report) return report.error();
    ExportSummary summary;
    summary.media = *report;
    return summary;
}

// The mix through the exporter (nothing left to mix in).
Status encodeMix(const ExportJobRequest& request, const AudioBuffer& mix, ExportSummary& summary, RunControl& control)
{
    media::ExportRequest exportRequest;
    exportRequest.videoPath = nativePath(request.videoPath);
    exportRequest.audio = mix;
    exportRequest.outputPath = nativePath(request.outputPath);
    Result<media::ExportReport> report = media::exportWithAudio(exportRequest, &control);
    if (!report) return report.error();
    summary.media = *report;
    return okStatus();
}

// The written file's audio as it came out of the encoder, measured.
Result<dsp::LoudnessMeasurement> encodeAndMeasure(const ExportJobRequest& request, const AudioBuffer& mix, ExportSummary& summary,
                                                  RunControl& control)
{
    if (Status encoded = encodeMix(request, mix, summary, control); !encoded) return encoded.error();
    const Result<AudioBuffer> written = media::decodeAudio(nativePath(request.outputPath), {DeliverableTracks::kSampleRate, 2, -1, 0, 0});
    if (!written) return written.error();
    return dsp::measureLoudness(written->data(), written->frameCount(), 2, DeliverableTracks::kSampleRate);
}

Result<AudioBuffer> normalised(const AudioBuffer& mix, const dsp::LoudnessTarget& target, ExportSummary& summary)
{
    std::vector<float> samples = mix.samples();
    Result<dsp::LoudnessNormalization> done = dsp::normalizeLoudness(samples, 2, DeliverableTracks::kSampleRate, target);
    if (!done) return done.error();
    summary.loudness = *done;
    return AudioBuffer(std::move(samples), DeliverableTracks::kSampleRate, 2);
}

// Normalises (when asked), encodes, and, when the encoded file misses the target or the encoder pushed a peak over the
// ceiling, normalises once more aiming off by the miss, under a ceiling lowered by the overshoot.
Result<AudioBuffer> deliverMix(const ExportJobRequest& request, const AudioBuffer& mix, ExportSummary& summary, RunControl& control)
{
    if (!request.loudness) {
        if (Status encoded = encodeMix(request, mix, summary, control); !encoded) return encoded.error();
        return mix;
    }
    dsp::LoudnessTarget target = *request.loudness;
    Result<AudioBuffer> delivered = normalised(mix, target, summary);
    if (!delivered) return delivered;
    Result<dsp::LoudnessMeasurement> measured = encodeAndMeasure(request, *delivered, summary, control);
    if (!measured) return measured.error();
    const double missingLu = request.loudness->integratedLufs - measured->integratedLufs;
    const double overshootDb = measured->truePeakDbtp - request.loudness->truePeakCeilingDbtp;
    if (overshootDb > 0.0 || std::abs(missingLu) > kEncodedToleranceLu) {
        target.integratedLufs += missingLu;
        if (overshootDb > 0.0) target.truePeakCeilingDbtp -= overshootDb + kOvershootMarginDb;
        delivered = normalised(mix, target, summary);
        if (!delivered) return delivered;
        measured = encodeAndMeasure(request, *delivered, summary, control);
        if (!measured) return measured.error();
    }
    summary.delivered = *measured;
    return delivered;
}

Result<ExportSummary> exportDeliverables(const ExportJobRequest& request, RunControl& control)
{
    RunControl mixControl;
    mixControl.followParent(control, 0.0, 0.2);
    Result<DeliverableTracks> tracks = buildDeliverableTracks(request.videoPath, request.takeAudioPath, request.originalGain, mixControl);
    if (!tracks) return tracks.error();
    ExportSummary summary;
    RunControl encodeControl;
    encodeControl.followParent(control, 0.2, 0.9);
    Result<AudioBuffer> delivered = deliverMix(request, tracks->mix, summary, encodeControl);
    if (!delivered) return delivered.error();
    if (request.stemsFolder.isEmpty()) return summary;
    tracks->mix = *delivered;
    const StemRequest stems{request.stemsFolder, QFileInfo(request.outputPath).completeBaseName(), request.caption, request.markers};
    Result<QStringList> paths = writeStems(stems, *tracks);
    if (!paths) return paths.error();
    summary.stemPaths = *paths;
    summary.originalStemSilent = !tracks->videoHasSound;
    return summary;
}

QString loudnessLine(const dsp::LoudnessMeasurement& m)
{
    return tr("%1 LUFS integrated, %2 LU range, %3 dBTP true peak")
        .arg(m.integratedLufs, 0, 'f', 1)
        .arg(m.loudnessRangeLu, 0, 'f', 1)
        .arg(m.truePeakDbtp, 0, 'f', 1);
}

}  // namespace

Result<ExportSummary> exportTake(const ExportJobRequest& request, RunControl& control)
{
    // What an earlier export killed midway left in the destination and stems folders (editor and CLI alike).
    AtomicFile::removeLeftoverTempFiles(nativePath(QFileInfo(request.outputPath).absolutePath()));
    if (!request.stemsFolder.isEmpty()) AtomicFile::removeLeftoverTempFiles(nativePath(request.stemsFolder));
    Result<ExportSummary> summary = request.loudness || !request.stemsFolder.isEmpty() ? exportDeliverables(request, control)
                                                                                       : exportPlain(request, control);
    if (summary) control.report(1.0);
    return summary;
}

std::optional<double> loudnessPresetLufs(const QString& name)
{
    if (name == QLatin1String("broadcast")) return -23.0;
    if (name == QLatin1String("web")) return -16.0;
    if (name == QLatin1String("streaming")) return -14.0;
    return std::nullopt;
}

QStringList loudnessPresetNames()
{
    return {QStringLiteral("broadcast"), QStringLiteral("web"), QStringLiteral("streaming"), QStringLiteral("off")};
}

QStringList describeExport(const QString& outputPath, const ExportSummary& summary)
{
    QStringList lines{tr("Wrote %1: video copied (%2 s), audio AAC 48 kHz stereo (%3 s).")
                          .arg(outputPath)
                          .arg(summary.media.videoDurationSeconds, 0, 'f', 3)
                          .arg(summary.media.audioDurationSeconds, 0, 'f', 3)};
    if (summary.loudness) {
        const dsp::LoudnessNormalization& n = *summary.loudness;
        lines << tr("Loudness before: %1.").arg(loudnessLine(n.before));
        lines << tr("Loudness after: %1 (gain %2 dB).").arg(loudnessLine(summary.delivered ? *summary.delivered : n.after)).arg(n.gainDb, 0, 'f', 1);
        lines << (n.limited ? tr("Peaks were limited for %1 s (at most %2 dB) to stay under the true-peak ceiling.")
                                  .arg(n.limitedSeconds, 0, 'f', 2)
                                  .arg(n.maxGainReductionDb, 0, 'f', 1)
                            : tr("No limiting was needed."));
    }
    for (const QString& stem : summary.stemPaths) lines << tr("Stem: %1").arg(stem);
    if (summary.originalStemSilent) lines << tr("The video has no sound of its own: the original stem is silence.");
    return lines;
}

}  // namespace foley::app
