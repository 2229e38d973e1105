#pragma once

#include "core/types/Result.h"

#include <QJsonObject>

namespace foley::core {

// Checks the envelope of a parsed .foley document and upgrades older versions, one step at a time,
// to the current one (ProjectFormat.h). Each step is a pure JSON -> JSON function with a fixture test.
class ProjectMigrator {
public:
    struct Migrated {
        QJsonObject root;       // current-version JSON, ready for ProjectSerializer::fromJson
        int sourceVersion = 0;  // the version the document was written with
    };

    // Errors: ProjectWrongFormat (missing or other "format"), ProjectFutureVersion ("this project was
    // written by a newer FoleyForge (version N); this build reads up to version M"), ProjectParseFailed
    // (missing or non-integer "version", or old content that cannot be migrated).
    static Result<Migrated> migrate(const QJsonObject& root);

private:
    // v0 (prototype): "video", caption as a string, "negative", onsets as seconds, settings
    // {steps, cfg, seed}, takes [{name, file}] -> v1.
    static Result<QJsonObject> fromVersion0(const QJsonObject& v0);
};

}  // namespace foley::core
