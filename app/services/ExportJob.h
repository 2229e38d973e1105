#pragma once

#include "core/dsp/LoudnessNormalizer.h"
#include "core/io/OnsetRecord.h"
#include "core/media/Mp4Exporter.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace foley::app {

struct ExportJobRequest {
    QString videoPath;
    QString takeAudioPath;   // any audio file; keeps its rate/channels until the exporter resamples once
    QString outputPath;
    double originalGain = 0; // > 0 mixes the video's own sound in
    std::optional<dsp::LoudnessTarget> loudness;  // normalise the mix (EBU R128) before encoding
    QString stemsFolder;     // non-empty: also write take, original and mix as Broadcast WAV stems here
    QString caption;         // the stems' bext description
    core::OnsetRecordList markers;  // cue points in the take stem
};

struct ExportSummary {
    media::ExportReport media;
    std::optional<dsp::LoudnessNormalization> loudness;  // before/after of the mix, as normalised
    std::optional<dsp::LoudnessMeasurement> delivered;   // measured again on the written file's decoded audio
    QStringList stemPaths;
    bool originalStemSilent = false;  // the video has no sound of its own: its stem is silence
};

// Decodes the take and writes the muxed file (video stream-copied). With a loudness target or stems the mix is made
// here (DeliverableMix), normalised, and the exported file measured again: when the AAC encoder moved its loudness by
// more than 0.1 LU or put its true peak over the ceiling, the mix is normalised once more, aiming off by the miss and
// under a ceiling lowered by the overshoot, and re-encoded.
// Shared by the CLI and the GUI. Errors: those of the exporter, the normaliser ("… cannot be reached"), the stems
// (StemFiles.h), Cancelled.
Result<ExportSummary> exportTake(const ExportJobRequest& request, RunControl& control);

// Named presets of the export dialog and the CLI: broadcast -23, web -16, streaming -14 LUFS (nullopt for "off",
// or a name it does not know).
std::optional<double> loudnessPresetLufs(const QString& name);
QStringList loudnessPresetNames();

// The summary as lines for people: the file, then loudness before → after and whether the limiter acted, then stems.
QStringList describeExport(const QString& outputPath, const ExportSummary& summary);

}  // namespace foley::app
