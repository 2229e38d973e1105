#include "app/services/GeneratedTake.h"

#include "app/services/GenerationMediaDecoder.h"
#include "app/services/ProvenanceJson.h"
#include "core/dsp/AudioOnsetDetector.h"
#include "core/dsp/Resampler.h"
#include "core/dsp/OnsetMetrics.h"
#include "core/media/WavFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace foley::app {

QString takeFileName(const GenerationSnapshot& snapshot, const QDateTime& utcNow)
{
    return QStringLiteral("take-%1-seed%2.wav")
        .arg(utcNow.toString(QStringLiteral("yyyyMMdd-HHmmss")))
        .arg(snapshot.parameters.seed);
}

QString freeTakePath(const QString& path)
{
    if (!QFileInfo::exists(path)) return path;
    const QFileInfo info(path);
    for (int n = 2;; ++n) {
        const QString candidate = info.dir().filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
        if (!QFileInfo::exists(candidate)) return candidate;
    }
}

QJsonObject takeOnsetMetrics(const AudioBuffer& audio, const core::OnsetSampleTimeList& requested)
{
    if (requested.isEmpty()) return {};
    // The detector hears at the model rate, whatever rate the take was written at.
    Result<dsp::AudioOnsetResult> detected = dsp::AudioOnsetDetector().detect(dsp::resampled(audio.toMono(), kModelRate));
    if (!detected) return {};
    dsp::OnsetSecondsList reference;
    for (const core::Onset& o : requested) reference.push_back(dsp::OnsetEvent::atSample(o.time, o.strength));
    std::sort(reference.begin(), reference.end(), [](const auto& a, const auto& b) { return a.seconds < b.seconds; });
    const dsp::OnsetScores scores = dsp::OnsetMetrics().evaluate(detected->onsets, reference);
    return QJsonObject{{QStringLiteral("onsetF1"), scores.f1},
                       {QStringLiteral("onsetPrecision"), scores.precision},
                       {QStringLiteral("onsetRecall"), scores.recall},
                       {QStringLiteral("onsetsDetected"), scores.detected}};
}

std::unique_ptr<media::WavStreamWriter> takeWriter(const QString& path, inference::GenerationRequest& request)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QDir().mkpath(QFileInfo(absolute).absolutePath());
    auto writer = std::make_unique<media::WavStreamWriter>(QFile::encodeName(absolute).toStdString());
    if (!request.modelRegion && !request.outputRegion) request.sink = writer.get();
    return writer;
}

Result<GenerationOutcome> finishTake(const inference::GenerationResult& result, const GenerationSnapshot& snapshot, const QString& path)
{
    GenerationOutcome outcome;
    outcome.audioPath = QFileInfo(path).absoluteFilePath();
    if (!result.audio.isEmpty()) {
        QDir().mkpath(QFileInfo(outcome.audioPath).absolutePath());
        if (const Status written = media::writeWav(QFile::encodeName(outcome.audioPath).toStdString(), result.audio); !written)
            return written.error();
    }
    outcome.samples = result.frames;
    outcome.sampleRate = result.sampleRate;
    outcome.report = result.report;
    outcome.provenance = provenanceJson(result.provenance);
    if (!snapshot.onsets.isEmpty()) {
        const Result<AudioBuffer> heard = GenerationMediaDecoder::decodeModelAudio(outcome.audioPath);
        if (!heard) return heard.error();
        outcome.metrics = takeOnsetMetrics(*heard, snapshot.onsets);
    }
    return outcome;
}

QString renderNote(const std::string& retrieval, const inference::GenerationReport& report, int sampleRate)
{
    QStringList parts;
    if (!retrieval.empty()) parts << QString::fromStdString(retrieval);
    if (report.render == "recordings")
        parts << QStringLiteral("rendered from recordings at %1 kHz").arg(sampleRate / 1000.0, 0, 'g', 4);
    for (const std::string& note : report.notes) parts << QString::fromStdString(note);
    return parts.join(QStringLiteral("; "));
}

core::Take takeFromOutcome(const GenerationSnapshot& snapshot, const GenerationOutcome& outcome)
{
    core::Take take;
    take.audioPath = outcome.audioPath;
    take.settings = snapshot.parameters;
    take.caption = snapshot.caption;
    take.negativePrompt = snapshot.negativePrompt;
    take.qualityTag = snapshot.qualityTag;
    take.onsets = snapshot.onsets;
    take.created = QDateTime::currentDateTimeUtc();
    take.modelId = outcome.modelId;
    take.modelVersion = outcome.modelVersion;
    take.metrics = outcome.metrics;
    take.provenance = outcome.provenance;
    take.metrics.insert(QStringLiteral("generationSeconds"), outcome.report.totalMilliseconds / 1000.0);
    if (!outcome.retrieval.isEmpty()) take.metrics.insert(QStringLiteral("retrieval"), outcome.retrieval);
    take.metrics.insert(QStringLiteral("render"), QString::fromStdString(outcome.report.render));
    take.metrics.insert(QStringLiteral("sampleRate"), outcome.sampleRate);
    return take;
}

}  // namespace foley::app
