#pragma once

#include "core/media/Mp4Exporter.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <QString>

namespace foley::app {

struct ExportJobRequest {
    QString videoPath;
    QString takeAudioPath;   // any audio file; keeps its rate/channels until the exporter resamples once
    QString outputPath;
    double originalGain = 0; // > 0 mixes the video's own sound in
};

// Decodes the take and writes the muxed file (video stream-copied). Shared by the CLI and the GUI.
Result<media::ExportReport> exportTake(const ExportJobRequest& request, RunControl& control);

}  // namespace foley::app
