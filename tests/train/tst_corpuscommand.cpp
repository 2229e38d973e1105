#include "CorpusFixtures.h"

#include "app/train/corpus/CorpusManifest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace foley::app::train;

// `foleyforge-train corpus` end to end: fake .deb files built with dpkg-deb, exit codes and messages.
class TstCorpusCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void missingDebianDirFailsOnOneLine();
    void buildsFromDebs();
    void packagesOptionSelectsPackages();
    void corruptDebIsSkippedNotFatal();
    void helpExitsZero();
    void userFolderAndCsvTogether();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run runCorpus(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_debs;
};

TstCorpusCommand::Run TstCorpusCommand::runCorpus(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(FOLEY_TRAIN_EXECUTABLE), QStringList{QStringLiteral("corpus")} + args);
    Run run;
    if (!process.waitForFinished(120000)) return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TstCorpusCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_debs = m_dir.filePath(QStringLiteral("debs"));
    QDir().mkpath(m_debs);
    CorpusFixtures fixtures;
    const QString game = m_dir.filePath(QStringLiteral("game"));
    const QString share = game + QStringLiteral("/usr/share/games/game/");
    QVERIFY(CorpusFixtures::writeTone(share + QStringLiteral("sounds/door_open.wav"), 0.4, 500));
    QVERIFY(CorpusFixtures::writeTone(share + QStringLiteral("sounds/footstep 1.wav"), 0.3, 510));
    QVERIFY(CorpusFixtures::writeTone(share + QStringLiteral("graphics/not-audio.png"), 0.3, 520));
    QVERIFY(fixtures.writeOgg(share + QStringLiteral("sounds/explosion_big.ogg"), 0.5, 530));
    QVERIFY(CorpusFixtures::writeBytes(game + QStringLiteral("/usr/share/doc/game-data/copyright"),
                                       "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n"
                                       "Files: *\nLicense: Zlib\n"));
    QVERIFY2(fixtures.buildDeb(game, QStringLiteral("game-data"), QStringLiteral("2.0-3"), m_debs + QStringLiteral("/game-data_2.0-3_all.deb")),
             qPrintable(fixtures.lastError()));

    const QString reserved = m_dir.filePath(QStringLiteral("scratch"));
    QVERIFY(CorpusFixtures::writeTone(reserved + QStringLiteral("/usr/share/scratch/Media/Sounds/Effects/DoorCreak.wav"), 0.6, 540));
    QVERIFY2(fixtures.buildDeb(reserved, QStringLiteral("scratch"), QStringLiteral("1.4"), m_debs + QStringLiteral("/scratch_1.4_all.deb")),
             qPrintable(fixtures.lastError()));
}

void TstCorpusCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("no source") << QStringList{"--out", "x"};
    QTest::newRow("no out") << QStringList{"--folder", "x"};
    QTest::newRow("unknown option") << QStringList{"--out", "x", "--folder", "y", "--bogus"};
    QTest::newRow("missing value") << QStringList{"--out"};
    QTest::newRow("packages without debian dir") << QStringList{"--out", "x", "--folder", "y", "--packages", "a"};
}

void TstCorpusCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const Run run = runCorpus(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
}

void TstCorpusCommand::missingDebianDirFailsOnOneLine()
{
    const Run run = runCorpus({"--out", m_dir.filePath(QStringLiteral("nothing")), "--debian-dir", m_dir.filePath(QStringLiteral("nope"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.startsWith(QStringLiteral("error: ")));
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TstCorpusCommand::buildsFromDebs()
{
    const QString out = m_dir.filePath(QStringLiteral("corpus"));
    const Run run = runCorpus({"--out", out, "--debian-dir", m_debs});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("game-data 2.0-3: 3 audio files seen, 3 clips kept")));
    QVERIFY(run.out.contains(QStringLiteral("total")));
    // Reserved packages are imported first, so a clip they share with a training package stays reserved.
    QVERIFY(run.out.indexOf(QStringLiteral("scratch 1.4")) < run.out.indexOf(QStringLiteral("game-data 2.0-3")));

    auto manifest = CorpusManifest::read(out + QStringLiteral("/manifest.csv"));
    QVERIFY(manifest.ok());
    QCOMPARE(int(manifest->entries().size()), 4);
    for (const ManifestEntry& e : manifest->entries()) {
        QVERIFY(QFile::exists(QDir(out).filePath(e.path)));
        if (e.package == QLatin1String("scratch")) {
            QCOMPARE(e.split, QStringLiteral("reserved"));
            QCOMPARE(e.className, QStringLiteral("door"));
            QCOMPARE(e.licence, QStringLiteral("GPL-2"));  // PackageLicences' table
        } else {
            QCOMPARE(e.version, QStringLiteral("2.0-3"));
            QCOMPARE(e.licence, QStringLiteral("Zlib"));  // first License: line of the copyright file
            QVERIFY(e.split != QLatin1String("reserved"));
        }
    }
    QFile json(out + QStringLiteral("/report.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("total_clips")).toInt(), 4);
    QVERIFY(!QFile::exists(out + QStringLiteral("/.work")));
}

void TstCorpusCommand::packagesOptionSelectsPackages()
{
    const QString out = m_dir.filePath(QStringLiteral("only"));
    const Run run = runCorpus({"--out", out, "--debian-dir", m_debs, "--packages", "game-data,absent-data"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("warning: no .deb for package 'absent-data'")));
    auto manifest = CorpusManifest::read(out + QStringLiteral("/manifest.csv"));
    QVERIFY(manifest.ok());
    QCOMPARE(int(manifest->entries().size()), 3);
}

void TstCorpusCommand::corruptDebIsSkippedNotFatal()
{
    const QString debs = m_dir.filePath(QStringLiteral("debs-bad"));
    QDir().mkpath(debs);
    QVERIFY(QFile::copy(m_debs + QStringLiteral("/game-data_2.0-3_all.deb"), debs + QStringLiteral("/game-data_2.0-3_all.deb")));
    QVERIFY(CorpusFixtures::writeBytes(debs + QStringLiteral("/broken_1_all.deb"), QByteArray(1000, 'b')));
    const QString out = m_dir.filePath(QStringLiteral("bad"));
    const Run run = runCorpus({"--out", out, "--debian-dir", debs});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("warning: skipped")));
    QVERIFY(run.out.contains(QStringLiteral("3 clips kept")));
}

void TstCorpusCommand::helpExitsZero()
{
    const Run run = runCorpus({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("manifest.csv")));
}

void TstCorpusCommand::userFolderAndCsvTogether()
{
    const QString user = m_dir.filePath(QStringLiteral("my sounds"));
    QVERIFY(CorpusFixtures::writeTone(user + QStringLiteral("/Glass/wine glass.wav"), 0.3, 600));
    QVERIFY(CorpusFixtures::writeTone(user + QStringLiteral("/loose/rain on roof.wav"), 0.3, 610));
    QVERIFY(CorpusFixtures::writeBytes(m_dir.filePath(QStringLiteral("captions.csv")), "my sounds/loose/rain on roof.wav,rain on a tin roof\n"));
    const QString out = m_dir.filePath(QStringLiteral("usercorpus"));
    const Run run = runCorpus({"--out", out, "--folder", user + QStringLiteral("/Glass/.."), "--csv", m_dir.filePath(QStringLiteral("captions.csv"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    auto manifest = CorpusManifest::read(out + QStringLiteral("/manifest.csv"));
    QVERIFY(manifest.ok());
    QMap<QString, QString> classOf;
    for (const ManifestEntry& e : manifest->entries()) {
        QCOMPARE(e.package, QStringLiteral("user"));
        QVERIFY(e.split != QLatin1String("reserved"));
        classOf.insert(e.source, e.className);
    }
    QCOMPARE(classOf.value(QStringLiteral("Glass/wine glass.wav")), QStringLiteral("glass"));
    QCOMPARE(classOf.value(QStringLiteral("loose/rain on roof.wav")), QStringLiteral("loose"));  // the folder names the class
    // The CSV row is the same audio as the folder's loose/rain on roof.wav: an exact duplicate, dropped.
    QCOMPARE(int(manifest->entries().size()), 2);
}

QTEST_GUILESS_MAIN(TstCorpusCommand)
#include "tst_corpuscommand.moc"
