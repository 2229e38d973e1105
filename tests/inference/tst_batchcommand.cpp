// foleyforge-cli batch on a tiny random-weight pack: a manifest with a failing row (reported by number, the others
// finish, exit 1 and a JSON summary), resume (a second run skips every finished row and redoes one whose settings
// changed), sharding (two shards = the whole manifest, no overlap), --jobs 2 writing the same takes as --jobs 1, and
// manifests refused before any work (a missing column, two rows writing one output).
#include "inference/pack/RandomPack.h"

#include "../media/MediaFixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace foley::inference;

namespace {

QJsonObject summaryOf(const CliResult& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QMap<int, QString> statusByRow(const QJsonObject& summary)
{
    QMap<int, QString> statuses;
    for (const QJsonValue& v : summary.value("results").toArray()) statuses.insert(v.toObject().value("row").toInt(), v.toObject().value("status").toString());
    return statuses;
}

}  // namespace

class TstBatchCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_media;
    QString m_pack;
    QString m_manifest;

    QString write(const QString& name, const QByteArray& text) { return m_media->writeBytes(name, text); }

    CliResult batch(const QStringList& extra)
    {
        return runFoleyCli(QStringList{"batch", m_manifest, "--model", m_pack, "--steps", "2"} + extra, 600000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_media = std::make_unique<MediaFixtures>(m_dir.path());
        m_pack = m_dir.filePath("pack");
        QVERIFY(makeRandomPack(m_pack.toStdString(), RandomPackOptions{}).ok());
        QVERIFY(!m_media->videoOnly("a.mp4", 1.0).isEmpty());
        QVERIFY(!m_media->videoWithAudio("b b.mp4", 1.0).isEmpty());
        QVERIFY(!write("knocks.csv", "time,strength\n0.2,1\n0.6,0.5\n").isEmpty());
        // Row 2: a caption with a comma and quotes (RFC 4180); row 3 names a video that does not exist.
        m_manifest = write("manifest.csv",
                           "video,caption,negative,onsets,seed,loudness,out\n"
                           "a.mp4,wood knock,,knocks.csv,3,,\n"
                           "b b.mp4,\"steps, on \"\"gravel\"\"\",music,,7,-16,out/b.mp4\n"
                           "missing.mp4,,,,,,\n");
    }

    void refusesBadManifestsBeforeWork()
    {
        const QString noSeed = write("noseed.csv", "video,caption,negative,onsets,loudness,out\na.mp4,,,,,\n");
        CliResult run = runFoleyCli({"batch", noSeed});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("missing column") && run.err.contains("seed"), qPrintable(run.err));
        const QString clash = write("clash.csv", "video,caption,negative,onsets,seed,loudness,out\na.mp4,,,,,,x.mp4\nb b.mp4,,,,,,x.mp4\n");
        run = runFoleyCli({"batch", clash});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("rows 1 and 2"), qPrintable(run.err));
        QVERIFY(!run.err.contains("generate"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("x.mp4")));
        QCOMPARE(runFoleyCli({"batch", m_manifest, "--shard", "3/2"}).exitCode, 2);
    }

    void failingRowIsIsolated()
    {
        const CliResult run = batch({"--jobs", "2"});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject summary = summaryOf(run);
        QCOMPARE(summary.value("done").toInt(), 2);
        QCOMPARE(summary.value("failed").toInt(), 1);
        const QMap<int, QString> statuses = statusByRow(summary);
        QCOMPARE(statuses.value(3), QStringLiteral("failed"));
        QVERIFY2(run.err.contains("missing.mp4: failed (row 3): unknown video"), qPrintable(run.err));
        QVERIFY2(run.err.contains("] a.mp4: generate") && run.err.contains("] b b.mp4: onsets") && run.err.contains("] b b.mp4: export"),
                 qPrintable(run.err));
        QVERIFY(QFileInfo::exists(m_dir.filePath("a.foley.mp4")));
        QVERIFY(QFileInfo::exists(m_dir.filePath("out/b.mp4")));
        QVERIFY(QFileInfo::exists(m_dir.filePath("out/b.mp4.onsets.csv")));  // detected from the picture
        const IndependentLoudness loudness = m_media->ebur128(m_dir.filePath("out/b.mp4"));
        QVERIFY(loudness.ok);
        QVERIFY2(std::abs(loudness.integratedLufs - -16.0) <= 0.5, qPrintable(QString::number(loudness.integratedLufs)));
    }

    void rerunResumes()
    {
        const QByteArray takeBefore = MediaFixtures::sha256(m_dir.filePath("a.foley.mp4.take.wav"));
        CliResult run = batch({});
        QCOMPARE(run.exitCode, 1);  // row 3 still fails
        QJsonObject summary = summaryOf(run);
        QCOMPARE(summary.value("skipped").toInt(), 2);
        QCOMPARE(summary.value("done").toInt(), 0);
        QCOMPARE(MediaFixtures::sha256(m_dir.filePath("a.foley.mp4.take.wav")), takeBefore);
        // Other settings for the run: every row is made again.
        run = batch({"--no-library"});
        QCOMPARE(summaryOf(run).value("done").toInt(), 2);
    }

    void shardsCoverTheManifestOnce()
    {
        QSet<int> seen;
        for (const QString shard : {"1/2", "2/2"}) {
            const CliResult run = batch({"--shard", shard, "--no-library"});
            QVERIFY(run.finished);
            for (const int row : statusByRow(summaryOf(run)).keys()) {
                QVERIFY2(!seen.contains(row), "a row ran in two shards");
                seen.insert(row);
            }
        }
        QCOMPARE(seen, (QSet<int>{1, 2, 3}));
    }

    void jobsGiveTheSameFiles()
    {
        const QString one = m_dir.filePath("jobs1"), two = m_dir.filePath("jobs2");
        write("same.csv", "video,caption,negative,onsets,seed,loudness,out\na.mp4,knock,,knocks.csv,11,,a.mp4\nb b.mp4,steps,,knocks.csv,12,,b.mp4\n");
        const QString manifest = m_dir.filePath("same.csv");
        QCOMPARE(runFoleyCli({"batch", manifest, "--model", m_pack, "--steps", "2", "--jobs", "1", "--out-dir", one}, 600000).exitCode, 0);
        QCOMPARE(runFoleyCli({"batch", manifest, "--model", m_pack, "--steps", "2", "--jobs", "2", "--out-dir", two}, 600000).exitCode, 0);
        for (const QString name : {"a.mp4.take.wav", "b.mp4.take.wav"})
            QCOMPARE(MediaFixtures::sha256(QDir(one).filePath(name)), MediaFixtures::sha256(QDir(two).filePath(name)));
    }
};

QTEST_GUILESS_MAIN(TstBatchCommand)
#include "tst_batchcommand.moc"
