#include "app/services/ExportJob.h"

#include "core/media/AudioDecoder.h"

#include <QFile>

namespace foley::app {

Result<media::ExportReport> exportTake(const ExportJobRequest& request, RunControl& control)
{
    RunControl decodeControl;
    decodeControl.followParent(control, 0.0, 0.1);
    media::AudioDecodeOptions keepFormat;
    keepFormat.sampleRate = 0;
    keepFormat.channels = 0;
    auto take = media::decodeAudio(QFile::encodeName(request.takeAudioPath).toStdString(), keepFormat, &decodeControl);
    if (!take) return take.error();

    media::ExportRequest exportRequest;
    exportRequest.videoPath = QFile::encodeName(request.videoPath).toStdString();
    exportRequest.audio = *take;
    exportRequest.outputPath = QFile::encodeName(request.outputPath).toStdString();
    exportRequest.originalGain = request.originalGain;
    RunControl exportControl;
    exportControl.followParent(control, 0.1, 1.0);
    return media::exportWithAudio(exportRequest, &exportControl);
}

}  // namespace foley::app
