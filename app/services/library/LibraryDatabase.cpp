#include "app/services/library/LibraryDatabase.h"

#include "core/types/AtomicFile.h"
#include "inference/text/WordMatch.h"

#include <cerrno>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <set>

namespace foley::app {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE libraries(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, root TEXT NOT NULL,"
    " online INTEGER NOT NULL DEFAULT 1, scanned TEXT)",
    "CREATE TABLE recordings(id INTEGER PRIMARY KEY, library_id INTEGER NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,"
    " path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, content_hash TEXT NOT NULL,"
    " name TEXT NOT NULL, category TEXT, subcategory TEXT, description TEXT, duration_s REAL, sample_rate INTEGER,"
    " channels INTEGER, loudness_db REAL, attacks INTEGER, one_shot INTEGER, centroid_hz REAL, bandwidth_hz REAL,"
    " package TEXT, licence TEXT)",
    "CREATE INDEX recordings_by_library ON recordings(library_id)",
    "CREATE INDEX recordings_by_hash ON recordings(content_hash)",
    // Its rowid is the recording's id; words in every field are matched without accents and case, and by their stem
    // ("doors" finds "door"). Ranked by BM25 with a word in the name or category counting more than one among the
    // folders and tags (rank is FTS5's own ordering, much faster than sorting on bm25() after the match).
    "CREATE VIRTUAL TABLE recordings_text USING fts5(name, category, description, words,"
    " tokenize = 'porter unicode61 remove_diacritics 2')",
    "INSERT INTO recordings_text(recordings_text, rank) VALUES('rank', 'bm25(4.0, 3.0, 2.0, 1.0)')",
    "CREATE TABLE problems(library_id INTEGER NOT NULL REFERENCES libraries(id) ON DELETE CASCADE, path TEXT NOT NULL,"
    " reason TEXT NOT NULL)",
};

// The query's content words as an FTS5 expression: any may match; BM25 ranks recordings that match more and rarer
// words first.
QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : text.toLower().split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
        if (!inference::isFunctionWord(word.toStdString())) terms << QStringLiteral("\"%1\"").arg(word);
    return terms.join(QStringLiteral(" OR "));
}

// Offline since the last scan, or now: a disk unplugged since then offers nothing until it is back.
bool isReachable(bool onlineAtLastScan, const QString& root)
{
    return onlineAtLastScan && QFileInfo(root).isDir();
}

LibraryEntry entryFrom(const QSqlQuery& q)
{
    LibraryEntry e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.root = q.value(2).toString();
    e.online = isReachable(q.value(3).toBool(), e.root);
    e.scanned = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    e.recordings = q.value(5).toLongLong();
    e.problems = q.value(6).toLongLong();
    return e;
}

const char* const kLibraryColumns =
    "SELECT l.id, l.name, l.root, l.online, l.scanned, (SELECT COUNT(*) FROM recordings r WHERE r.library_id = l.id),"
    " (SELECT COUNT(*) FROM problems p WHERE p.library_id = l.id) FROM libraries l";

}  // namespace

QString LibraryDatabase::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("FOLEYFORGE_LIBRARY_INDEX");
    if (!fromEnv.isEmpty()) return QFileInfo(fromEnv).absoluteFilePath();
    // The XDG data home named directly: AppDataLocation would differ per program (editor, CLI).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/foleyforge/sound-libraries.sqlite");
}

LibraryDatabase::LibraryDatabase(QString path, QString connection) : m_path(std::move(path)), m_connection(std::move(connection)) {}

LibraryDatabase::~LibraryDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Error LibraryDatabase::sqlError(const QString& what, const QSqlError& error) const
{
    // SQLite says SQLITE_FULL ("database or disk is full") when the disk is full, but only SQLITE_IOERR ("disk I/O
    // error") when a write fails for a size limit (EFBIG) or a failing disk: name the likely cause, keep SQLite's
    // words. Its texts, not codes: Qt drops the code of a failed COMMIT.
    const QString text = error.text();
    const QString full = QString::fromStdString(AtomicFile::describeWriteError(ENOSPC));
    const QString reason = text.contains(QLatin1String("database or disk is full")) ? full
                           : text.contains(QLatin1String("disk I/O error"))         ? QStringLiteral("%1 or cannot be written: %2").arg(full, text)
                                                                                    : text;
    return makeError(ErrorCode::IoWriteFailed, QStringLiteral("sound-library index %1: %2 (%3)").arg(m_path, what, reason).toStdString());
}

Result<std::unique_ptr<LibraryDatabase>> LibraryDatabase::open(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString connection = QStringLiteral("library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<LibraryDatabase> db(new LibraryDatabase(path, connection));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        sql.setDatabaseName(path);
        if (!sql.open()) return db->sqlError(QStringLiteral("cannot open"), sql.lastError());
    }
    if (!db->isDamaged()) {
        if (const Status schema = db->createOrCheckSchema(); !schema) return schema.error();
        return db;
    }
    // Not a database (or a damaged one): set it aside, keep its bytes for the user, and start a new index.
    QSqlDatabase::database(connection).close();
    const QString aside = path + QStringLiteral(".corrupt-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, aside))
        return makeError(ErrorCode::IoWriteFailed, "the sound-library index " + path.toStdString() + " is damaged and cannot be moved aside");
    if (!QSqlDatabase::database(connection).open()) return db->sqlError(QStringLiteral("cannot open"), QSqlDatabase::database(connection).lastError());
    if (const Status fresh = db->createOrCheckSchema(); !fresh) return fresh.error();
    db->m_warning = QStringLiteral("the sound-library index was damaged: it was set aside as %1 and a new one was made; "
                                   "run 'library rescan' to index your libraries again").arg(aside);
    return db;
}

bool LibraryDatabase::isDamaged() const
{
    // A file that is not an SQLite database fails the first statement; a damaged one, the integrity check.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return !q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok");
}

Status LibraryDatabase::createOrCheckSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) return sqlError(QStringLiteral("cannot read the schema version"), q.lastError());
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return makeError(ErrorCode::ProjectFutureVersion,
                         QStringLiteral("the sound-library index %1 was written by a newer FoleyForge (schema %2; this one reads %3); "
                                        "it is left as it is").arg(m_path).arg(version).arg(kSchemaVersion).toStdString());
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));  // readers (the editor) and the indexer do not block each other
    if (version == kSchemaVersion) return okStatus();
    // Version 0: a new file. (Later versions migrate here, one step per version.)
    if (!db.transaction()) return sqlError(QStringLiteral("cannot start a transaction"), db.lastError());
    for (const char* statement : kSchema)
        if (!q.exec(QString::fromLatin1(statement))) {
            db.rollback();
            return sqlError(QStringLiteral("cannot create the schema"), q.lastError());
        }
    q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (!db.commit()) return sqlError(QStringLiteral("cannot create the schema"), db.lastError());
    return okStatus();
}

Result<LibraryEntry> LibraryDatabase::addLibrary(const QString& name, const QString& root)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO libraries(name, root) VALUES(?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QFileInfo(root).absoluteFilePath());
    if (!q.exec()) {
        if (library(name)) return makeError(ErrorCode::InvalidArgument, "a sound library named '" + name.toStdString() + "' exists already");
        return sqlError(QStringLiteral("cannot add the library"), q.lastError());
    }
    return library(name);
}

std::vector<LibraryEntry> LibraryDatabase::libraries() const
{
    std::vector<LibraryEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QString::fromLatin1(kLibraryColumns) + QStringLiteral(" ORDER BY l.name"))) return out;
    while (q.next()) out.push_back(entryFrom(q));
    return out;
}

Result<LibraryEntry> LibraryDatabase::library(const QString& name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QString::fromLatin1(kLibraryColumns) + QStringLiteral(" WHERE l.name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) return makeError(ErrorCode::InvalidArgument, "no sound library is named '" + name.toStdString() + "'");
    return entryFrom(q);
}

Status LibraryDatabase::removeLibrary(const QString& name)
{
    Result<LibraryEntry> entry = library(name);
    if (!entry) return entry.error();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM recordings_text WHERE rowid IN (SELECT id FROM recordings WHERE library_id = ?)"));
    q.addBindValue(entry->id);
    if (!q.exec()) return sqlError(QStringLiteral("cannot remove the library"), q.lastError());
    q.prepare(QStringLiteral("DELETE FROM libraries WHERE id = ?"));  // recordings and problems follow (cascade)
    q.addBindValue(entry->id);
    if (!q.exec()) return sqlError(QStringLiteral("cannot remove the library"), q.lastError());
    return okStatus();
}

QHash<QString, LibraryDatabase::Known> LibraryDatabase::known(qint64 libraryId) const
{
    QHash<QString, Known> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT path, id, size, mtime_ms FROM recordings WHERE library_id = ?"));
    q.addBindValue(libraryId);
    if (!q.exec()) return out;
    while (q.next()) out.insert(q.value(0).toString(), Known{q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

Status LibraryDatabase::put(qint64 libraryId, const IndexedRecording& r)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM recordings WHERE path = ?"));
    q.addBindValue(r.path);
    if (q.exec() && q.next()) {
        if (const Status removed = remove(q.value(0).toLongLong()); !removed) return removed;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO recordings(library_id, path, size, mtime_ms, content_hash, name, category, subcategory, description,"
        " duration_s, sample_rate, channels, loudness_db, attacks, one_shot, centroid_hz, bandwidth_hz, package, licence)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(libraryId), QVariant(r.path), QVariant(r.sizeBytes), QVariant(r.modifiedMs),
                              QVariant(r.contentHash), QVariant(r.name), QVariant(r.category), QVariant(r.subCategory),
                              QVariant(r.description), QVariant(r.durationSeconds), QVariant(r.sampleRate), QVariant(r.channels),
                              QVariant(r.loudnessDb), QVariant(r.attacks), QVariant(r.oneShot ? 1 : 0), QVariant(r.centroidHz),
                              QVariant(r.bandwidthHz), QVariant(r.package), QVariant(r.licence)})
        q.addBindValue(v);
    if (!q.exec()) return sqlError(QStringLiteral("cannot index %1").arg(r.path), q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO recordings_text(rowid, name, category, description, words) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(r.name);
    q.addBindValue(r.category + QLatin1Char(' ') + r.subCategory);
    q.addBindValue(r.description);
    q.addBindValue(r.words);
    if (!q.exec()) return sqlError(QStringLiteral("cannot index %1").arg(r.path), q.lastError());
    return okStatus();
}

Status LibraryDatabase::remove(qint64 recordingId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const char* statement : {"DELETE FROM recordings_text WHERE rowid = ?", "DELETE FROM recordings WHERE id = ?"}) {
        q.prepare(QString::fromLatin1(statement));
        q.addBindValue(recordingId);
        if (!q.exec()) return sqlError(QStringLiteral("cannot remove a recording"), q.lastError());
    }
    return okStatus();
}

Status LibraryDatabase::setProblems(qint64 libraryId, const std::vector<std::pair<QString, QString>>& pathAndReason)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM problems WHERE library_id = ?"));
    q.addBindValue(libraryId);
    if (!q.exec()) return sqlError(QStringLiteral("cannot record problems"), q.lastError());
    for (const auto& [path, reason] : pathAndReason) {
        q.prepare(QStringLiteral("INSERT INTO problems(library_id, path, reason) VALUES(?, ?, ?)"));
        q.addBindValue(libraryId);
        q.addBindValue(path);
        q.addBindValue(reason);
        if (!q.exec()) return sqlError(QStringLiteral("cannot record problems"), q.lastError());
    }
    return okStatus();
}

std::vector<std::pair<QString, QString>> LibraryDatabase::problems(qint64 libraryId) const
{
    std::vector<std::pair<QString, QString>> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT path, reason FROM problems WHERE library_id = ? ORDER BY path"));
    q.addBindValue(libraryId);
    if (!q.exec()) return out;
    while (q.next()) out.emplace_back(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status LibraryDatabase::finishScan(qint64 libraryId, bool online)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE libraries SET online = ?, scanned = ? WHERE id = ?"));
    q.addBindValue(online ? 1 : 0);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(libraryId);
    if (!q.exec()) return sqlError(QStringLiteral("cannot record the scan"), q.lastError());
    return okStatus();
}

Status LibraryDatabase::begin()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    return db.transaction() ? okStatus() : Status(sqlError(QStringLiteral("cannot start a transaction"), db.lastError()));
}

Status LibraryDatabase::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    return db.commit() ? okStatus() : Status(sqlError(QStringLiteral("cannot commit"), db.lastError()));
}

Result<std::vector<SearchHit>> LibraryDatabase::search(const QString& query, int limit, const QString& without) const
{
    std::vector<SearchHit> hits;
    QString match = ftsQuery(query);
    if (match.isEmpty() || limit <= 0) return hits;
    if (const QString excluded = ftsQuery(without); !excluded.isEmpty()) match = QStringLiteral("(%1) NOT (%2)").arg(match, excluded);
    // Which libraries may answer: only their ids and folders (libraries() also counts every library's recordings,
    // a scan of the index that a search has no use for).
    QStringList online;
    QSqlQuery roots(QSqlDatabase::database(m_connection));
    if (!roots.exec(QStringLiteral("SELECT id, root FROM libraries WHERE online = 1")))
        return sqlError(QStringLiteral("search failed"), roots.lastError());
    while (roots.next())
        if (isReachable(true, roots.value(1).toString())) online << QString::number(roots.value(0).toLongLong());
    if (online.isEmpty()) return hits;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // Several times the limit, so that duplicates (the same content in two libraries) can be dropped.
    q.prepare(QStringLiteral("SELECT r.id, r.path, l.name, r.category, r.subcategory, r.duration_s, r.sample_rate, r.one_shot,"
                             " m.rank, r.content_hash, r.package, r.licence, r.name, r.description, m.words, r.attacks FROM (SELECT rowid, rank, words FROM recordings_text WHERE recordings_text MATCH ?"
                             " ORDER BY rank LIMIT ?) m JOIN recordings r ON r.id = m.rowid JOIN libraries l ON l.id = r.library_id"
                             " WHERE l.id IN (%1) ORDER BY m.rank").arg(online.join(u',')));
    q.addBindValue(match);
    q.addBindValue(limit * 4);
    if (!q.exec()) return sqlError(QStringLiteral("search failed"), q.lastError());
    std::set<QString> seen;
    while (q.next() && static_cast<int>(hits.size()) < limit) {
        if (!seen.insert(q.value(9).toString()).second) continue;
        SearchHit hit;
        hit.id = q.value(0).toLongLong();
        hit.path = q.value(1).toString();
        hit.library = q.value(2).toString();
        hit.category = q.value(3).toString();
        hit.subCategory = q.value(4).toString();
        hit.durationSeconds = q.value(5).toDouble();
        hit.sampleRate = q.value(6).toInt();
        hit.oneShot = q.value(7).toBool();
        hit.score = -q.value(8).toDouble();  // FTS5's rank is BM25 negated
        hit.package = q.value(10).toString();
        hit.licence = q.value(11).toString();
        hit.name = q.value(12).toString();
        hit.text = QStringList{hit.name, hit.category, hit.subCategory, q.value(13).toString(), q.value(14).toString()}.join(u' ');
        hit.attacks = q.value(15).toInt();
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace foley::app
