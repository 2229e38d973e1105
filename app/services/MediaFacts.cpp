#include "app/services/MediaFacts.h"

#include "core/media/MediaProbe.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace foley::app {

Status MediaFacts::refresh(core::Project& project)
{
    const QString path = project.mediaReference().path();
    if (path.isEmpty()) return makeError(ErrorCode::ProjectMediaMissing, "the project has no video");
    auto info = media::probeMedia(QFile::encodeName(path).toStdString());
    if (!info) return info.error();
    Rational fps{0, 1};
    int width = 0;
    int height = 0;
    if (auto video = info->bestVideo()) {
        fps = video->frameRate;
        const bool sideways = video->rotationDegrees == 90 || video->rotationDegrees == 270;
        width = sideways ? video->height : video->width;
        height = sideways ? video->width : video->height;
    }
    project.mediaReference().setProbedFacts(secondsToSamples(info->durationSeconds), fps, width, height);
    return okStatus();
}

Result<std::unique_ptr<core::Project>> MediaFacts::newProjectForVideo(const QString& videoPath)
{
    const QString absolute = QFileInfo(videoPath).absoluteFilePath();
    auto project = std::make_unique<core::Project>();
    if (!project->mediaReference().setFileFromDisk(absolute))
        return makeError(ErrorCode::MediaOpenFailed, QStringLiteral("cannot open %1: no such file").arg(videoPath).toStdString());
    if (auto status = refresh(*project); !status) return status.error();
    return project;
}

}  // namespace foley::app
