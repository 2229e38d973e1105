#pragma once

#include "core/model/ProjectState.h"
#include "core/types/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace foley::core {

// ProjectState <-> version-1 JSON (ProjectFormat.h). Layout (QJsonObject sorts keys, so the output
// is deterministic and save -> load -> save gives identical bytes):
//   format, version
//   media    {path, size, modified (ISO UTC or ""), duration (s), fps {num, den}, width, height}
//   caption  {text, origin, [source {model, server, time}], negative, quality, segments: [{id, start, end, text, origin}]}
//            (source: optional, written only for a model-written caption; absent in older files)
//   onsets   [{id, time, strength, label, origin}]
//   mask     {rate {num, den}, frames, spans: [{first, values: [...]}]}  (only runs of non-zero frames)
//   settings {modelId, steps, guidance, seed, seedLocked, semanticStrength, temporalStrength,
//             region (null | {start, end}), duration}
//   takes    {active, items: [{id, name, audio, settings, caption {text, origin}, negative, quality,
//             onsets, created, model {id, version}, metrics}]}
// Times are seconds with round-trip digits (see JsonValueCodec). Paths go through ProjectPaths
// (relative inside the project's folder, absolute elsewhere). Origins are lower-case names.
class ProjectSerializer {
public:
    static QJsonObject toJson(const ProjectState& state, const QString& projectFilePath);
    static QByteArray toBytes(const ProjectState& state, const QString& projectFilePath);  // indented UTF-8

    // Reads a current-version root (run ProjectMigrator first). A field of the wrong type or out of
    // range gives ProjectParseFailed naming it ("onsets[2].time: expected a number").
    static Result<ProjectState> fromJson(const QJsonObject& root, const QString& projectFilePath);
};

}  // namespace foley::core
