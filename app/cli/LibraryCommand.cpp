#include "app/cli/CliCommands.h"
#include "app/cli/CliSupport.h"

#include "app/services/library/LibraryDatabase.h"
#include "app/services/library/LibraryIndexer.h"
#include "app/services/library/UcsCatalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace foley::app::cli {

namespace {

Result<std::unique_ptr<LibraryDatabase>> openIndex()
{
    Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(LibraryDatabase::defaultPath());
    if (db && !(*db)->warning().isEmpty()) std::fprintf(stderr, "warning: %s\n", qPrintable((*db)->warning()));
    return db;
}

QString reportLine(const LibraryEntry& library, const ScanReport& r)
{
    if (!r.online) return QStringLiteral("%1: offline (%2 is not there); its %3 recordings stay indexed").arg(library.name, library.root).arg(library.recordings);
    return QStringLiteral("%1: %2 audio files, %3 indexed, %4 unchanged, %5 removed, %6 unreadable (%7 s)")
        .arg(library.name).arg(r.files).arg(r.added).arg(r.unchanged).arg(r.removed).arg(r.problems).arg(r.seconds, 0, 'f', 1);
}

int scan(LibraryDatabase& db, const LibraryEntry& library)
{
    Result<UcsCatalog> ucs = UcsCatalog::load();
    if (!ucs) return fail(ucs.error());
    LibraryIndexer indexer(db, *ucs);
    Result<ScanReport> report = indexer.scan(library);
    if (!report) return fail(report.error());
    printLine(reportLine(library, *report));
    for (const auto& [path, reason] : db.problems(library.id)) printLine(QStringLiteral("  unreadable: %1 (%2)").arg(path, reason));
    return kExitOk;
}

int add(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Name of the library (default: the folder's name)."), QStringLiteral("NAME"));
    parser.addOption(name);
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("The folder of recordings (searched recursively)."));
    if (!parser.parse(QStringList{QStringLiteral("add")} + args)) return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1) return usageError(QStringLiteral("library add needs exactly one FOLDER"));
    const QFileInfo folder(parser.positionalArguments().first());
    if (!folder.isDir()) return usageError(QStringLiteral("'%1' is not a folder").arg(folder.filePath()));
    Result<std::unique_ptr<LibraryDatabase>> db = openIndex();
    if (!db) return fail(db.error());
    Result<LibraryEntry> library = (*db)->addLibrary(parser.isSet(name) ? parser.value(name) : folder.absoluteDir().dirName() == QStringLiteral(".") ? folder.fileName() : QDir(folder.absoluteFilePath()).dirName(), folder.absoluteFilePath());
    if (!library) return library.error().code == ErrorCode::InvalidArgument ? usageError(QString::fromStdString(library.error().message)) : fail(library.error());
    return scan(**db, *library);
}

int list()
{
    Result<std::unique_ptr<LibraryDatabase>> db = openIndex();
    if (!db) return fail(db.error());
    for (const LibraryEntry& l : (*db)->libraries())
        printLine(QStringLiteral("%1\t%2\t%3 recordings\t%4 unreadable\t%5\t%6")
                      .arg(l.name, l.root).arg(l.recordings).arg(l.problems)
                      .arg(l.online ? QStringLiteral("online") : QStringLiteral("offline"),
                           l.scanned.isValid() ? l.scanned.toString(Qt::ISODate) : QStringLiteral("never scanned")));
    return kExitOk;
}

int remove(const QStringList& args)
{
    if (args.size() != 1) return usageError(QStringLiteral("library remove needs exactly one NAME"));
    Result<std::unique_ptr<LibraryDatabase>> db = openIndex();
    if (!db) return fail(db.error());
    if (const Status removed = (*db)->removeLibrary(args.first()); !removed)
        return removed.error().code == ErrorCode::InvalidArgument ? usageError(QString::fromStdString(removed.error().message)) : fail(removed.error());
    printLine(QStringLiteral("removed %1 from the index (its files are untouched)").arg(args.first()));
    return kExitOk;
}

int rescan(const QStringList& args)
{
    if (args.size() > 1) return usageError(QStringLiteral("library rescan takes at most one NAME"));
    Result<std::unique_ptr<LibraryDatabase>> db = openIndex();
    if (!db) return fail(db.error());
    std::vector<LibraryEntry> targets;
    if (args.isEmpty()) targets = (*db)->libraries();
    else {
        Result<LibraryEntry> one = (*db)->library(args.first());
        if (!one) return usageError(QString::fromStdString(one.error().message));
        targets.push_back(*one);
    }
    for (const LibraryEntry& library : targets)
        if (const int code = scan(**db, library); code != kExitOk) return code;
    return kExitOk;
}

int search(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N results (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Words to look for."));
    if (!parser.parse(QStringList{QStringLiteral("search")} + args)) return usageError(parser.errorText());
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1) return usageError(QStringLiteral("--limit must be a positive integer"));
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty()) return usageError(QStringLiteral("library search needs a QUERY"));
    Result<std::unique_ptr<LibraryDatabase>> db = openIndex();
    if (!db) return fail(db.error());
    Result<std::vector<SearchHit>> hits = (*db)->search(query, n);
    if (!hits) return fail(hits.error());
    for (const SearchHit& h : *hits)
        printLine(QStringLiteral("%1\t%2\t%3 s\t%4\t%5").arg(h.path, (h.category + QLatin1Char(' ') + h.subCategory).trimmed())
                      .arg(h.durationSeconds, 0, 'f', 2).arg(h.score, 0, 'f', 2).arg(h.library));
    return kExitOk;
}

}  // namespace

int runLibrary(const QStringList& args)
{
    const QString usage = QStringLiteral(
        "usage: foleyforge-cli library add FOLDER [--name NAME] | list | remove NAME | rescan [NAME] | search QUERY [--limit N]\n"
        "Your own sound libraries: folders of recordings in any format FFmpeg reads, indexed with their words (UCS file\n"
        "names, folders, embedded descriptions and tags) and acoustic descriptors in\n%1.\n"
        "search prints one result per line, best first: path, category, duration, score, library.")
                              .arg(LibraryDatabase::defaultPath());
    if (args.isEmpty()) return usageError(QStringLiteral("library needs a subcommand: add, list, remove, rescan or search"));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printLine(usage);
        return kExitOk;
    }
    if (sub == QLatin1String("add")) return add(rest);
    if (sub == QLatin1String("list")) return list();
    if (sub == QLatin1String("remove")) return remove(rest);
    if (sub == QLatin1String("rescan")) return rescan(rest);
    if (sub == QLatin1String("search")) return search(rest);
    return usageError(QStringLiteral("unknown library subcommand '%1' (add, list, remove, rescan, search)").arg(sub));
}

}  // namespace foley::app::cli
