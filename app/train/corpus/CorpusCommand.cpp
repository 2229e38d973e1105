#include "app/train/corpus/CorpusCommand.h"

#include "app/cli/CliSupport.h"
#include "app/train/corpus/CorpusBuilder.h"
#include "app/train/corpus/DebianPackageImporter.h"
#include "app/train/corpus/UserSoundImporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace foley::app::train {
namespace {

using cli::fail;
using cli::printLine;
using cli::usageError;

const char* const kUsage =
    "usage: foleyforge-train corpus --out DIR [--debian-dir DIR [--packages a,b,...]] [--folder DIR]... [--csv FILE]...\n"
    "\n"
    "Builds the sound corpus in OUT: clips/<class>/<id>.wav (16 kHz mono 16-bit PCM), manifest.csv\n"
    "(id,class,split,package,version,licence,source,duration_s,path), report.txt and report.json (clips and minutes\n"
    "per class and split) and unclassified.csv (files the class rules excluded or could not place).\n"
    "A rebuild replaces OUT's clips; ids and splits are stable across rebuilds.\n"
    "  --debian-dir DIR   .deb files to read (packaging/fetch-sound-packages.sh DIR downloads them); audio is read\n"
    "                     from plain files and from zip/pk3, OpenClonk groups, WADs, OpenTTD .cat and Qt .rcc files\n"
    "  --packages LIST    only these packages of --debian-dir (comma-separated names)\n"
    "  --folder DIR       your own sounds, one sub-folder per class (the folder name is the class)\n"
    "  --csv FILE         your own sounds as file,caption or file,class rows (paths relative to the CSV)\n"
    "Classes: 27 foley classes, assigned by rules on package and file names (app/train/corpus/FoleyTaxonomy.cpp).\n"
    "Splits: train/val/test (80/10/10 by a hash of package and source file) and 'reserved' for the packages kept for\n"
    "evaluation (openttd-opensfx, tuxpaint-stamps-default, gcompris-qt-data, scratch), which are never trained on.\n"
    "Clips over 12 s or under 0.05 s, digital silence and exact duplicates are dropped.";

struct CorpusArguments {
    QString out;
    QString debianDir;
    QStringList packages;
    QStringList folders;
    QStringList csvFiles;
    bool help = false;
};

// Returns an empty string on success, else the usage error.
QString parseArguments(const QStringList& args, CorpusArguments& parsed)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            parsed.help = true;
            continue;
        }
        const bool takesValue = arg == QLatin1String("--out") || arg == QLatin1String("--debian-dir") ||
                                arg == QLatin1String("--packages") || arg == QLatin1String("--folder") ||
                                arg == QLatin1String("--csv");
        if (!takesValue) return QStringLiteral("unknown option '%1'").arg(arg);
        if (i + 1 >= args.size()) return QStringLiteral("%1 needs a value").arg(arg);
        const QString value = args[++i];
        if (arg == QLatin1String("--out")) parsed.out = value;
        if (arg == QLatin1String("--debian-dir")) parsed.debianDir = value;
        if (arg == QLatin1String("--packages")) parsed.packages = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (arg == QLatin1String("--folder")) parsed.folders << value;
        if (arg == QLatin1String("--csv")) parsed.csvFiles << value;
    }
    if (parsed.help) return {};
    if (parsed.out.isEmpty()) return QStringLiteral("corpus needs --out DIR");
    if (parsed.debianDir.isEmpty() && parsed.folders.isEmpty() && parsed.csvFiles.isEmpty())
        return QStringLiteral("corpus needs --debian-dir DIR, --folder DIR or --csv FILE");
    if (!parsed.packages.isEmpty() && parsed.debianDir.isEmpty()) return QStringLiteral("--packages needs --debian-dir");
    return {};
}

// Imports every source; returns an error message for a problem that stops the build.
QString importSources(const CorpusArguments& args, CorpusBuilder& builder, const FoleyTaxonomy& taxonomy)
{
    if (!args.debianDir.isEmpty()) {
        if (!QFileInfo(args.debianDir).isDir()) return QStringLiteral("no folder '%1'").arg(args.debianDir);
        const QStringList debs = DebianPackageImporter::findDebs(args.debianDir, args.packages);
        if (debs.isEmpty()) return QStringLiteral("no matching .deb files in '%1'").arg(args.debianDir);
        for (const QString& wanted : args.packages) {
            const bool found = std::any_of(debs.begin(), debs.end(), [&](const QString& deb) {
                return DebianPackageImporter::packageOfDebFile(deb) == wanted;
            });
            if (!found) printLine(QStringLiteral("warning: no .deb for package '%1' in %2").arg(wanted, args.debianDir));
        }
        DebianPackageImporter importer(builder);
        for (const QString& deb : debs) {
            Status status = importer.importDeb(deb);
            if (!status) printLine(QStringLiteral("warning: skipped %1: %2").arg(deb, QString::fromStdString(status.error().message)));
        }
    }
    UserSoundImporter user(builder, taxonomy);
    for (const QString& folder : args.folders) {
        Status status = user.importFolder(folder);
        if (!status) return QString::fromStdString(status.error().message);
    }
    for (const QString& csv : args.csvFiles) {
        Status status = user.importCsv(csv);
        if (!status) return QString::fromStdString(status.error().message);
    }
    return {};
}

}  // namespace

int runCorpusCommand(const QStringList& args)
{
    CorpusArguments parsed;
    const QString usage = parseArguments(args, parsed);
    if (!usage.isEmpty()) return usageError(usage);
    if (parsed.help) {
        printLine(QString::fromLatin1(kUsage));
        return cli::kExitOk;
    }
    QElapsedTimer timer;
    timer.start();
    const FoleyTaxonomy taxonomy;
    CorpusBuildOptions options;
    options.outDir = QDir(parsed.out).absolutePath();
    options.log = [](const QString& line) { printLine(line); };
    CorpusBuilder builder(options, taxonomy);
    if (Status status = builder.prepare(); !status) return fail(status.error());

    const QString problem = importSources(parsed, builder, taxonomy);
    if (!problem.isEmpty()) return fail(problem);
    if (Status status = builder.finish(); !status) return fail(status.error());

    printLine(builder.report().toText().trimmed());
    printLine(QStringLiteral("corpus: %1 clips in %2 (manifest.csv, report.txt, report.json) in %3 s")
                  .arg(builder.report().totalClips())
                  .arg(options.outDir)
                  .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    if (builder.report().totalClips() == 0) return fail(QStringLiteral("no clips were kept"));
    return cli::kExitOk;
}

}  // namespace foley::app::train
