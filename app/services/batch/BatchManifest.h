#pragma once

#include "core/types/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace foley::app {

// One row of a batch manifest, paths made absolute. Empty fields take the defaults: onsets detected from the picture,
// the default seed, no loudness normalisation, the output beside the video (or in --out-dir) as "<video>.foley.mp4".
struct BatchRow {
    int number = 0;     // 1-based, counting data rows only (the header is not a row)
    QString video;
    QString caption;
    QString negative;
    QString onsets;     // empty: detect
    QString seed;       // as written (checked per row: a bad value fails that row only)
    QString loudness;   // as written: LUFS or a preset name
    QString out;        // the MP4 to write

    QString name() const;  // for progress lines: the video's file name
};

// The manifest's columns, all required (in any order; extra columns are refused as likely typos).
QStringList batchManifestColumns();

// Reads MANIFEST.csv (RFC 4180, UTF-8, header first). Relative video and onsets paths are taken from the manifest's
// folder, relative outputs from `outDir` (or the manifest's folder); empty outputs go beside the video, or into
// `outDir`. Refused before any work (IoParseFailed, naming the column or rows): a missing or unknown column, a row
// with the wrong number of fields, two rows writing the same output, no rows.
Result<QList<BatchRow>> readBatchManifest(const QString& manifestPath, const QString& outDir);

// `--shard I/N`: rows I, I+N, I+2N, … (1-based). Errors: InvalidArgument for anything but 1 <= I <= N.
struct BatchShard {
    int index = 1;
    int count = 1;
};
Result<BatchShard> parseBatchShard(const QString& text);
QList<BatchRow> rowsOfShard(const QList<BatchRow>& rows, const BatchShard& shard);

}  // namespace foley::app
