#include "app/services/ProjectCheck.h"

#include "core/media/MediaProbe.h"
#include "core/project/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace foley::app {
namespace {

std::string toPath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Samples at kProjectRate of the video's length, or a problem line.
SampleTime checkMedia(const core::Project& project, QStringList& problems)
{
    const QString video = project.mediaReference().path();
    if (video.isEmpty()) return 0;
    if (!QFileInfo::exists(video)) {
        problems << QStringLiteral("the video %1 is missing").arg(shown(video));
        return 0;
    }
    const Result<media::MediaInfo> probed = media::probeMedia(toPath(video));
    if (!probed) {
        problems << QStringLiteral("the video cannot be read: %1").arg(QString::fromStdString(probed.error().message));
        return 0;
    }
    return secondsToSamples(probed->durationSeconds);
}

void checkTakes(const core::TakeList& takes, QStringList& problems)
{
    for (const core::Take& take : takes.takes()) {
        const QString name = QStringLiteral("take \"%1\"").arg(take.name);
        if (!QFileInfo(take.audioPath).isFile()) {
            problems << QStringLiteral("%1: its audio %2 is missing").arg(name, shown(take.audioPath));
            continue;
        }
        const Result<media::MediaInfo> probed = media::probeMedia(toPath(take.audioPath));
        if (!probed) {
            problems << QStringLiteral("%1: %2").arg(name, QString::fromStdString(probed.error().message));
        } else if (!probed->bestAudio() || probed->durationSeconds <= 0) {
            problems << QStringLiteral("%1: %2 holds no audio").arg(name, shown(take.audioPath));
        }
    }
    if (takes.activeTakeId() != core::kInvalidId && !takes.activeTake())
        problems << QStringLiteral("the active take (id %1) is not one of the project's takes").arg(takes.activeTakeId());
}

void checkOnsets(const core::OnsetTrack& onsets, SampleTime mediaLength, QStringList& problems)
{
    for (const core::Onset& onset : onsets.onsets()) {
        const bool beyondEnd = mediaLength > 0 && onset.time > mediaLength;
        if (onset.time >= 0 && !beyondEnd) continue;
        problems << QStringLiteral("onset %1 at %2 s lies outside the video (0 to %3 s)")
                        .arg(onset.id)
                        .arg(samplesToSeconds(onset.time), 0, 'f', 3)
                        .arg(samplesToSeconds(mediaLength), 0, 'f', 3);
    }
}

}  // namespace

QStringList checkProject(const QString& projectPath)
{
    Result<core::LoadedProject> loaded = core::ProjectFile::load(projectPath, core::MediaPolicy::AllowMissing);
    if (!loaded) return {QString::fromStdString(loaded.error().message)};
    const core::Project& project = *loaded->project;
    QStringList problems;
    const SampleTime mediaLength = checkMedia(project, problems);
    checkTakes(project.takes(), problems);
    checkOnsets(project.onsets(), mediaLength, problems);
    return problems;
}

}  // namespace foley::app
