#include "CorpusFixtures.h"

#include "app/train/corpus/CorpusBuilder.h"
#include "app/train/corpus/CorpusSplitter.h"
#include "app/train/corpus/DebianPackageImporter.h"
#include "app/train/corpus/FoleyTaxonomy.h"
#include "app/train/corpus/UserSoundImporter.h"
#include "core/media/AudioDecoder.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace foley::app::train;

namespace {

QByteArray squareWave8(int samples)
{
    QByteArray pcm(samples, '\0');
    for (int i = 0; i < samples; ++i) pcm[i] = static_cast<char>((i / 12) % 2 ? 0xc0 : 0x40);
    return pcm;
}

}  // namespace

// Class rules, split and the builder end to end on a fake extracted package tree.
class TstCorpus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void taxonomyFollowsDataMd_data();
    void taxonomyFollowsDataMd();
    void splitIsDeterministicAndBalanced();
    void reservedPackagesAreNeverTrained();
    void buildsClipsManifestAndReport();
    void rebuildGivesTheSameIdsAndSplits();
    void reservedPackageTreeIsAllReserved();
    void userFolderAndCsvUseTheirLabels();
    void clipWriteFailureFailsTheBuild();

private:
    struct Build {
        CorpusManifest manifest;
        CorpusReport report;
    };
    Build buildTree(const QString& outName, const QString& package);
    QMap<QString, ManifestEntry> bySource(const CorpusManifest& manifest) const;

    QTemporaryDir m_dir;
    QString m_tree;
    FoleyTaxonomy m_taxonomy;
};

void TstCorpus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tree = m_dir.filePath(QStringLiteral("tree"));
    const QString s = m_tree + QStringLiteral("/usr/share/games/fake/");
    QVERIFY(CorpusFixtures::writeTone(s + QStringLiteral("footsteps/grass1.wav"), 0.4, 300));
    QVERIFY(CorpusFixtures::writeTone(s + QStringLiteral("sounds/door open 2.wav"), 0.5, 310));    // space
    QVERIFY(CorpusFixtures::writeTone(s + QStringLiteral("sounds/glass_brökén.wav"), 0.3, 320));   // non-ASCII
    QVERIFY(CorpusFixtures::writeTone(s + QStringLiteral("music/battle.wav"), 1.0, 330));          // excluded
    QVERIFY(CorpusFixtures::writeTone(s + QStringLiteral("sounds/xyzzy.wav"), 0.4, 340));          // other
    QVERIFY(CorpusFixtures::writeTone(s + QStringLiteral("sounds/wind_long.wav"), 12.5, 350));     // too long
    QVERIFY(CorpusFixtures::writeTone(s + QStringLiteral("sounds/tick_short.wav"), 0.02, 360));    // too short
    QVERIFY(CorpusFixtures::writeTone(s + QStringLiteral("sounds/z_knock_copy.wav"), 0.4, 300));   // duplicate of grass1
    QVERIFY(CorpusFixtures::writeBytes(s + QStringLiteral("sounds/explosion_bad.wav"), QByteArray("RIFF\x10\0\0\0WAVEjunk", 16) + QByteArray(200, 'q')));
    QVERIFY(CorpusFixtures::writeBytes(s + QStringLiteral("Sound.ocg"),
                                       CorpusFixtures::c4Group({}, QStringLiteral("Glass.ocg"),
                                                               {{QStringLiteral("GlassBreak.wav"), CorpusFixtures::toneWavBytes(0.3, 370)}})));
    QVERIFY(CorpusFixtures::writeBytes(s + QStringLiteral("broken.pk3"), QByteArray(500, 'k')));            // unreadable container
    QVERIFY(CorpusFixtures::writeBytes(s + QStringLiteral("doom.wad"), CorpusFixtures::wad({{QStringLiteral("DSBAREXP"), squareWave8(2000)}}, 11025)));
    const QString pak = m_dir.filePath(QStringLiteral("pak"));
    QVERIFY(CorpusFixtures::writeTone(pak + QStringLiteral("/sound/doors/dr1_strt.wav"), 0.5, 380));
    CorpusFixtures fixtures;
    QVERIFY2(fixtures.zipFolder(s + QStringLiteral("pak0.pk3"), pak, {QStringLiteral("sound")}, false), qPrintable(fixtures.lastError()));
}

void TstCorpus::taxonomyFollowsDataMd_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");  // class, "-excluded" or "-other"
    QTest::newRow("minetest footstep") << "minetest-data" << "a/sounds/default_grass_footstep.1.ogg" << "footstep";
    QTest::newRow("first match wins") << "x" << "sounds/metal_footstep.ogg" << "footstep";
    QTest::newRow("ufoai glass") << "ufoai-sound" << "sound/misc/breakglass04.ogg" << "glass";
    QTest::newRow("dmx door lump") << "freedoom" << "DSDOROPN" << "door";
    QTest::newRow("clonk group dir") << "openclonk-data" << "Sound.ocg!Glass.ocg/GlassBreak.ogg" << "glass";
    QTest::newRow("music dir") << "x" << "data/music/fight.ogg" << "-excluded";
    QTest::newRow("music group") << "openclonk-data" << "Music.ocg/Cavern.ogg" << "-excluded";
    QTest::newRow("voices") << "x" << "data/voices/hello.ogg" << "-excluded";
    QTest::newRow("language suffix") << "x" << "sounds/door_de.ogg" << "-excluded";
    QTest::newRow("case-sensitive Default") << "x" << "Default/whoosh.wav" << "-excluded";
    QTest::newRow("lower-case default") << "x" << "default/whoosh.wav" << "whoosh_swing";
    QTest::newRow("bucklespring") << "bucklespring-data" << "usr/share/bucklespring/wav/6f-0.wav" << "keyboard_typing";
    QTest::newRow("hydrogen") << "hydrogen-drumkits" << "kits/GMkit/Hat.flac" << "drum_percussion";
    QTest::newRow("animal dir") << "tuxpaint-stamps-default" << "stamps/animals/mammals/bovines/bison.ogg" << "animal";
    QTest::newRow("windmill is not wind") << "x" << "sounds/windmill.wav" << "tool_machinery";
    QTest::newRow("wind") << "x" << "world/wind2.wav" << "wind";
    QTest::newRow("rain not train") << "x" << "sounds/RailTrain.wav" << "vehicle_engine";
    QTest::newRow("beep is not a bee") << "sonic-pi-samples" << "samples/elec_beep.flac" << "ui_beep";
    QTest::newRow("bell merged into ui_beep") << "x" << "sounds/bell.wav" << "ui_beep";
    QTest::newRow("unmatched") << "x" << "sounds/xyzzy.wav" << "-other";
    QTest::newRow("doom lump table") << "freedoom" << "freedoom2.wad!DSSHOTGN" << "gunshot";
    QTest::newRow("doom lump elsewhere") << "x" << "a.wad!DSSHOTGN" << "-other";
    QTest::newRow("package fallback") << "lincity-ng-data" << "sounds/Pottery1.wav" << "ambience";
    QTest::newRow("human is not hum") << "wesnoth-1.16-data" << "sounds/human-hit-1.ogg" << "vocal_nonverbal";
    QTest::newRow("clonk voice ack") << "openclonk-data" << "Sound.ocg!Clonk.ocg/Skin.ocg/Steampunk.ocg/Doubt4.wav" << "-excluded";
    QTest::newRow("clonk voice pain") << "openclonk-data" << "Sound.ocg!Clonk.ocg/Skin.ocg/Steampunk.ocg/Hurt1.wav" << "vocal_nonverbal";
    QTest::newRow("catapult is not a cat") << "openclonk-data" << "Objects.ocg/Catapult_Launch.ogg" << "-other";
}

void TstCorpus::taxonomyFollowsDataMd()
{
    QFETCH(QString, package);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QString memberPath = path.section(QLatin1Char('!'), -1);
    const ClassDecision decision = m_taxonomy.classify(package, memberPath);
    const QString got = decision.kind == ClassDecision::Kind::Excluded ? QStringLiteral("-excluded")
                        : decision.kind == ClassDecision::Kind::Other  ? QStringLiteral("-other")
                                                                       : decision.className;
    QCOMPARE(got, expected);
    QCOMPARE(m_taxonomy.classNames().size(), 27);
}

void TstCorpus::splitIsDeterministicAndBalanced()
{
    QMap<QString, int> counts;
    for (int i = 0; i < 3000; ++i) {
        const QString source = QStringLiteral("sounds/clip%1.ogg").arg(i);
        const QString split = CorpusSplitter::splitFor(QStringLiteral("minetest-data"), source);
        QCOMPARE(CorpusSplitter::splitFor(QStringLiteral("minetest-data"), source), split);
        ++counts[split];
    }
    QCOMPARE(counts.size(), 3);
    QVERIFY2(counts["train"] > 2250 && counts["train"] < 2550, qPrintable(QString::number(counts["train"])));
    QVERIFY(counts["val"] > 200 && counts["val"] < 400);
    QVERIFY(counts["test"] > 200 && counts["test"] < 400);
    const QString id = CorpusSplitter::clipId(QStringLiteral("p"), QStringLiteral("a.ogg"));
    QCOMPARE(id.size(), 12);
    QCOMPARE(id, CorpusSplitter::clipId(QStringLiteral("p"), QStringLiteral("a.ogg")));
    QVERIFY(id != CorpusSplitter::clipId(QStringLiteral("p"), QStringLiteral("b.ogg")));
}

void TstCorpus::reservedPackagesAreNeverTrained()
{
    for (const char* package : {"openttd-opensfx", "tuxpaint-stamps-default", "gcompris-qt-data", "scratch"}) {
        for (int i = 0; i < 200; ++i)
            QCOMPARE(CorpusSplitter::splitFor(QLatin1String(package), QStringLiteral("x/%1.wav").arg(i)), QStringLiteral("reserved"));
    }
    QCOMPARE(CorpusSplitter::isReservedPackage(QStringLiteral("scratch-extra")), false);
}

TstCorpus::Build TstCorpus::buildTree(const QString& outName, const QString& package)
{
    CorpusBuildOptions options;
    options.outDir = m_dir.filePath(outName);
    CorpusBuilder builder(options, m_taxonomy);
    Build build;
    if (!builder.prepare()) return build;
    DebianPackageImporter(builder).importTree(m_tree, package, QStringLiteral("1.0-1"), QStringLiteral("GPL-2+, CC0"));
    if (!builder.finish()) return build;
    auto manifest = CorpusManifest::read(QDir(options.outDir).filePath(QStringLiteral("manifest.csv")));
    if (manifest) build.manifest = *manifest;
    build.report = builder.report();
    return build;
}

QMap<QString, ManifestEntry> TstCorpus::bySource(const CorpusManifest& manifest) const
{
    QMap<QString, ManifestEntry> map;
    for (const ManifestEntry& entry : manifest.entries()) map.insert(entry.source.section(QLatin1Char('/'), -2), entry);
    return map;
}

void TstCorpus::buildsClipsManifestAndReport()
{
    const Build build = buildTree(QStringLiteral("out1"), QStringLiteral("fake-data"));
    const QString out = m_dir.filePath(QStringLiteral("out1"));
    QFile csv(out + QStringLiteral("/manifest.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine().trimmed(), QByteArray(CorpusManifest::header()));

    const auto rows = bySource(build.manifest);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.value(QStringLiteral("footsteps/grass1.wav")).className, QStringLiteral("footstep"));
    QCOMPARE(rows.value(QStringLiteral("sounds/door open 2.wav")).className, QStringLiteral("door"));
    QCOMPARE(rows.value(QStringLiteral("sounds/glass_brökén.wav")).className, QStringLiteral("glass"));
    QCOMPARE(rows.value(QStringLiteral("Sound.ocg!Glass.ocg/GlassBreak.wav")).source,
             QStringLiteral("usr/share/games/fake/Sound.ocg!Glass.ocg/GlassBreak.wav"));
    QCOMPARE(rows.value(QStringLiteral("fake/doom.wad!DSBAREXP")).className, QStringLiteral("explosion"));
    QCOMPARE(rows.value(QStringLiteral("doors/dr1_strt.wav")).source, QStringLiteral("usr/share/games/fake/pak0.pk3!sound/doors/dr1_strt.wav"));

    for (const ManifestEntry& e : build.manifest.entries()) {
        QCOMPARE(e.package, QStringLiteral("fake-data"));
        QCOMPARE(e.version, QStringLiteral("1.0-1"));
        QCOMPARE(e.licence, QStringLiteral("GPL-2+, CC0"));  // a comma survives the CSV round trip
        QCOMPARE(e.path, QStringLiteral("clips/%1/%2.wav").arg(e.className, e.id));
        QVERIFY(e.split == QLatin1String("train") || e.split == QLatin1String("val") || e.split == QLatin1String("test"));
        auto audio = foley::media::decodeAudio(QFile::encodeName(QDir(out).filePath(e.path)).toStdString(), {0, 0});
        QVERIFY(audio.ok());
        QCOMPARE(audio->sampleRate(), 16000);
        QCOMPARE(audio->channels(), 1);
        QVERIFY(qAbs(audio->durationSeconds() - e.durationSeconds) < 0.002);
        // The recording at its own rate (the fixtures are 11.025 or 22.05 kHz mono), what takes are rendered from.
        QCOMPARE(e.nativePath, QStringLiteral("native/%1/%2.wav").arg(e.className, e.id));
        QVERIFY(e.sampleRate == 11025 || e.sampleRate == 22050);
        QCOMPARE(e.channels, 1);
        auto native = foley::media::decodeAudio(QFile::encodeName(QDir(out).filePath(e.nativePath)).toStdString(), {0, 0});
        QVERIFY(native.ok());
        QCOMPARE(native->sampleRate(), e.sampleRate);
        QVERIFY(qAbs(native->durationSeconds() - e.durationSeconds) < 0.002);
        // Descriptors measured (their values are tst_recordingdescriptors' business).
        QVERIFY(e.attacksPerSecond >= 0.0);
        QVERIFY(e.unsteadinessDb >= 0.0);
        QVERIFY(e.highFrequencyAttacksPerSecond >= 0.0);
    }
    const CorpusDropCounts& drops = build.report.drops();
    QCOMPARE(drops.excluded, 1);
    QCOMPARE(drops.other, 1);
    QCOMPARE(drops.tooLong, 1);
    QCOMPARE(drops.tooShort, 1);
    QCOMPARE(drops.duplicate, 1);
    QCOMPARE(drops.undecodable, 1);
    QCOMPARE(drops.unreadableContainers, 1);
    QCOMPARE(build.report.clipCount(QStringLiteral("footstep"), rows.value(QStringLiteral("footsteps/grass1.wav")).split), 1);
    QVERIFY(QFile::exists(out + QStringLiteral("/report.txt")));
    QVERIFY(QFile::exists(out + QStringLiteral("/report.json")));
    QVERIFY(!QFile::exists(out + QStringLiteral("/.work")));
}

void TstCorpus::rebuildGivesTheSameIdsAndSplits()
{
    const Build first = buildTree(QStringLiteral("again"), QStringLiteral("fake-data"));
    QFile stale(m_dir.filePath(QStringLiteral("again/clips/door/stale.wav")));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    const Build second = buildTree(QStringLiteral("again"), QStringLiteral("fake-data"));
    QVERIFY(!first.manifest.entries().empty());
    QCOMPARE(second.manifest.entries().size(), first.manifest.entries().size());
    for (size_t i = 0; i < first.manifest.entries().size(); ++i) {
        const ManifestEntry& a = first.manifest.entries()[i];
        const ManifestEntry& b = second.manifest.entries()[i];
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.source, a.source);
        QCOMPARE(b.split, a.split);
    }
    QVERIFY(!stale.exists());  // a rebuild starts from empty clips/
    // No source is in two splits.
    QMap<QString, QString> splitOfSource;
    for (const ManifestEntry& e : second.manifest.entries()) {
        QVERIFY(!splitOfSource.contains(e.source));
        splitOfSource.insert(e.source, e.split);
    }
}

void TstCorpus::reservedPackageTreeIsAllReserved()
{
    const Build build = buildTree(QStringLiteral("reserved"), QStringLiteral("scratch"));
    QVERIFY(!build.manifest.entries().empty());
    for (const ManifestEntry& e : build.manifest.entries()) QCOMPARE(e.split, QStringLiteral("reserved"));
    QCOMPARE(build.report.clipCount(QStringLiteral("footstep"), QStringLiteral("train")), 0);
}

void TstCorpus::userFolderAndCsvUseTheirLabels()
{
    const QString user = m_dir.filePath(QStringLiteral("user"));
    QVERIFY(CorpusFixtures::writeTone(user + QStringLiteral("/door/slam.wav"), 0.3, 400));
    QVERIFY(CorpusFixtures::writeTone(user + QStringLiteral("/My Squeaks/deep/toy ä.wav"), 0.3, 410));
    QVERIFY(CorpusFixtures::writeTone(user + QStringLiteral("/a.wav"), 0.3, 420));
    QVERIFY(CorpusFixtures::writeTone(user + QStringLiteral("/b.wav"), 0.3, 430));
    QVERIFY(CorpusFixtures::writeTone(user + QStringLiteral("/c.wav"), 0.3, 440));
    QVERIFY(CorpusFixtures::writeTone(user + QStringLiteral("/d.wav"), 0.3, 450));
    QVERIFY(CorpusFixtures::writeBytes(m_dir.filePath(QStringLiteral("user.csv")),
                                       "file,caption\nuser/a.wav,\"a heavy door slams, twice\"\nuser/b.wav,footstep\n"
                                       "user/c.wav,squeaky_toy\nuser/d.wav,something nobody knows\nuser/missing.wav,glass\n"));
    CorpusBuildOptions options;
    options.outDir = user + QStringLiteral("/corpus");  // inside the folder: a rebuild must not import its own clips
    FoleyTaxonomy taxonomy;
    for (int run = 0; run < 2; ++run) {
        CorpusBuilder rebuild(options, taxonomy);
        QVERIFY(rebuild.prepare().ok());
        QVERIFY(UserSoundImporter(rebuild, taxonomy).importFolder(user).ok());
        QVERIFY(rebuild.finish().ok());
        QCOMPARE(int(rebuild.manifest().entries().size()), 2);
    }
    CorpusBuilder builder(options, m_taxonomy);
    QVERIFY(builder.prepare().ok());
    UserSoundImporter importer(builder, m_taxonomy);
    QVERIFY(importer.importFolder(user).ok());
    QVERIFY(importer.importCsv(m_dir.filePath(QStringLiteral("user.csv"))).ok());
    QVERIFY(builder.finish().ok());
    QMap<QString, QString> classOf;
    for (const ManifestEntry& e : builder.manifest().entries()) {
        QCOMPARE(e.package, QStringLiteral("user"));
        classOf.insert(e.source, e.className);
    }
    QCOMPARE(classOf.value(QStringLiteral("door/slam.wav")), QStringLiteral("door"));
    QCOMPARE(classOf.value(QStringLiteral("My Squeaks/deep/toy ä.wav")), QStringLiteral("my_squeaks"));
    QCOMPARE(classOf.value(QStringLiteral("user/a.wav")), QStringLiteral("door"));
    QCOMPARE(classOf.value(QStringLiteral("user/b.wav")), QStringLiteral("footstep"));
    QCOMPARE(classOf.value(QStringLiteral("user/c.wav")), QStringLiteral("squeaky_toy"));
    QVERIFY(!classOf.contains(QStringLiteral("user/d.wav")));
    QCOMPARE(builder.report().drops().other, 1);
    QCOMPARE(builder.report().drops().undecodable, 1);  // user/missing.wav
}

void TstCorpus::clipWriteFailureFailsTheBuild()
{
    const QString user = m_dir.filePath(QStringLiteral("unwritable"));
    QVERIFY(CorpusFixtures::writeTone(user + QStringLiteral("/door/slam.wav"), 0.3, 700));
    CorpusBuildOptions options;
    options.outDir = m_dir.filePath(QStringLiteral("unwritable-out"));
    CorpusBuilder builder(options, m_taxonomy);
    QVERIFY(builder.prepare().ok());
    QVERIFY(CorpusFixtures::writeBytes(options.outDir + QStringLiteral("/clips/door"), "a file where a folder must go"));
    QVERIFY(UserSoundImporter(builder, m_taxonomy).importFolder(user).ok());
    const foley::Status finished = builder.finish();
    QVERIFY(!finished.ok());
    QCOMPARE(finished.error().code, foley::ErrorCode::IoWriteFailed);
}

QTEST_GUILESS_MAIN(TstCorpus)
#include "tst_corpus.moc"
