#pragma once

#include "core/io/OnsetRecord.h"
#include "core/types/Result.h"

#include <QString>

namespace foley::app {

// Onsets from any marker file the app reads: the text formats of core/io/OnsetFile (CSV, Audacity labels, REAPER
// markers, WebVTT, SRT; auto-detected) and the cue points of a WAV file (e.g. a take stem: `cue ` + `LIST`/`adtl`
// labels; strength 1). Errors: those of the format's reader, naming the file.
Result<core::OnsetRecordList> readMarkerFile(const QString& path);

}  // namespace foley::app
