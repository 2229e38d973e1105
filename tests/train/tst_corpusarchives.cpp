#include "CorpusFixtures.h"

#include "app/train/corpus/C4GroupReader.h"
#include "core/io/CsvFormat.h"
#include "app/train/corpus/OpenTtdCatReader.h"
#include "app/train/corpus/QtResourceReader.h"
#include "app/train/corpus/SoundArchive.h"
#include "app/train/corpus/WadSoundReader.h"
#include "app/train/corpus/ZipArchiveReader.h"
#include "core/media/AudioDecoder.h"

#include <QDir>
#include <QLibraryInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace foley::app::train;

// The container readers (zip/pk3, c4group, WAD) and the CSV quoting the manifest uses.
class TstCorpusArchives : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void csvQuotesAndSplitsRoundTrip();
    void zipReadsStoredAndDeflatedMembers_data();
    void zipReadsStoredAndDeflatedMembers();
    void zipRejectsNonZip();
    void c4groupFlattensNestedGroups();
    void c4groupRejectsCorruptData();
    void wadListsOnlyDmxLumpsAsWav();
    void openTtdCatGivesCaptionsAndLicences();
    void qtResourceReadsStoredAndZlibMembers_data();
    void qtResourceReadsStoredAndZlibMembers();
    void openSoundArchiveDispatchesBySuffix();

private:
    QTemporaryDir m_dir;
    CorpusFixtures m_fixtures;
};

void TstCorpusArchives::csvQuotesAndSplitsRoundTrip()
{
    const QStringList fields{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral(""),
                             QStringLiteral("Grüße/tür öffnen.ogg"), QStringLiteral("GPL-2+ (some CC-BY(-SA), PD)")};
    const QString line = foley::core::joinCsvLine(fields);
    QCOMPARE(line, QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",,Grüße/tür öffnen.ogg,\"GPL-2+ (some CC-BY(-SA), PD)\""));
    QCOMPARE(foley::core::splitCsvLine(line), fields);
    QCOMPARE(foley::core::quoteCsvField(QStringLiteral("x")), QStringLiteral("x"));
}

void TstCorpusArchives::zipReadsStoredAndDeflatedMembers_data()
{
    QTest::addColumn<bool>("store");
    QTest::newRow("deflate") << false;
    QTest::newRow("stored") << true;
}

void TstCorpusArchives::zipReadsStoredAndDeflatedMembers()
{
    QFETCH(bool, store);
    const QString folder = m_dir.filePath(store ? QStringLiteral("zs") : QStringLiteral("zd"));
    const QByteArray tone = CorpusFixtures::toneWavBytes(0.3, 500);
    QVERIFY(CorpusFixtures::writeBytes(folder + QStringLiteral("/sound/world/door one.wav"), tone));
    QVERIFY(CorpusFixtures::writeBytes(folder + QStringLiteral("/sound/glas_zerbrochen_ä.wav"), tone.left(100)));
    const QString zipPath = m_dir.filePath(store ? QStringLiteral("stored.pk3") : QStringLiteral("deflated.pk3"));
    QVERIFY2(m_fixtures.zipFolder(zipPath, folder, {QStringLiteral("sound")}, store), qPrintable(m_fixtures.lastError()));

    auto reader = ZipArchiveReader::open(zipPath);
    QVERIFY2(reader.ok(), reader.ok() ? "" : reader.error().message.c_str());
    const auto& members = (*reader)->members();
    QCOMPARE(int(members.size()), 2);  // directories are not members
    QStringList names;
    for (const ArchiveMember& member : members) names << member.path;
    QVERIFY(names.contains(QStringLiteral("sound/world/door one.wav")));
    for (const ArchiveMember& member : members) {
        auto bytes = (*reader)->read(member);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes->size(), member.size);
        QCOMPARE(*bytes, member.path.endsWith(QStringLiteral("door one.wav")) ? tone : tone.left(100));
    }
}

void TstCorpusArchives::zipRejectsNonZip()
{
    const QString path = m_dir.filePath(QStringLiteral("fake.pk3"));
    QVERIFY(CorpusFixtures::writeBytes(path, QByteArray(300, 'x')));
    auto reader = ZipArchiveReader::open(path);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().code, foley::ErrorCode::IoParseFailed);
}

void TstCorpusArchives::c4groupFlattensNestedGroups()
{
    const QByteArray hit = CorpusFixtures::toneWavBytes(0.2, 700);
    const QByteArray breakSound = CorpusFixtures::toneWavBytes(0.25, 900);
    const QString path = m_dir.filePath(QStringLiteral("Sound.ocg"));
    QVERIFY(CorpusFixtures::writeBytes(path, CorpusFixtures::c4Group({{QStringLiteral("Hit.wav"), hit}, {QStringLiteral("Readme.txt"), "hello"}},
                                                                      QStringLiteral("Glass.ocg"), {{QStringLiteral("GlassBreak.wav"), breakSound}})));
    auto reader = C4GroupReader::open(path);
    QVERIFY2(reader.ok(), reader.ok() ? "" : reader.error().message.c_str());
    const auto& members = (*reader)->members();
    QCOMPARE(int(members.size()), 3);
    QCOMPARE(members[0].path, QStringLiteral("Hit.wav"));
    QCOMPARE(members[1].path, QStringLiteral("Readme.txt"));
    QCOMPARE(members[2].path, QStringLiteral("Glass.ocg/GlassBreak.wav"));
    QCOMPARE(*(*reader)->read(members[0]), hit);
    QCOMPARE(*(*reader)->read(members[1]), QByteArray("hello"));
    QCOMPARE(*(*reader)->read(members[2]), breakSound);
}

void TstCorpusArchives::c4groupRejectsCorruptData()
{
    QByteArray group = CorpusFixtures::c4Group({{QStringLiteral("Hit.wav"), QByteArray(500, 'a')}}, QStringLiteral("Child.ocg"), {});
    const QString truncated = m_dir.filePath(QStringLiteral("Truncated.ocg"));
    QVERIFY(CorpusFixtures::writeBytes(truncated, group.left(group.size() / 2)));
    QVERIFY(!C4GroupReader::open(truncated).ok());
    const QString notGzip = m_dir.filePath(QStringLiteral("Plain.ocd"));
    QVERIFY(CorpusFixtures::writeBytes(notGzip, QByteArray(400, 'z')));
    QVERIFY(!C4GroupReader::open(notGzip).ok());
    // A group whose entry points past its end.
    QByteArray raw = CorpusFixtures::c4GroupRaw({{QStringLiteral("A.wav"), QByteArray(10, 'a')}}, {});
    qToLittleEndian<qint32>(1000, raw.data() + 204 + 268);
    QVERIFY(!C4GroupReader::fromBytes(raw, QStringLiteral("bad")).ok());
}

void TstCorpusArchives::wadListsOnlyDmxLumpsAsWav()
{
    QByteArray pcm(1100, '\0');
    for (int i = 0; i < pcm.size(); ++i) pcm[i] = static_cast<char>(128 + ((i / 10) % 2 ? 60 : -60));
    const QString path = m_dir.filePath(QStringLiteral("freedoom2.wad"));
    QVERIFY(CorpusFixtures::writeBytes(path, CorpusFixtures::wad({{QStringLiteral("DSDOROPN"), pcm}}, 11025)));
    auto reader = WadSoundReader::open(path);
    QVERIFY(reader.ok());
    const auto& members = (*reader)->members();
    QCOMPARE(int(members.size()), 1);  // MAP01 is not a sound
    QCOMPARE(members[0].path, QStringLiteral("DSDOROPN"));
    QCOMPARE(members[0].audioSuffix, QStringLiteral("wav"));
    auto wav = (*reader)->read(members[0]);
    QVERIFY(wav.ok());
    QVERIFY(wav->startsWith("RIFF"));
    const QString wavPath = m_dir.filePath(QStringLiteral("dsdoropn.wav"));
    QVERIFY(CorpusFixtures::writeBytes(wavPath, *wav));
    auto audio = foley::media::decodeAudio(QFile::encodeName(wavPath).toStdString(), {0, 1});
    QVERIFY(audio.ok());
    QCOMPARE(audio->sampleRate(), 11025);
    QCOMPARE(int(audio->frameCount()), pcm.size());  // the 16 pad bytes on each side are not audio
}

void TstCorpusArchives::openTtdCatGivesCaptionsAndLicences()
{
    const QByteArray horn = CorpusFixtures::toneWavBytes(0.4, 220);
    const QByteArray splat = CorpusFixtures::toneWavBytes(0.2, 880);
    const QString path = m_dir.filePath(QStringLiteral("opensfx.cat"));
    QVERIFY(CorpusFixtures::writeBytes(
        path, CorpusFixtures::openTtdCat(
                  {{QStringLiteral("\"Ship horn\". Original \"ship2.aif\" by Leon Milo. License: Creative Commons Attribution 3.0 Unported."), horn},
                   {QStringLiteral("\"Splat (docks/canals)\". License: Creative Commons Zero 1.0."), splat}})));
    auto archive = openSoundArchive(path);
    QVERIFY(archive.ok() && *archive);
    const auto& members = (*archive)->members();
    QCOMPARE(int(members.size()), 2);
    QCOMPARE(members[0].path, QStringLiteral("00 Ship horn"));
    QCOMPARE(members[0].licence, QStringLiteral("Creative Commons Attribution 3.0 Unported"));
    QCOMPARE(members[0].audioSuffix, QStringLiteral("wav"));
    QCOMPARE(members[1].path, QStringLiteral("01 Splat (docks-canals)"));  // no '/' inside a member name
    QCOMPARE(members[1].licence, QStringLiteral("Creative Commons Zero 1.0"));
    QCOMPARE(*(*archive)->read(members[0]), horn);
    QCOMPARE(*(*archive)->read(members[1]), splat);

    QString caption;
    QString licence;
    OpenTtdCatReader::parseName(QStringLiteral("Plain name"), caption, licence);
    QCOMPARE(caption, QStringLiteral("Plain name"));
    QVERIFY(licence.isEmpty());
    QVERIFY(CorpusFixtures::writeBytes(m_dir.filePath(QStringLiteral("bad.cat")), QByteArray(3, '\xff')));
    QVERIFY(!OpenTtdCatReader::open(m_dir.filePath(QStringLiteral("bad.cat"))).ok());
}

void TstCorpusArchives::qtResourceReadsStoredAndZlibMembers_data()
{
    QTest::addColumn<QStringList>("rccOptions");
    QTest::newRow("zlib v2") << QStringList{"--compress-algo", "zlib", "--threshold", "0", "--format-version", "2"};
    QTest::newRow("stored v1") << QStringList{"--no-compress", "--format-version", "1"};
    QTest::newRow("zlib v3") << QStringList{"--compress-algo", "zlib", "--threshold", "0", "--format-version", "3"};
}

void TstCorpusArchives::qtResourceReadsStoredAndZlibMembers()
{
    QFETCH(QStringList, rccOptions);
    const QString rcc = QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + QStringLiteral("/rcc");
    if (!QFile::exists(rcc)) QSKIP("Qt's rcc tool is not installed");
    const QString folder = m_dir.filePath(QStringLiteral("rcc-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    const QByteArray bell = CorpusFixtures::toneWavBytes(0.3, 660);
    const QByteArray dog = CorpusFixtures::toneWavBytes(0.2, 330);
    QVERIFY(CorpusFixtures::writeBytes(folder + QStringLiteral("/activities/farm/resource/dog.wav"), dog));
    QVERIFY(CorpusFixtures::writeBytes(folder + QStringLiteral("/sounds/bell.wav"), bell));
    QVERIFY(CorpusFixtures::writeBytes(folder + QStringLiteral("/x.qrc"),
                                       "<RCC><qresource prefix=\"/gcompris/src\"><file>activities/farm/resource/dog.wav</file>"
                                       "<file>sounds/bell.wav</file></qresource></RCC>"));
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(rcc, QStringList{"--binary"} + rccOptions + QStringList{"-o", "farm.rcc", "x.qrc"});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    auto archive = openSoundArchive(folder + QStringLiteral("/farm.rcc"));
    QVERIFY2(archive.ok() && *archive, archive.ok() ? "" : archive.error().message.c_str());
    QMap<QString, QByteArray> contents;
    for (const ArchiveMember& member : (*archive)->members()) {
        auto bytes = (*archive)->read(member);
        QVERIFY(bytes.ok());
        contents.insert(member.path, *bytes);
    }
    QCOMPARE(contents.keys(), (QStringList{"gcompris/src/activities/farm/resource/dog.wav", "gcompris/src/sounds/bell.wav"}));
    QCOMPARE(contents.value(QStringLiteral("gcompris/src/activities/farm/resource/dog.wav")), dog);
    QCOMPARE(contents.value(QStringLiteral("gcompris/src/sounds/bell.wav")), bell);
    QVERIFY(!QtResourceReader::fromBytes(QByteArray("qres\0\0\0\x02garbage-garbage"), QStringLiteral("bad")).ok());
}

void TstCorpusArchives::openSoundArchiveDispatchesBySuffix()
{
    QVERIFY(isSoundArchivePath(QStringLiteral("a/pak0.PK3")));
    QVERIFY(isSoundArchivePath(QStringLiteral("Objects.ocd")));
    QVERIFY(isSoundArchivePath(QStringLiteral("freedoom1.wad")));
    QVERIFY(!isSoundArchivePath(QStringLiteral("a/door.ogg")));
    auto none = openSoundArchive(QStringLiteral("a/door.ogg"));
    QVERIFY(none.ok());
    QVERIFY(!*none);
    auto missing = openSoundArchive(m_dir.filePath(QStringLiteral("missing.zip")));
    QVERIFY(!missing.ok());
}

QTEST_GUILESS_MAIN(TstCorpusArchives)
#include "tst_corpusarchives.moc"
