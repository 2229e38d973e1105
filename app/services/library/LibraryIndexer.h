#pragma once

#include "app/services/library/LibraryDatabase.h"
#include "app/services/library/UcsCatalog.h"
#include "core/types/Result.h"
#include "core/types/RunControl.h"

#include <QString>

namespace foley::app {

struct ScanReport {
    qint64 files = 0;      // audio files found
    qint64 added = 0;      // new or changed, analysed and indexed
    qint64 unchanged = 0;  // same size and modification time: not read again
    qint64 removed = 0;    // gone from the folder: gone from the index
    qint64 problems = 0;   // could not be read (LibraryDatabase::problems lists them with the reason)
    bool online = true;    // false: the folder is not there (a disk that is gone); the index keeps its recordings
    double seconds = 0.0;
};

// Indexes a library's folder into the database, incrementally: every file with an audio extension below it
// (recursively; symbolic links to folders are not followed, so loops cannot happen) is analysed when it is new or
// its size or modification time changed, and files that are gone leave the index. Analysis decodes each file with
// FFmpeg (any format, rate and channel count) for its words and acoustic descriptors (LibraryIndexer::analyse).
// A corpus folder (one with the manifest.csv `foleyforge-train corpus` writes) is indexed by its manifest instead:
// each recording's native copy once, with the manifest's class, package, licence and source as words.
class LibraryIndexer {
public:
    LibraryIndexer(LibraryDatabase& database, const UcsCatalog& ucs) : m_db(database), m_ucs(ucs) {}

    // Progress is the share of files looked at; Cancelled keeps what was indexed so far.
    Result<ScanReport> scan(const LibraryEntry& library, RunControl* control = nullptr);

    // What a corpus manifest (`foleyforge-train corpus`, the Debian library) says of a recording.
    struct ManifestRow {
        QString soundClass;
        QString package;
        QString licence;
        QString source;  // its path inside the package
    };

    // Words and descriptors of one file; `root` is its library's folder (its sub-folders are words too); a
    // manifest row adds its class, package and source words, and its package and licence.
    Result<IndexedRecording> analyse(const QString& path, const QString& root, const ManifestRow* manifest = nullptr) const;

    // Whether a file name looks like audio FFmpeg reads (by extension; case does not matter).
    static bool isAudioFileName(const QString& fileName);

private:
    LibraryDatabase& m_db;
    const UcsCatalog& m_ucs;
};

}  // namespace foley::app
