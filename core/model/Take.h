#pragma once

#include "core/model/Caption.h"
#include "core/model/GenerationParameters.h"
#include "core/model/Ids.h"
#include "core/model/Onset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace foley::core {

// One generated result and exactly what it was made from.
// audioPath is absolute in memory; the project file stores it relative to the project file
// (takes live in "<project name>.takes/" beside the project, see ProjectFile::takesFolder).
struct Take {
    TakeId id = kInvalidId;
    QString name;                     // shown in the takes list, e.g. "Take 3"
    QString audioPath;                // the WAV written by the generator
    GenerationParameters settings;    // as used (the seed is the one actually drawn)
    Caption caption;                  // caption snapshot
    QString negativePrompt;
    QString qualityTag;
    OnsetSampleTimeList onsets;                 // onsets snapshot (the requested timing)
    QDateTime created;                // UTC, millisecond precision
    QString modelId;                  // resolved model pack id
    QString modelVersion;
    QJsonObject metrics;              // e.g. {"onsetF1": 0.93, "onsetAp": 0.88}; free-form numbers/strings
    // Which recordings the take is made of (rendered from recordings): {"events": [{onset, file, package, licence,
    // clipId, source, semitones, gainDb, …}], "textures": [{start, end, file, …}], "notes": [...]}; empty otherwise.
    QJsonObject provenance;

    // Settings and onsets normalized, `created` in UTC: how the take list stores every take.
    Take normalized() const;

    friend bool operator==(const Take& a, const Take& b)
    {
        return a.id == b.id && a.name == b.name && a.audioPath == b.audioPath && a.settings == b.settings
            && a.caption == b.caption && a.negativePrompt == b.negativePrompt && a.qualityTag == b.qualityTag
            && a.onsets == b.onsets && a.created == b.created && a.modelId == b.modelId
            && a.modelVersion == b.modelVersion && a.metrics == b.metrics && a.provenance == b.provenance;
    }
    friend bool operator!=(const Take& a, const Take& b) { return !(a == b); }
};

using TakeVector = QList<Take>;

}  // namespace foley::core
