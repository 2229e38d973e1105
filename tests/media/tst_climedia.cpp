#include "MediaFixtures.h"

#include "core/model/Project.h"
#include "core/project/ProjectFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

struct CliRun {
    bool finished = false;
    bool normalExit = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun runCli(const QStringList& args)
{
    CliRun run;
    QProcess process;
    process.start(qEnvironmentVariable("FOLEY_CLI"), args);
    run.finished = process.waitForFinished(120000);
    run.normalExit = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

}  // namespace

// foleyforge-cli probe/export as app/cli/CliSupport.h specifies (docs/ARCHITECTURE.md, section 8): exit 0 on
// success; otherwise no crash, a non-zero exit code and exactly one stderr line starting with "error: ".
class TstCliMedia : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void probePrintsJson();
    void probeAndExportHaveHelp();
    void probeFailsCleanly_data();
    void probeFailsCleanly();
    void exportCopiesVideoAndEncodesAac();
    void exportHandlesNonAsciiPaths();
    void exportFromProject();
    void exportFailsCleanly_data();
    void exportFailsCleanly();
    void exportNeverOverwritesSource();

private:
    static void expectOneErrorLine(const CliRun& run, const QString& mention);
    QJsonObject probeJson(const QString& path);
    QString saveProject(const QString& name, const QString& video);

    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_media;
    QString m_mp4;
    QString m_take;
};

void TstCliMedia::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("FOLEY_CLI")).isExecutable(), "FOLEY_CLI must point to foleyforge-cli");
    QVERIFY(m_dir.isValid());
    m_media = std::make_unique<MediaFixtures>(m_dir.path());
    m_mp4 = m_media->videoWithAudio("av.mp4");
    m_take = m_media->sineWav("take.wav", 3.0, 16000, 1, 1000);
    QVERIFY2(!m_mp4.isEmpty() && !m_take.isEmpty(), qPrintable(m_media->lastError()));
}

void TstCliMedia::expectOneErrorLine(const CliRun& run, const QString& mention)
{
    QVERIFY(run.finished);
    QVERIFY2(run.normalExit, "the CLI crashed");
    QVERIFY(run.exitCode != 0);
    const QStringList lines = run.err.split('\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1, qPrintable(run.err));
    QVERIFY2(lines.first().startsWith("error: "), qPrintable(run.err));
    QVERIFY2(lines.first().contains(mention), qPrintable(run.err));
}

QJsonObject TstCliMedia::probeJson(const QString& path)
{
    const CliRun run = runCli({"probe", path});
    if (run.exitCode != 0) qWarning("probe failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out).object();
}

QString TstCliMedia::saveProject(const QString& name, const QString& video)
{
    foley::core::Project project;
    if (!project.mediaReference().setFileFromDisk(video)) return {};
    const QString path = m_media->path(name);
    return foley::core::ProjectFile::save(project, path).ok() ? path : QString();
}

void TstCliMedia::probePrintsJson()
{
    const CliRun run = runCli({"probe", m_mp4});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json["path"].toString(), m_mp4);
    QVERIFY(json["format"].toString().contains("mp4"));
    QVERIFY(qAbs(json["duration"].toDouble() - 3.0) < 0.05);
    QCOMPARE(json["size"].toInteger(), QFileInfo(m_mp4).size());
    QCOMPARE(json["fps"].toString(), QString("25/1"));
    const QJsonArray streams = json["streams"].toArray();
    QCOMPARE(streams.size(), 2);
    const QJsonObject video = streams[json["videoStream"].toInt()].toObject();
    QCOMPARE(video["type"].toString(), QString("video"));
    QCOMPARE(video["codec"].toString(), QString("h264"));
    QCOMPARE(video["fps"].toString(), QString("25/1"));
    QCOMPARE(video["fpsValue"].toDouble(), 25.0);
    QCOMPARE(video["width"].toInt(), 320);
    QCOMPARE(video["height"].toInt(), 240);
    QCOMPARE(video["size"].toString(), QString("320x240"));
    QCOMPARE(video["rotation"].toInt(), 0);
    const QJsonObject audio = streams[json["audioStream"].toInt()].toObject();
    QCOMPARE(audio["codec"].toString(), QString("aac"));
    QCOMPARE(audio["sampleRate"].toInt(), 44100);
    QCOMPARE(audio["channels"].toInt(), 1);

    const QJsonObject wav = probeJson(m_take);
    QVERIFY(wav["videoStream"].isNull());
    QCOMPARE(wav["streams"].toArray()[0].toObject()["sampleRate"].toInt(), 16000);
}

void TstCliMedia::probeAndExportHaveHelp()
{
    for (const QString& command : {QStringLiteral("probe"), QStringLiteral("export")}) {
        const CliRun run = runCli({command, "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).startsWith("usage: foleyforge-cli " + command));
    }
    const CliRun export_ = runCli({"export", "--help"});
    QVERIFY(export_.out.contains("--original-gain"));
}

void TstCliMedia::probeFailsCleanly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    for (const auto& [label, file] : m_media->badMediaFiles()) QTest::newRow(qPrintable(label)) << QStringList{"probe", file} << QFileInfo(file).fileName();
    QTest::newRow("missing file") << QStringList{"probe", m_media->path("gone.mp4")} << "does not exist";
    QTest::newRow("no argument") << QStringList{"probe"} << "exactly one";
    QTest::newRow("two arguments") << QStringList{"probe", m_mp4, m_mp4} << "exactly one";
    QTest::newRow("unknown option") << QStringList{"probe", "--frobnicate", m_mp4} << "frobnicate";
}

void TstCliMedia::probeFailsCleanly()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    expectOneErrorLine(runCli(args), mention);
}

void TstCliMedia::exportCopiesVideoAndEncodesAac()
{
    const QString out = m_media->path("cli-out.mp4");
    const CliRun run = runCli({"export", m_mp4, "--audio", m_take, "--out", out, "--original-gain", "0.5"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));  // no progress line: stderr is not a terminal
    const QJsonObject json = probeJson(out);
    const QJsonArray streams = json["streams"].toArray();
    QCOMPARE(streams.size(), 2);
    QCOMPARE(streams[json["videoStream"].toInt()].toObject()["codec"].toString(), QString("h264"));
    const QJsonObject audio = streams[json["audioStream"].toInt()].toObject();
    QCOMPARE(audio["codec"].toString(), QString("aac"));
    QCOMPARE(audio["sampleRate"].toInt(), 48000);
    QCOMPARE(audio["channels"].toInt(), 2);
    QVERIFY(qAbs(audio["start"].toDouble()) < 1e-6);
    QCOMPARE(m_media->videoPacketMd5(out), m_media->videoPacketMd5(m_mp4));
}

void TstCliMedia::exportHandlesNonAsciiPaths()
{
    const QString video = m_media->copy(m_mp4, QStringLiteral("клип ü 1.mp4"));
    const QString take = m_media->copy(m_take, QStringLiteral("звук ü.wav"));
    const QString out = m_media->path(QStringLiteral("готово ü.mkv"));
    const CliRun run = runCli({"export", video, "--audio", take, "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(probeJson(out)["streams"].toArray().size(), 2);
}

void TstCliMedia::exportFromProject()
{
    const QString project = saveProject("scene.foley", m_mp4);
    QVERIFY(!project.isEmpty());
    const QString out = m_media->path("from-project.mp4");
    const CliRun run = runCli({"export", project, "--audio", m_take, "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_media->videoPacketMd5(out), m_media->videoPacketMd5(m_mp4));
    // Without --audio the project's active take is used; this one has none.
    expectOneErrorLine(runCli({"export", project, "--out", m_media->path("no-take.mp4")}), "no active take");
}

void TstCliMedia::exportFailsCleanly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    const QString out = m_media->path("never.mp4");
    for (const auto& [label, file] : m_media->badMediaFiles())
        QTest::newRow(qPrintable("source: " + label)) << QStringList{"export", file, "--audio", m_take, "--out", out} << QFileInfo(file).fileName();
    const QString audioOnly = m_media->audioOnly("music.m4a", 1.0);
    QTest::newRow("audio-only source") << QStringList{"export", audioOnly, "--audio", m_take, "--out", out} << "has no video stream";
    const QString silent = m_media->videoOnly("silent.mp4", 1.0);
    QTest::newRow("video-only file as take") << QStringList{"export", m_mp4, "--audio", silent, "--out", out} << "has no audio stream";
    QTest::newRow("mix without original audio")
        << QStringList{"export", silent, "--audio", m_take, "--out", out, "--original-gain", "1"} << "has no audio stream";
    QTest::newRow("missing take") << QStringList{"export", m_mp4, "--audio", m_media->path("gone.wav"), "--out", out} << "does not exist";
    const QString plain = m_media->writeBytes("plain-file", "x");
    QTest::newRow("folder is a file") << QStringList{"export", m_mp4, "--audio", m_take, "--out", plain + "/o.mp4"} << "is not a folder";
    QTest::newRow("folder missing") << QStringList{"export", m_mp4, "--audio", m_take, "--out", m_media->path("nowhere/o.mp4")} << "does not exist";
    if (::geteuid() == 0)
        QTest::newRow("unwritable folder") << QStringList{"export", m_mp4, "--audio", m_take, "--out", "/proc/o.mp4"} << "cannot write to folder";
    QTest::newRow("unknown extension") << QStringList{"export", m_mp4, "--audio", m_take, "--out", m_media->path("o.avi")} << ".mkv";
    QTest::newRow("missing --out") << QStringList{"export", m_mp4, "--audio", m_take} << "--out";
    QTest::newRow("missing --audio") << QStringList{"export", m_mp4, "--out", out} << "--audio";
    QTest::newRow("bad gain") << QStringList{"export", m_mp4, "--audio", m_take, "--out", out, "--original-gain", "loud"} << "--original-gain";
    QTest::newRow("negative gain") << QStringList{"export", m_mp4, "--audio", m_take, "--out", out, "--original-gain", "-1"} << "--original-gain";

    const QString truncated = m_media->writeBytes("truncated.foley", R"({"format": "foleyforge-project", "version": 1, "media": {"pa)");
    QTest::newRow("project: truncated JSON") << QStringList{"export", truncated, "--audio", m_take, "--out", out} << "truncated.foley";
    const QString future = m_media->writeBytes("future.foley", R"({"format": "foleyforge-project", "version": 999})");
    QTest::newRow("project: newer version") << QStringList{"export", future, "--audio", m_take, "--out", out} << "future.foley";
    const QString moving = m_media->copy(m_mp4, "moving.mp4");
    const QString moved = saveProject("moved.foley", moving);
    QFile::remove(moving);
    QTest::newRow("project: moved video") << QStringList{"export", moved, "--audio", m_take, "--out", out} << "moving.mp4";
}

void TstCliMedia::exportFailsCleanly()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    expectOneErrorLine(runCli(args), mention);
    QVERIFY(!QFileInfo::exists(m_media->path("never.mp4")));
}

void TstCliMedia::exportNeverOverwritesSource()
{
    const QByteArray before = MediaFixtures::sha256(m_mp4);
    expectOneErrorLine(runCli({"export", m_mp4, "--audio", m_take, "--out", m_mp4}), "refusing to overwrite");
    QCOMPARE(MediaFixtures::sha256(m_mp4), before);
    for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden)) QVERIFY2(!name.endsWith(".part"), qPrintable(name));
}

QTEST_GUILESS_MAIN(TstCliMedia)
#include "tst_climedia.moc"
