#pragma once

#include "app/services/GenerationRequestBuilder.h"
#include "app/services/InferenceJobs.h"
#include "core/model/Take.h"
#include "core/types/AudioBuffer.h"
#include "core/types/Result.h"
#include "inference/GenerationResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace foley::app {

// What a generation leaves behind, shared by the editor's Generate button (InferenceWorker, GenerationController)
// and `foleyforge-cli generate --add-take`, so a take made headless is the same as one made in the editor.

// "take-<UTC yyyyMMdd-HHmmss>-seed<N>.wav", the name the take's WAV gets in the project's takes folder.
QString takeFileName(const GenerationSnapshot& snapshot, const QDateTime& utcNow = QDateTime::currentDateTimeUtc());

// `path`, or "<name>-2.<ext>", "-3", ... when it exists: a take never overwrites a file.
QString freeTakePath(const QString& path);

// Onset F1 / precision / recall of the take against the requested onsets (our detector, ±50 ms); empty without
// requested onsets.
QJsonObject takeOnsetMetrics(const AudioBuffer& audio, const core::OnsetList& requested);

// Writes the result as a 32-bit float WAV at its own rate and channels at `outputPath` (creating its folder; pass freeTakePath(...) to never replace a
// file) and fills the outcome's absolute path, length, report and metrics. The caller adds the model's name/version
// and what retrieval contributed.
Result<GenerationOutcome> writeTakeAudio(const inference::GenerationResult& result, const GenerationSnapshot& snapshot,
                                         const QString& outputPath);

// What the take's note says about its sound: what retrieval found, then how the audio was rendered (and why it
// fell back to the neural render, when it did).
QString renderNote(const std::string& retrieval, const inference::GenerationReport& report, int sampleRate);

// The take the project keeps: its WAV, the snapshot's caption, prompts, onsets and settings, the model and metrics.
core::Take takeFromOutcome(const GenerationSnapshot& snapshot, const GenerationOutcome& outcome);

}  // namespace foley::app
