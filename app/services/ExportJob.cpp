#include "app/services/ExportJob.h"

#include "core/media/AudioDecoder.h"
#include "core/types/AtomicFile.h"

#include <QFile>
#include <QFileInfo>

namespace foley::app {

Result<media::ExportReport> exportTake(const ExportJobRequest& request, RunControl& control)
{
    // What an earlier export killed midway left in the destination folder (the editor's counterpart of the CLI's
    // removeLeftoverTempFilesBeside).
    AtomicFile::removeLeftoverTempFiles(QFile::encodeName(QFileInfo(request.outputPath).absolutePath()).toStdString());
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
