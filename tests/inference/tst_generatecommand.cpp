#include "inference/pack/RandomPack.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace foley;
using namespace foley::inference;

// `foleyforge-cli generate` end to end on a generated video, with a tiny random-weight pack (its audio is noise:
// the test checks the contract — exact length, report, errors — not the sound).
class TstGenerateCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;
    QString m_video;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QString::fromLocal8Bit(qgetenv("FOLEY_CLI")), args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qgetenv("FOLEY_CLI").isEmpty());
        m_pack = m_dir.filePath("pack");
        QVERIFY(makeRandomPack(m_pack.toStdString(), RandomPackOptions{}).ok());
        m_video = m_dir.filePath("clip.mp4");
        QProcess ffmpeg;
        ffmpeg.start("ffmpeg", {"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=25",
                                "-pix_fmt", "yuv420p", m_video});
        QVERIFY(ffmpeg.waitForFinished(60000));
        QCOMPARE(ffmpeg.exitCode(), 0);
        QFile csv(m_dir.filePath("onsets.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("time,strength\n0.25,1.0\n0.9,0.6\n1.5,0.8\n");
    }

    void generatesTheRequestedDuration()
    {
        const QString wav = m_dir.filePath("take.wav");
        const Run run = cli({"generate", m_video, "--caption", "wood knock", "--onsets", m_dir.filePath("onsets.csv"),
                             "--steps", "3", "--seed", "5", "--duration", "1.5", "--model", m_pack, "--out", wav});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value("samples").toInt(), 24000);
        QCOMPARE(report.value("sampleRate").toInt(), 16000);
        QCOMPARE(report.value("steps").toInt(), 3);
        QCOMPARE(report.value("guidanceBranches").toInt(), 3);  // unconditional, caption, video
        QVERIFY(QFile(wav).size() >= 24000 * 4);
    }

    void wholeVideoWithoutDurationOrOnsets()
    {
        const Run run = cli({"generate", m_video, "--steps", "2", "--model", m_pack, "--out", m_dir.filePath("full.wav")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("samples").toInt(), 32000);
    }

    void errorsAreOneLine()
    {
        Run run = cli({"generate", m_video, "--model", m_dir.filePath("no-such-pack"), "--out", m_dir.filePath("x.wav")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith("error: ") && run.err.count('\n') == 1);
        run = cli({"generate", m_video, "--model", m_pack});
        QCOMPARE(run.exitCode, 2);
        run = cli({"generate", m_video, "--sampler", "heun", "--model", m_pack, "--out", m_dir.filePath("x.wav")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstGenerateCommand)
#include "tst_generatecommand.moc"
