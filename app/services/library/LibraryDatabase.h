#pragma once

#include "core/types/Result.h"

#include <QDateTime>
#include <QSqlError>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace foley::app {

// A folder of the user's recordings, indexed under a name.
struct LibraryEntry {
    qint64 id = 0;
    QString name;
    QString root;           // absolute folder
    bool online = true;     // the folder was there at the last scan and is there now
    qint64 recordings = 0;
    qint64 problems = 0;    // files that could not be read (listed by problems())
    QDateTime scanned;      // UTC; invalid before the first scan
};

// What the index knows of one recording: where it is, its words and its acoustic descriptors.
struct IndexedRecording {
    QString path;           // absolute
    qint64 sizeBytes = 0;
    qint64 modifiedMs = 0;  // since the epoch, UTC
    QString contentHash;    // SHA-1 of the file's bytes: the same recording twice is offered once
    QString name;           // the file's base name
    QString category;       // UCS category and sub-category when the name is UCS, else the folder it is in
    QString subCategory;
    QString description;    // UCS FX name, embedded description or comment
    QString words;          // every other word: folders, file-name tokens, embedded tags
    double durationSeconds = 0.0;
    int sampleRate = 0;
    int channels = 0;
    double loudnessDb = 0.0;  // mean level, dB below full scale
    int attacks = 0;
    bool oneShot = true;      // else a texture (long, or many attacks)
    double centroidHz = 0.0;  // spectral centroid and bandwidth (at 16 kHz analysis)
    double bandwidthHz = 0.0;
    QString package;          // where it came from and under which licence, when known (a corpus manifest)
    QString licence;
};

struct SearchHit {
    qint64 id = 0;
    QString path;
    QString name;  // IndexedRecording::name
    QString library;
    QString category;
    QString subCategory;
    double durationSeconds = 0.0;
    int sampleRate = 0;
    bool oneShot = true;
    double score = 0.0;  // text relevance (BM25, larger is better)
    QString package;     // when the index knows them (a corpus manifest), else empty
    QString licence;
    QString text;        // every word the index holds for it: name, category, description, folders and tags
    int attacks = 0;
};

// The sound-library index: an SQLite database (Qt SQL) with a versioned schema and an FTS5 full-text index over
// each recording's name, category, description and words. Opening it checks it: a database that does not read as
// one is set aside (renamed "<file>.corrupt-<UTC time>") and a new one made, saying so in warning(); one written by a
// newer FoleyForge is refused and left untouched. One connection per object, used from one thread.
class LibraryDatabase {
public:
    static constexpr int kSchemaVersion = 1;

    // $FOLEYFORGE_LIBRARY_INDEX, else ${XDG_DATA_HOME:-~/.local/share}/foleyforge/sound-libraries.sqlite, shared by
    // the editor and the CLI.
    static QString defaultPath();
    static Result<std::unique_ptr<LibraryDatabase>> open(const QString& path);
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase&) = delete;
    LibraryDatabase& operator=(const LibraryDatabase&) = delete;

    QString path() const { return m_path; }
    QString warning() const { return m_warning; }  // e.g. why a corrupt database was set aside

    Result<LibraryEntry> addLibrary(const QString& name, const QString& root);
    std::vector<LibraryEntry> libraries() const;
    Result<LibraryEntry> library(const QString& name) const;
    Status removeLibrary(const QString& name);  // its recordings go from the index (the files stay)

    // Indexing (LibraryIndexer): what the index has of a library, path -> (id, size, mtime).
    struct Known {
        qint64 id = 0;
        qint64 sizeBytes = 0;
        qint64 modifiedMs = 0;
    };
    QHash<QString, Known> known(qint64 libraryId) const;
    Status put(qint64 libraryId, const IndexedRecording& recording);  // insert or replace by path
    Status remove(qint64 recordingId);
    Status setProblems(qint64 libraryId, const std::vector<std::pair<QString, QString>>& pathAndReason);
    std::vector<std::pair<QString, QString>> problems(qint64 libraryId) const;
    Status finishScan(qint64 libraryId, bool online);
    Status begin();
    Status commit();

    // Best first; each recording once however many libraries hold it; only online libraries (whose folder is there
    // now); none whose words
    // match `without` (a negative prompt). An empty or word-less query finds nothing.
    Result<std::vector<SearchHit>> search(const QString& query, int limit, const QString& without = {}) const;

private:
    LibraryDatabase(QString path, QString connection);
    bool isDamaged() const;
    Status createOrCheckSchema();
    Error sqlError(const QString& what, const QSqlError& error) const;

    QString m_path;
    QString m_connection;
    QString m_warning;
};

}  // namespace foley::app
