// Captions from an OpenAI-compatible server, against a stand-in server on 127.0.0.1 (nothing leaves loopback):
// keyframes, the request, every answer shape and every bad case, cancel, stages, settings, and the Accept command.
#include "app/services/captioning/CaptionRequest.h"
#include "app/services/captioning/CaptionRun.h"
#include "core/commands/CaptionCommands.h"
#include "core/model/Project.h"
#include "core/project/JsonFields.h"
#include "core/project/JsonValueCodec.h"
#include "tests/support/StandInChatServer.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace foley;
using namespace foley::app::captioning;
using foley::test::StandInChatServer;
using foley::test::StandInReply;

class TstCaptioning : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_video;   // 4 s, 640x360: two shots of 2 s each (test pattern, then colour bars)
    QString m_audio;   // a WAV: no video stream
    QString m_broken;  // bytes that are no media at all
    StandInChatServer m_server;

    static bool ffmpeg(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("ffmpeg"), QStringList{"-v", "error", "-y"} + args);
        return p.waitForFinished(120000) && p.exitCode() == 0;
    }

    CaptioningSettings settings(int keyframes = 4) const
    {
        CaptioningSettings s;
        s.baseUrl = m_server.baseUrl();
        s.model = QStringLiteral("qwen2.5-vl-3b");
        s.keyframeCount = keyframes;
        s.timeoutSeconds = 20;
        return s;
    }

    static QList<Keyframe> keyframesOf(const QString& video, int count, KeyframeSpan span = {})
    {
        RunControl control;
        auto keyframes = selectKeyframes(video, count, span, control);
        return keyframes ? *keyframes : QList<Keyframe>{};
    }

    CaptionOutcome askWith(const StandInReply& reply, CaptioningSettings s)
    {
        m_server.setReply(reply);
        m_server.clearRequests();
        return CaptionRun::runToEnd(s, m_video);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath(QStringLiteral("two-shots.mp4"));
        QVERIFY(ffmpeg({"-f", "lavfi", "-i", "testsrc=duration=2:size=640x360:rate=25", "-f", "lavfi", "-i",
                        "smptebars=duration=2:size=640x360:rate=25", "-filter_complex", "[0:v][1:v]concat=n=2:v=1[v]",
                        "-map", "[v]", "-pix_fmt", "yuv420p", m_video}));
        m_audio = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(ffmpeg({"-f", "lavfi", "-i", "sine=frequency=440:duration=1", m_audio}));
        m_broken = m_dir.filePath(QStringLiteral("broken.mp4"));
        QFile broken(m_broken);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(4096, 'x'));
    }

    // --- Keyframes --------------------------------------------------------------------------------------------

    void keyframesAreSpreadScaledJpegs()
    {
        const QList<Keyframe> keyframes = keyframesOf(m_video, 4);
        QCOMPARE(keyframes.size(), 4);
        const double expected[] = {0.5, 1.5, 2.5, 3.5};
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(std::abs(keyframes[i].timeSeconds - expected[i]) < 0.25, qPrintable(QString::number(keyframes[i].timeSeconds)));
            const QImage image = QImage::fromData(keyframes[i].jpeg, "JPG");
            QCOMPARE(image.size(), QSize(512, 288));
            QCOMPARE(keyframes[i].sizePx, image.size());
        }
    }

    void everyShotGetsAKeyframe()
    {
        // The one spread pick lands at the cut and covers one shot; the other shot still gets its first frame.
        const QList<Keyframe> keyframes = keyframesOf(m_video, 1);
        QCOMPARE(keyframes.size(), 2);
        QVERIFY(keyframes[0].timeSeconds < 2.0);
        QVERIFY(keyframes[1].timeSeconds >= 1.9);
    }

    void aSpanLimitsTheKeyframes()
    {
        const QList<Keyframe> keyframes = keyframesOf(m_video, 3, KeyframeSpan{2.4, 3.6});
        QCOMPARE(keyframes.size(), 3);
        for (const Keyframe& k : keyframes) QVERIFY(k.timeSeconds >= 2.3 && k.timeSeconds < 3.6);
    }

    void aVideoWithoutFramesIsRefusedBeforeAnyRequest()
    {
        m_server.setReply(StandInReply::chat(QStringLiteral("never asked")));
        m_server.clearRequests();
        for (const QString& path : {m_audio, m_broken}) {
            const CaptionOutcome outcome = CaptionRun::runToEnd(settings(), path);
            QVERIFY(!outcome);
            QVERIFY(!outcome.error().message.empty());
        }
        QCOMPARE(m_server.requests().size(), 0);
    }

    // --- The request ------------------------------------------------------------------------------------------

    void theRequestCarriesModelPromptAndJpegImages()
    {
        CaptioningSettings s = settings(4);
        s.apiKey = QStringLiteral("secret-key");
        const CaptionOutcome outcome = askWith(StandInReply::chat(QStringLiteral("Footsteps on gravel.")), s);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message.c_str());
        QCOMPARE(m_server.requests().size(), 1);
        const test::StandInRequest request = m_server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer secret-key"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("model").toString(), QStringLiteral("qwen2.5-vl-3b"));
        const QJsonArray content = body.value("messages").toArray().first().toObject().value("content").toArray();
        QCOMPARE(content.size(), 5);
        QCOMPARE(content.first().toObject().value("type").toString(), QStringLiteral("text"));
        const QString prompt = content.first().toObject().value("text").toString();
        for (const char* word : {"foley", "sound sources", "materials", "actions", "surfaces", "background", "music",
                                 "speech", "\"caption\"", "\"negative\"", "\"segments\""})
            QVERIFY2(prompt.contains(QLatin1String(word)), word);
        for (int i = 1; i < content.size(); ++i) {
            const QJsonObject part = content[i].toObject();
            QCOMPARE(part.value("type").toString(), QStringLiteral("image_url"));
            const QString url = part.value("image_url").toObject().value("url").toString();
            QVERIFY(url.startsWith(QStringLiteral("data:image/jpeg;base64,")));
            const QByteArray jpeg = QByteArray::fromBase64(url.section(QLatin1Char(','), 1).toLatin1());
            QVERIFY(jpeg.startsWith("\xFF\xD8"));  // a JPEG's start-of-image marker
            const QImage image = QImage::fromData(jpeg, "JPG");
            QVERIFY(!image.isNull());
            QVERIFY(std::max(image.width(), image.height()) <= kKeyframeMaxSidePx);
        }
    }

    void noKeyIsNoAuthorizationHeader()
    {
        const CaptionOutcome outcome = askWith(StandInReply::chat(QStringLiteral("Rain.")), settings(1));
        QVERIFY(outcome.ok());
        QVERIFY(!m_server.requests().first().headers.contains("authorization"));
    }

    // --- Answers ----------------------------------------------------------------------------------------------

    void answerShapes_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("negative");
        QTest::addColumn<int>("segments");
        // llama-server with Qwen2.5-VL and the like: JSON in a fence, after a sentence.
        QTest::newRow("json in a fence")
            << QStringLiteral("Here is the caption:\n```json\n{\"caption\": \"Boots crunch on gravel, a wooden door "
                              "creaks\", \"negative\": \"music, speech\", \"segments\": [{\"start\": 0.5, \"end\": 1.2, "
                              "\"text\": \"door creak\"}, {\"start\": 2, \"end\": 1, \"text\": \"backwards: dropped\"}]}\n```")
            << QStringLiteral("Boots crunch on gravel, a wooden door creaks") << QStringLiteral("music, speech") << 1;
        // Ollama with format json: the bare object.
        QTest::newRow("bare json")
            << QStringLiteral("{\"caption\":\"Glass clinks on a marble table\",\"segments\":[]}")
            << QStringLiteral("Glass clinks on a marble table") << QString() << 0;
        QTest::newRow("plain text")
            << QStringLiteral("  \nA dog's paws patter on a tiled floor; distant traffic hum.\n ")
            << QStringLiteral("A dog's paws patter on a tiled floor; distant traffic hum.") << QString() << 0;
        QTest::newRow("json without caption is text")
            << QStringLiteral("{\"description\": \"waves\"}") << QStringLiteral("{\"description\": \"waves\"}") << QString() << 0;
    }

    void answerShapes()
    {
        QFETCH(QString, content);
        QFETCH(QString, caption);
        QFETCH(QString, negative);
        QFETCH(int, segments);
        const CaptionOutcome outcome = askWith(StandInReply::chat(content), settings(2));
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message.c_str());
        QCOMPARE(outcome->answer.caption, caption);
        QCOMPARE(outcome->answer.negative.value_or(QString()), negative);
        QCOMPARE(outcome->answer.segments.value_or(QList<TimedCaption>{}).size(), segments);
        QCOMPARE(outcome->model, QStringLiteral("qwen2.5-vl-3b"));
        QCOMPARE(outcome->server, m_server.baseUrl());
        QVERIFY(outcome->answered.isValid());
    }

    void badCases_data()
    {
        QTest::addColumn<StandInReply>("reply");
        QTest::addColumn<int>("timeoutSeconds");
        QTest::addColumn<QString>("message");
        QTest::newRow("503 llama-server")
            << StandInReply::json(R"({"error":{"code":503,"message":"Loading model","type":"unavailable_error"}})", 503, "Service Unavailable")
            << 20 << QStringLiteral("503: Loading model");
        QTest::newRow("503 ollama") << StandInReply::json(R"({"error":"model is loading"})", 503, "Service Unavailable")
                                    << 20 << QStringLiteral("503: model is loading");
        QTest::newRow("404 plain") << StandInReply::json("404 page not found", 404, "Not Found") << 20
                                   << QStringLiteral("404: 404 page not found");
        QTest::newRow("not json") << StandInReply::json("<html>hello</html>") << 20 << QStringLiteral("not JSON");
        QTest::newRow("no choices") << StandInReply::json(R"({"object":"chat.completion","choices":[]})") << 20
                                    << QStringLiteral("has no choices");
        QTest::newRow("empty answer") << StandInReply::chat(QStringLiteral("  \n")) << 20
                                      << QStringLiteral("the model gave an empty answer");
        QTest::newRow("too long") << StandInReply::chat(QString(kMaxAnswerChars + 1, QLatin1Char('a'))) << 20
                                  << QStringLiteral("too long for a caption (4001 characters, at most 4000)");
        StandInReply redirect = StandInReply::json("");
        redirect.status = 302;
        redirect.reason = "Found";
        redirect.headers = {{"Location", "http://example.invalid/v1/chat/completions"}};
        QTest::newRow("redirect elsewhere") << redirect << 20
                                            << QStringLiteral("redirected to another host (example.invalid); refused");
        StandInReply silent;
        silent.silent = true;
        QTest::newRow("timeout") << silent << 1 << QStringLiteral("within 1 s (timeout)");
    }

    void badCases()
    {
        QFETCH(StandInReply, reply);
        QFETCH(int, timeoutSeconds);
        QFETCH(QString, message);
        CaptioningSettings s = settings(1);
        s.timeoutSeconds = timeoutSeconds;
        const CaptionOutcome outcome = askWith(reply, s);
        QVERIFY(!outcome.ok());
        const QString said = QString::fromStdString(outcome.error().message);
        QVERIFY2(said.contains(message), qPrintable(said));
        QVERIFY(!said.contains(QLatin1Char('\n')));
        QCOMPARE(m_server.requests().size(), 1);
    }

    void aRefusedConnectionSaysSo()
    {
        CaptioningSettings s = settings(1);
        s.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(StandInChatServer::closedPort());
        const CaptionOutcome outcome = CaptionRun::runToEnd(s, m_video);
        QVERIFY(!outcome.ok());
        QVERIFY2(QString::fromStdString(outcome.error().message).contains(QStringLiteral("connection refused")),
                 outcome.error().message.c_str());
    }

    // --- The run: stages, cancel, model list ------------------------------------------------------------------

    void stagesAreReported()
    {
        m_server.setReply(StandInReply::chat(QStringLiteral("Leaves rustle.")));
        CaptionRun run;
        QSignalSpy stages(&run, &CaptionRun::stageChanged);
        int finished = 0;
        connect(&run, &CaptionRun::finished, this, [&] { ++finished; });
        run.start(settings(3), m_video);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 30000);
        QStringList said;
        for (const auto& args : stages) said << args.first().toString();
        QCOMPARE(said, (QStringList{"choosing keyframes", "sending 3 keyframes", "waiting for the model"}));
    }

    void cancelAbortsTheRequest()
    {
        StandInReply silent;
        silent.silent = true;
        m_server.setReply(silent);
        m_server.clearRequests();
        CaptionRun run;
        QList<CaptionOutcome> finished;
        connect(&run, &CaptionRun::finished, this, [&](const CaptionOutcome& outcome) { finished.append(outcome); });
        run.start(settings(1), m_video);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests().size(), 1, 30000);
        run.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().ok() && finished.first().error().isCancelled());
        QVERIFY(!run.isRunning());
    }

    void cancelWhileChoosingKeyframes()
    {
        m_server.clearRequests();
        CaptionRun run;
        int finished = 0;
        connect(&run, &CaptionRun::finished, this, [&] { ++finished; });
        run.start(settings(1), m_video);
        run.cancel();
        QCOMPARE(finished, 1);
        QTest::qWait(300);  // the decoding job stops; no request follows
        QCOMPARE(m_server.requests().size(), 0);
    }

    void modelsAreListed()
    {
        m_server.setReply(StandInReply::json(R"({"object":"list","data":[{"id":"qwen2.5vl:3b","object":"model"},{"id":"moondream"}]})"));
        m_server.clearRequests();
        CaptionClient client;
        QSignalSpy listed(&client, &CaptionClient::modelsListed);
        client.listModels(settings());
        QVERIFY(listed.wait(10000));
        QCOMPARE(listed.first().first().toStringList(), (QStringList{"qwen2.5vl:3b", "moondream"}));
        QCOMPARE(m_server.requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server.requests().first().path, QByteArray("/v1/models"));
    }

    // --- Settings, the command, the project file ---------------------------------------------------------------

    void settingsHaveDefaultsAndRoundTrip()
    {
        QSettings store(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const CaptioningSettings defaults = CaptioningSettings::load(store);
        QCOMPARE(defaults.baseUrl, QStringLiteral("http://127.0.0.1:8080/v1"));
        QCOMPARE(defaults.timeoutSeconds, 120);
        QCOMPARE(defaults.keyframeCount, 8);
        CaptioningSettings s;
        s.baseUrl = QStringLiteral("http://127.0.0.1:11434/v1/");
        s.model = QStringLiteral("moondream");
        s.apiKey = QStringLiteral("k");
        s.timeoutSeconds = 30;
        s.keyframeCount = 5;
        s.save(store);
        const CaptioningSettings back = CaptioningSettings::load(store);
        QCOMPARE(back.model, s.model);
        QCOMPARE(back.apiKey, s.apiKey);
        QCOMPARE(back.timeoutSeconds, 30);
        QCOMPARE(back.keyframeCount, 5);
        QCOMPARE(back.endpoint(QStringLiteral("models")).toString(), QStringLiteral("http://127.0.0.1:11434/v1/models"));
    }

    void acceptIsOneStepRedoUndoRedo()
    {
        core::Project project;
        project.push(new core::EditCaptionTextCommand(&project.captions(), QStringLiteral("typed by hand")));
        CaptionProposal proposal{CaptionAnswer{QStringLiteral("Boots on gravel"), QStringLiteral("music"),
                                               QList<TimedCaption>{{0.5, 1.0, QStringLiteral("door creak")}}},
                                 QStringLiteral("moondream"), QStringLiteral("http://127.0.0.1:8080/v1"),
                                 QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)};
        const int before = project.undoStack().count();
        project.push(new core::AcceptCaptionCommand(&project.captions(), proposalValues(proposal)));
        QCOMPARE(project.undoStack().count(), before + 1);
        const auto check = [&] {
            QCOMPARE(project.captions().caption().text, QStringLiteral("Boots on gravel"));
            QCOMPARE(project.captions().caption().origin, core::CaptionOrigin::Mllm);
            QCOMPARE(project.captions().caption().source.model, QStringLiteral("moondream"));
            QCOMPARE(project.captions().negativePrompt(), QStringLiteral("music"));
            QCOMPARE(project.captions().segments().size(), 1);
            QCOMPARE(project.captions().segments().first().start, secondsToSamples(0.5));
        };
        check();
        const auto segmentId = project.captions().segments().first().id;
        project.undoStack().undo();
        QCOMPARE(project.captions().caption().text, QStringLiteral("typed by hand"));
        QCOMPARE(project.captions().caption().origin, core::CaptionOrigin::User);
        QVERIFY(project.captions().negativePrompt().isEmpty());
        QVERIFY(project.captions().segments().isEmpty());
        project.undoStack().redo();
        check();
        QCOMPARE(project.captions().segments().first().id, segmentId);
    }

    void theSourceIsOptionalInTheProjectFile()
    {
        const core::Caption withSource{QStringLiteral("rain"), core::CaptionOrigin::Mllm,
                                       core::CaptionSource{QStringLiteral("m"), QStringLiteral("http://h/v1"),
                                                           QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC)}};
        const QJsonObject json = core::JsonValueCodec::caption(withSource);
        QVERIFY(json.contains(QStringLiteral("source")));
        QCOMPARE(core::JsonValueCodec::caption(core::JsonFields(json)), withSource);
        // An older file's caption (no source) loads as before, and writing it adds nothing.
        const QJsonObject old{{QStringLiteral("text"), QStringLiteral("rain")}, {QStringLiteral("origin"), QStringLiteral("user")}};
        const core::Caption loaded = core::JsonValueCodec::caption(core::JsonFields(old));
        QVERIFY(loaded.source.isEmpty());
        QCOMPARE(core::JsonValueCodec::caption(loaded), old);
    }
};


QTEST_GUILESS_MAIN(TstCaptioning)
#include "tst_captioning.moc"
