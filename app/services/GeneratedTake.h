#pragma once

#include "app/services/GenerationRequestBuilder.h"
#include "app/services/InferenceJobs.h"
#include "core/model/Take.h"
#include "core/types/AudioBuffer.h"
#include "core/media/WavFile.h"
#include "core/types/Result.h"
#include "inference/GenerationResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace foley::app {

// What a generation leaves behind, shared by the editor's Generate button (InferenceWorker, GenerationController)
// and `foleyforge-cli generate --add-take`, so a take made headless is the same as one made in the editor.

// "take-<UTC yyyyMMdd-HHmmss>-seed<N>.wav", the name the take's WAV gets in the project's takes folder.
QString takeFileName(const GenerationSnapshot& snapshot, const QDateTime& utcNow = QDateTime::currentDateTimeUtc());

// `path`, or "<name>-2.<ext>", "-3", ... when it exists: a take never overwrites a file.
QString freeTakePath(const QString& path);

// Onset F1 / precision / recall of the take against the requested onsets (our detector, ±50 ms); empty without
// requested onsets.
QJsonObject takeOnsetMetrics(const AudioBuffer& audio, const core::OnsetSampleTimeList& requested);

// The take's WAV at `path` (32-bit float at the take's own rate and channels), written as the engine renders it:
// the folder is created, and the writer goes into request.sink unless the request regenerates a region (which
// splices into the existing take in memory). Pass freeTakePath(...) to never replace a file.
std::unique_ptr<media::WavStreamWriter> takeWriter(const QString& path, inference::GenerationRequest& request);

// Finishes the take at `path` after the engine's result: writes the result's audio when it carries it (it did not
// go through a writer), then fills the outcome's absolute path, format, length, report, provenance and metrics
// (measured on the file as written, at the model rate, so a long take is never held at its own rate). The caller
// adds the model's name/version and what retrieval contributed.
Result<GenerationOutcome> finishTake(const inference::GenerationResult& result, const GenerationSnapshot& snapshot, const QString& path);

// What the take's note says about its sound: what retrieval found, then how the audio was rendered (and why it
// fell back to the neural render, when it did).
QString renderNote(const std::string& retrieval, const inference::GenerationReport& report, int sampleRate);

// The take the project keeps: its WAV, the snapshot's caption, prompts, onsets and settings, the model and metrics.
core::Take takeFromOutcome(const GenerationSnapshot& snapshot, const GenerationOutcome& outcome);

}  // namespace foley::app
