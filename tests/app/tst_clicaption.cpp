// foleyforge-cli caption end to end against a stand-in OpenAI-compatible server on 127.0.0.1.
#include "app/cli/CliSupport.h"
#include "core/project/ProjectFile.h"
#include "tests/support/StandInChatServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using foley::test::StandInChatServer;
using foley::test::StandInReply;

class TstCliCaption : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_video;
    QString m_audio;
    QString m_project;
    StandInChatServer m_server;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FOLEY_CLI"), args);
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }

    QStringList server() const { return {"--endpoint", m_server.baseUrl(), "--model", "moondream", "--frames", "2"}; }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool ffmpeg(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("ffmpeg"), QStringList{"-v", "error", "-y"} + args);
        return p.waitForFinished(120000) && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariable("FOLEY_CLI").isEmpty());
        m_video = m_dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(ffmpeg({"-f", "lavfi", "-i", "testsrc=duration=2:size=320x240:rate=25", "-pix_fmt", "yuv420p", m_video}));
        m_audio = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(ffmpeg({"-f", "lavfi", "-i", "sine=frequency=440:duration=1", m_audio}));
        m_project = m_dir.filePath(QStringLiteral("scene.foley"));
        const Run made = cli({"new", m_video, "--out", m_project, "--caption", "typed by hand"});
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }

    void aVideoGivesTheJsonOnStdoutAndInOut()
    {
        m_server.setReply(StandInReply::chat(QStringLiteral(
            "```json\n{\"caption\": \"Chalk taps a blackboard\", \"negative\": \"music\", \"segments\": "
            "[{\"start\": 0.2, \"end\": 0.6, \"text\": \"tap\"}]}\n```")));
        m_server.clearRequests();
        const QString out = m_dir.filePath(QStringLiteral("caption.json"));
        const Run run = cli(QStringList{"caption", m_video} + server() + QStringList{"--out", out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value("caption").toString(), QStringLiteral("Chalk taps a blackboard"));
        QCOMPARE(json.value("negative").toString(), QStringLiteral("music"));
        QCOMPARE(json.value("segments").toArray().size(), 1);
        QCOMPARE(json.value("segments").toArray().first().toObject().value("text").toString(), QStringLiteral("tap"));
        QCOMPARE(json.value("model").toString(), QStringLiteral("moondream"));
        QCOMPARE(json.value("endpoint").toString(), m_server.baseUrl());
        QCOMPARE(QJsonDocument::fromJson(readAll(out)).object(), json);
        QCOMPARE(m_server.requests().size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(m_server.requests().first().body).object();
        QCOMPARE(body.value("model").toString(), QStringLiteral("moondream"));
        QCOMPARE(body.value("messages").toArray().first().toObject().value("content").toArray().size(), 3);  // text + 2
    }

    void addSetsTheProjectsCaptionWithItsOrigin()
    {
        m_server.setReply(StandInReply::chat(QStringLiteral("A wooden chair scrapes across a tiled floor.")));
        const Run run = cli(QStringList{"caption", m_project, "--add"} + server());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto loaded = foley::core::ProjectFile::load(m_project, foley::core::MediaPolicy::RequirePresent);
        QVERIFY(loaded.ok());
        const foley::core::Caption caption = loaded->project->captions().caption();
        QCOMPARE(caption.text, QStringLiteral("A wooden chair scrapes across a tiled floor."));
        QCOMPARE(caption.origin, foley::core::CaptionOrigin::Mllm);
        QCOMPARE(caption.source.model, QStringLiteral("moondream"));
        QCOMPARE(caption.source.server, m_server.baseUrl());
        QVERIFY(caption.source.time.isValid());
    }

    void theKeyComesFromTheEnvironment()
    {
        m_server.setReply(StandInReply::chat(QStringLiteral("Rain on a tin roof.")));
        m_server.clearRequests();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CAPTION_TEST_KEY"), QStringLiteral("s3cret"));
        const Run run = cli(QStringList{"caption", m_video, "--api-key-env", "CAPTION_TEST_KEY"} + server(), env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_server.requests().first().headers.value("authorization"), QByteArray("Bearer s3cret"));
        env.remove(QStringLiteral("CAPTION_TEST_KEY"));
        const Run unset = cli(QStringList{"caption", m_video, "--api-key-env", "CAPTION_TEST_KEY"} + server(), env);
        QCOMPARE(unset.exitCode, foley::app::cli::kExitUsage);
    }

    void aFailureIsOneLineAndChangesNothing_data()
    {
        QTest::addColumn<StandInReply>("reply");
        QTest::addColumn<QString>("line");
        QTest::newRow("503") << StandInReply::json(R"({"error":"model is loading"})", 503, "Service Unavailable")
                             << QStringLiteral("error: 503: model is loading\n");
        QTest::newRow("empty") << StandInReply::chat(QString()) << QStringLiteral("error: the model gave an empty answer\n");
        QTest::newRow("not json") << StandInReply::json("oops") << QStringLiteral("error: the server's answer is not JSON");
    }

    void aFailureIsOneLineAndChangesNothing()
    {
        QFETCH(StandInReply, reply);
        QFETCH(QString, line);
        m_server.setReply(reply);
        const QByteArray before = readAll(m_project);
        const QString out = m_dir.filePath(QStringLiteral("never.json"));
        const Run run = cli(QStringList{"caption", m_project, "--add", "--out", out} + server());
        QCOMPARE(run.exitCode, foley::app::cli::kExitFailure);
        QVERIFY2(QString::fromUtf8(run.err).startsWith(line), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(readAll(m_project), before);
        QVERIFY(!QFile::exists(out));
    }

    void aRefusedConnectionFails()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(StandInChatServer::closedPort());
        const Run run = cli({"caption", m_video, "--endpoint", url, "--model", "m"});
        QCOMPARE(run.exitCode, foley::app::cli::kExitFailure);
        QVERIFY2(run.err.contains("connection refused"), run.err.constData());
    }

    void aVideoWithoutFramesIsRefusedBeforeAnyRequest()
    {
        m_server.clearRequests();
        const Run run = cli(QStringList{"caption", m_audio} + server());
        QCOMPARE(run.exitCode, foley::app::cli::kExitFailure);
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(m_server.requests().size(), 0);
    }

    void usageMistakes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no model") << QStringList{"--endpoint", "http://127.0.0.1:1/v1"};
        QTest::newRow("no endpoint") << QStringList{"--model", "m"};
        QTest::newRow("not http") << QStringList{"--endpoint", "ftp://127.0.0.1/v1", "--model", "m"};
        QTest::newRow("zero frames") << QStringList{"--endpoint", "http://127.0.0.1:1/v1", "--model", "m", "--frames", "0"};
        QTest::newRow("bad timeout") << QStringList{"--endpoint", "http://127.0.0.1:1/v1", "--model", "m", "--timeout", "x"};
        QTest::newRow("add to a video") << QStringList{"--endpoint", "http://127.0.0.1:1/v1", "--model", "m", "--add"};
    }

    void usageMistakes()
    {
        QFETCH(QStringList, args);
        const Run run = cli(QStringList{"caption", m_video} + args);
        QCOMPARE(run.exitCode, foley::app::cli::kExitUsage);
    }
};


QTEST_GUILESS_MAIN(TstCliCaption)
#include "tst_clicaption.moc"
