// The batch manifest (app/services/batch): RFC 4180 fields (quoted commas, quotes and line breaks), path resolution
// and defaults, refusals that name the column or rows, shards that partition the rows, and the resume rule.
#include "app/services/batch/BatchManifest.h"
#include "app/services/batch/BatchResume.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace foley::app;

class TstBatchManifest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) return {};
        file.write(text);
        return file.fileName();
    }

private slots:
    void readsFieldsPathsAndDefaults()
    {
        const QString manifest = write("m.csv", "out,video,caption,negative,onsets,seed,loudness\n"
                                                 ",clips/a.mp4,\"door, then \"\"steps\"\"\nin the hall\",music,a.csv,4,web\n"
                                                 "b.mp4,/abs/b.mp4,,,,,\n");
        auto rows = readBatchManifest(manifest, {});
        QVERIFY2(rows.ok(), rows.ok() ? "" : rows.error().message.c_str());
        QCOMPARE(rows->size(), 2);
        const BatchRow& a = rows->at(0);
        QCOMPARE(a.number, 1);
        QCOMPARE(a.video, QDir(m_dir.path()).filePath("clips/a.mp4"));
        QCOMPARE(a.caption, QStringLiteral("door, then \"steps\"\nin the hall"));
        QCOMPARE(a.onsets, QDir(m_dir.path()).filePath("a.csv"));
        QCOMPARE(a.out, QDir(m_dir.path()).filePath("clips/a.foley.mp4"));  // beside the video
        QCOMPARE(a.seed, QStringLiteral("4"));
        QCOMPARE(a.loudness, QStringLiteral("web"));
        QCOMPARE(rows->at(1).video, QStringLiteral("/abs/b.mp4"));
        QCOMPARE(rows->at(1).out, QDir(m_dir.path()).filePath("b.mp4"));
        // --out-dir takes relative outputs and the defaults.
        rows = readBatchManifest(manifest, m_dir.filePath("out"));
        QCOMPARE(rows->at(0).out, QDir(m_dir.path()).filePath("out/a.foley.mp4"));
        QCOMPARE(rows->at(1).out, QDir(m_dir.path()).filePath("out/b.mp4"));
    }

    void refusalsNameWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mention");
        QTest::newRow("missing columns") << QByteArray("video,caption,out\na.mp4,,\n") << "missing column(s): negative, onsets, seed, loudness";
        QTest::newRow("unknown column") << QByteArray("video,caption,negative,onsets,seed,loudness,out,speed\n") << "unknown column \"speed\"";
        QTest::newRow("field count") << QByteArray("video,caption,negative,onsets,seed,loudness,out\na.mp4,x\n") << "row 1 (line 2) has 2 fields";
        QTest::newRow("same output") << QByteArray("video,caption,negative,onsets,seed,loudness,out\na.mp4,,,,,,\nb.mp4,,,,,,\nA/../a.mp4,,,,,,\n")
                                     << "rows 1 and 3 both write";
        QTest::newRow("unclosed quote") << QByteArray("video,caption,negative,onsets,seed,loudness,out\na.mp4,\"open,,,,,\n") << "never closed";
        QTest::newRow("no rows") << QByteArray("video,caption,negative,onsets,seed,loudness,out\n") << "no rows";
    }

    void refusalsNameWhatIsWrong()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mention);
        const auto rows = readBatchManifest(write("bad.csv", text), {});
        QVERIFY(!rows.ok());
        QVERIFY2(QString::fromStdString(rows.error().message).contains(mention), rows.error().message.c_str());
    }

    void shardsPartitionTheRows()
    {
        QList<BatchRow> rows;
        for (int n = 1; n <= 7; ++n) rows.append(BatchRow{n, {}, {}, {}, {}, {}, {}, QString::number(n)});
        QList<int> seen;
        for (int i = 1; i <= 3; ++i)
            for (const BatchRow& row : rowsOfShard(rows, *parseBatchShard(QStringLiteral("%1/3").arg(i)))) seen << row.number;
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(rowsOfShard(rows, {2, 3}).first().number, 2);
        for (const char* bad : {"0/2", "3/2", "1", "a/b", "1/0", "-1/2"}) QVERIFY2(!parseBatchShard(bad).ok(), bad);
    }

    void resumeNeedsANewerOutputAndTheSameSettings()
    {
        const QString video = write("v.mp4", "video");
        BatchRow row{1, video, "knock", {}, {}, "3", {}, m_dir.filePath("v.out.mp4")};
        const BatchSettings settings{"pack", "2", true};
        const QByteArray hash = batchRowSettingsHash(row, settings);
        QVERIFY(!isBatchRowUpToDate(row, hash));  // no output yet
        QTest::qWait(20);
        write("v.out.mp4", "output");
        QVERIFY(!isBatchRowUpToDate(row, hash));  // no record of its settings
        QVERIFY(recordBatchRowDone(row, hash).ok());
        QVERIFY(isBatchRowUpToDate(row, hash));
        BatchRow recaptioned = row;
        recaptioned.caption = "wood knock";
        QVERIFY(!isBatchRowUpToDate(recaptioned, batchRowSettingsHash(recaptioned, settings)));
        QVERIFY(batchRowSettingsHash(row, BatchSettings{"pack", "3", true}) != hash);
        // A video changed after the output: done again.
        QFile touched(video);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        QVERIFY(!isBatchRowUpToDate(row, hash));
    }
};

QTEST_GUILESS_MAIN(TstBatchManifest)
#include "tst_batchmanifest.moc"
