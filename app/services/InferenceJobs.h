#pragma once

#include "app/services/GenerationRequestBuilder.h"
#include "core/types/Error.h"
#include "core/types/RunControl.h"
#include "inference/GenerationResult.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <memory>

namespace foley::app {

using JobId = quint64;

// One generation for the inference worker: a value snapshot, where to write the take, and the job's own
// cancellation flag (set from the UI thread, read by the engine between steps).
struct GenerationJob {
    JobId id = 0;
    GenerationSnapshot snapshot;
    QString outputPath;  // the WAV to write; a free name next to it is used if the file exists
    std::shared_ptr<RunControl> control = std::make_shared<RunControl>();
};

// A model pack to load, with the control that cancels the load (a newer load or closing the application).
struct PackLoadJob {
    QString folder;
    std::shared_ptr<RunControl> control = std::make_shared<RunControl>();
};

// What a finished job returns to the UI thread, which turns it into a take (one undoable step).
struct GenerationOutcome {
    JobId id = 0;
    QString audioPath;       // the WAV written (never an existing file)
    int64_t samples = 0;     // frames at the take's rate
    int sampleRate = 0;      // of the take's WAV (the take rate from recordings; 16 kHz for a neural render)
    QJsonObject provenance;  // the recordings the take is made of (ProvenanceJson)
    inference::GenerationReport report;
    QJsonObject metrics;     // "onsetF1", "onsetPrecision", "onsetRecall", "onsetsDetected" when onsets were requested
    QString modelId;         // the pack's name and version
    QString modelVersion;
    QString retrieval;       // what the sound library contributed (or why nothing)
    bool reusedVideoFeatures = false;  // the video's features came from the worker's cache (decoded once per video)
};

// The state of the worker's model pack.
struct PackStatus {
    bool loaded = false;
    QString folder;
    QString name;            // pack name (when loaded)
    QString version;
    Error error;             // why not (when !loaded); InferencePackMissing for a folder without a pack
};

}  // namespace foley::app

Q_DECLARE_METATYPE(foley::app::GenerationOutcome)
Q_DECLARE_METATYPE(foley::app::PackStatus)
Q_DECLARE_METATYPE(foley::app::PackLoadJob)
Q_DECLARE_METATYPE(foley::Error)
