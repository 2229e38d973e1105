#include "app/services/StemFiles.h"

#include "core/dsp/LoudnessMeter.h"
#include "core/media/BroadcastWav.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace foley::app {
namespace {

struct Stem {
    QString kind;  // "take", "original", "mix": in the name and the bext reference
    const AudioBuffer* audio;
};

std::string nativePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

// What a stem's bext originator reference holds, so a later export can tell its own files from the user's.
std::string reference(const QString& baseName, const QString& kind)
{
    return (kind + QLatin1Char(':') + baseName).left(32).toStdString();
}

// An existing file at `path` may be replaced only if FoleyForge wrote it as this stem of this export.
Status checkReplaceable(const QString& path, const std::string& expectedReference)
{
    if (!QFileInfo::exists(path)) return okStatus();
    const Result<media::BroadcastWavContents> existing = media::readBroadcastWavInfo(nativePath(path));
    const bool ours = existing && existing->bext && existing->bext->originator == kStemOriginator
                      && existing->bext->originatorReference == expectedReference;
    if (ours) return okStatus();
    return makeError(ErrorCode::IoWriteFailed, "refusing to overwrite '" + nativePath(path)
                                                   + "', which is not a FoleyForge stem of this export: choose another stems folder");
}

std::vector<media::WavCuePoint> cuePoints(const core::OnsetRecordList& markers)
{
    std::vector<media::WavCuePoint> cues;
    uint32_t id = 1;
    for (const core::OnsetRecord& marker : markers)
        cues.push_back({id++, static_cast<uint64_t>(std::llround(marker.seconds * DeliverableTracks::kSampleRate)),
                        marker.label.toStdString()});
    return cues;
}

media::BextInfo bextFor(const StemRequest& request, const Stem& stem)
{
    const QDateTime now = QDateTime::currentDateTime();
    media::BextInfo bext;
    bext.description = request.caption.toStdString();
    bext.originator = kStemOriginator;
    bext.originatorReference = reference(request.baseName, stem.kind);
    bext.originationDate = now.toString(QStringLiteral("yyyy-MM-dd")).toStdString();
    bext.originationTime = now.toString(QStringLiteral("hh:mm:ss")).toStdString();
    bext.timeReferenceSamples = 0;
    bext.codingHistory = "A=PCM,F=48000,W=24,M=stereo,T=FoleyForge " + QCoreApplication::applicationVersion().toStdString() + "\r\n";
    const dsp::LoudnessMeasurement m = dsp::measureLoudness(stem.audio->data(), stem.audio->frameCount(), 2, DeliverableTracks::kSampleRate);
    const auto finite = [](double v) { return std::isfinite(v) ? std::optional<double>(v) : std::nullopt; };
    bext.integratedLufs = finite(m.integratedLufs);
    bext.loudnessRangeLu = finite(m.loudnessRangeLu);
    bext.maxTruePeakDbtp = finite(m.truePeakDbtp);
    bext.maxMomentaryLufs = finite(m.maxMomentaryLufs);
    bext.maxShortTermLufs = finite(m.maxShortTermLufs);
    return bext;
}

}  // namespace

Result<QStringList> writeStems(const StemRequest& request, const DeliverableTracks& tracks)
{
    const QDir folder(request.folder);
    if (!QDir().mkpath(request.folder))
        return makeError(ErrorCode::IoWriteFailed, "cannot create the stems folder '" + nativePath(request.folder) + "'");
    const Stem stems[] = {{QStringLiteral("take"), &tracks.take}, {QStringLiteral("original"), &tracks.original},
                          {QStringLiteral("mix"), &tracks.mix}};
    QStringList paths;
    for (const Stem& stem : stems) {
        paths.append(folder.filePath(request.baseName + QLatin1Char('.') + stem.kind + QStringLiteral(".wav")));
        if (Status ok = checkReplaceable(paths.last(), reference(request.baseName, stem.kind)); !ok) return ok.error();
    }
    for (int i = 0; i < 3; ++i) {
        const Stem& stem = stems[i];
        const auto cues = stem.kind == QLatin1String("take") ? cuePoints(request.markers) : std::vector<media::WavCuePoint>{};
        if (Status ok = media::writeBroadcastWav(nativePath(paths[i]), *stem.audio, bextFor(request, stem), cues); !ok) return ok.error();
    }
    return paths;
}

}  // namespace foley::app
