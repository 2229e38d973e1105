#pragma once

#include "core/model/Take.h"
#include "inference/render/TakeProvenance.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace foley::app {

// A take's provenance as the project file and `generate`'s JSON report keep it:
// {"events": [{"onset": s, "file", "clipId", "package", "licence", "source", "semitones", "gainDb", "levelDb",
//   "length": s, "faded", "match"}], "textures": [{"start": s, "end": s, "file", …, "offset": s, "bed", "match"}],
//  "notes": ["skipped …"]}. Empty for a take that used no recordings.
QJsonObject provenanceJson(const inference::TakeProvenance& provenance);

// One recording a delivered video uses, with how often and where.
struct Credit {
    QString file;
    QString package;
    QString licence;
    QString source;
    int uses = 0;
};

// The recordings the takes' provenance names, each once (in order of first use).
QList<Credit> creditsOf(const QList<QJsonObject>& provenances);

// Credits as CSV (header `file,package,licence,source,uses`, RFC 4180 quoting).
QByteArray creditsCsv(const QList<Credit>& credits);

}  // namespace foley::app
