#pragma once

#include <QStringList>

namespace foley::app::train {

// `foleyforge-train scenes`: renders scenes of the scene renderer as files a person can watch and open in the
// editor — MP4 (H.264 via the ffmpeg CLI + the scene's audio), the WAV, the onsets CSV and a JSON with the
// caption, negative prompt and class — to spot-check the training data or to make test projects.
int runRenderScenes(const QStringList& args);

}  // namespace foley::app::train
