#include "core/dsp/Resampler.h"
#include "core/media/WavFile.h"
#include "core/project/ProjectFile.h"
#include "inference/pack/RandomPack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <tuple>

// `foleyforge-cli generate PROJECT.foley`: the project's caption, negative prompt, onsets and settings by default,
// options override them; the same GenerationRequestBuilder as the editor's Generate button. Tiny random pack;
// --no-library where the test counts sampler steps (a retrieved scaffold starts part-way and runs fewer).
class TstCliGenerate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;
    QString m_project;

    struct Run {
        int exitCode = -1;
        QJsonObject report;
        QByteArray err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("FOLEY_CLI"), args);
        p.waitForFinished(180000);
        Run run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, {}, p.readAllStandardError()};
        run.report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        return run;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) return {};
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariable("FOLEY_CLI").isEmpty());
        m_pack = m_dir.filePath(QStringLiteral("pack"));
        QVERIFY(foley::inference::makeRandomPack(m_pack.toStdString(), {}).ok());
        const QString video = m_dir.filePath(QStringLiteral("clip.mp4"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), {"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=25",
                                                "-pix_fmt", "yuv420p", video});
        QVERIFY(ffmpeg.waitForFinished(60000));
        QCOMPARE(ffmpeg.exitCode(), 0);
        const QString onsets = writeFile(QStringLiteral("onsets.csv"), "time,strength\n0.25,1.0\n0.9,0.6\n1.5,0.8\n");
        m_project = m_dir.filePath(QStringLiteral("scene.foley"));
        QProcess make;
        make.start(qEnvironmentVariable("FOLEY_CLI"), {"new", video, "--out", m_project, "--caption", "wood knock",
                                                       "--negative", "music", "--onsets", onsets});
        QVERIFY(make.waitForFinished(60000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
    }

    void usesTheProjectsCaptionOnsetsAndLength()
    {
        const QString wav = m_dir.filePath(QStringLiteral("take.wav"));
        const Run run = cli({"generate", m_project, "--steps", "2", "--no-library", "--model", m_pack, "--out", wav});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.report.value("caption").toString(), QStringLiteral("wood knock, high quality"));
        QCOMPARE(run.report.value("negative").toString(), QStringLiteral("music"));
        QCOMPARE(run.report.value("onsets").toInt(), 3);
        QCOMPARE(run.report.value("steps").toInt(), 2);
        QCOMPARE(run.report.value("samples").toInt(), 32000);  // the whole 2 s video at 16 kHz
        QCOMPARE(run.report.value("guidanceBranches").toInt(), 4);  // unconditional, caption, negative, video
        QVERIFY(QFile(wav).size() >= 32000 * 4);
    }

    void optionsOverrideTheProject()
    {
        const QString onsets = writeFile(QStringLiteral("one.csv"), "time,strength\n0.5,1.0\n");
        const Run run = cli({"generate", m_project, "--caption", "glass", "--negative", "", "--onsets", onsets, "--seed", "7",
                             "--steps", "3", "--cfg", "2", "--duration", "1", "--no-library", "--model", m_pack,
                             "--out", m_dir.filePath(QStringLiteral("override.wav"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.report.value("caption").toString(), QStringLiteral("glass, high quality"));
        QCOMPARE(run.report.value("negative").toString(), QString());
        QCOMPARE(run.report.value("onsets").toInt(), 1);
        QCOMPARE(run.report.value("seed").toString(), QStringLiteral("7"));
        QCOMPARE(run.report.value("steps").toInt(), 3);
        QCOMPARE(run.report.value("samples").toInt(), 16000);
        QCOMPARE(run.report.value("guidanceBranches").toInt(), 3);  // no negative prompt any more
    }

    void sameSeedSameAudio()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.wav"));
        const QString b = m_dir.filePath(QStringLiteral("b.wav"));
        for (const QString& out : {a, b})
            QCOMPARE(cli({"generate", m_project, "--steps", "2", "--seed", "11", "--model", m_pack, "--out", out}).exitCode, 0);
        QFile fa(a);
        QFile fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QVERIFY(fa.readAll() == fb.readAll());
    }

    // --add-take: the take lands in the project as the editor's Generate leaves it (takes folder beside the project,
    // active, with the request's onsets, the model's name and onset metrics), and the project is saved; never
    // replacing an earlier take's WAV. A project path with a space and a non-ASCII letter.
    void addTakeSavesTheProjectWithANewActiveTake()
    {
        const QString project = m_dir.filePath(QStringLiteral("add take ü.foley"));
        QVERIFY(QFile::copy(m_project, project));
        QStringList takePaths;
        for (int i = 0; i < 2; ++i) {
            const Run run = cli({"generate", project, "--add-take", "--steps", "2", "--seed", "3", "--no-library", "--model", m_pack});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QString wav = run.report.value("out").toString();
            QVERIFY2(wav.startsWith(m_dir.filePath(QStringLiteral("add take ü.takes/take-"))), qPrintable(wav));
            QVERIFY(QFile::exists(wav));
            QVERIFY(!takePaths.contains(wav));
            takePaths.append(wav);
            QVERIFY(run.report.value("metrics").toObject().value("onsetF1").isDouble());
            QCOMPARE(run.report.value("take").toObject().value("project").toString(), project);
        }
        const auto loaded = foley::core::ProjectFile::load(project);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        const foley::core::TakeList& takes = loaded->project->takes();
        QCOMPARE(takes.count(), 2);
        const foley::core::Take& newest = takes.takes().last();
        QCOMPARE(takes.activeTakeId(), newest.id);
        QCOMPARE(QFileInfo(newest.audioPath).absoluteFilePath(), QFileInfo(takePaths.last()).absoluteFilePath());
        QCOMPARE(newest.onsets.size(), 3);
        QCOMPARE(newest.caption.text, QStringLiteral("wood knock"));
        QCOMPARE(newest.settings.seed, 3);
        QVERIFY(!newest.modelId.isEmpty());
        QVERIFY(newest.metrics.value("onsetF1").isDouble());
        QVERIFY(!loaded->project->isModified());

        const Run video = cli({"generate", m_dir.filePath(QStringLiteral("clip.mp4")), "--add-take", "--model", m_pack});
        QCOMPARE(video.exitCode, 2);
        QVERIFY(video.err.contains("--add-take needs a PROJECT.foley"));
    }

    // With a sound library (a synthetic one, given to the CLI the way a user installs one): the take is made of its
    // recordings at the asked rate, the report and the project name them, and `credits` lists them with licences.
    void takesFromALibraryCreditTheirRecordings()
    {
        const QString root = m_dir.filePath(QStringLiteral("sound library"));
        const QString corpus = root + QStringLiteral("/mine");
        QDir().mkpath(corpus + QStringLiteral("/clips/impact_wood"));
        QDir().mkpath(corpus + QStringLiteral("/native/impact_wood"));
        QByteArray manifest = "id,class,split,package,version,licence,source,duration_s,path,native_path,sample_rate,channels,"
                              "attacks_per_s,unsteadiness_db,hf_attacks_per_s\n";
        for (int k = 0; k < 4; ++k) {
            std::vector<float> hit(48000 * 3 / 10, 0.0f);
            for (size_t i = 480; i < hit.size(); ++i)
                hit[i] = static_cast<float>(0.8 * std::exp(-static_cast<double>(i) / 4800.0) * std::sin(0.05 * (k + 2) * static_cast<double>(i)));
            const QString id = QStringLiteral("w%1").arg(k);
            QVERIFY(foley::media::writeWav(QString(corpus + "/native/impact_wood/" + id + ".wav").toStdString(), foley::AudioBuffer(hit, 48000, 1)));
            QVERIFY(foley::media::writeWav(QString(corpus + "/clips/impact_wood/" + id + ".wav").toStdString(),
                                           foley::dsp::resampled(foley::AudioBuffer(hit, 48000, 1), 16000)));
            manifest += QStringLiteral("%1,impact_wood,train,testpkg,1,\"CC-BY-4.0, Someone\",sounds/%1.wav,0.3,clips/impact_wood/%1.wav,"
                                       "native/impact_wood/%1.wav,48000,1,,,\n").arg(id).toUtf8();
        }
        QFile file(corpus + QStringLiteral("/manifest.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(manifest);
        file.close();
        const QString project = m_dir.filePath(QStringLiteral("credits.foley"));
        QVERIFY(QFile::copy(m_project, project));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FOLEYFORGE_SOUND_LIBRARY"), root);
        auto withLibrary = [&](const QStringList& args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("FOLEY_CLI"), args);
            p.waitForFinished(180000);
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        const auto [code, out, err] = withLibrary({"generate", project, "--add-take", "--steps", "2", "--rate", "44100", "--model", m_pack});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value("render").toString(), QStringLiteral("recordings"));
        QCOMPARE(report.value("sampleRate").toInt(), 44100);
        const QJsonArray events = report.value("provenance").toObject().value("events").toArray();
        QCOMPARE(events.size(), 3);  // the project's three onsets
        for (const QJsonValue& e : events) QVERIFY(e.toObject().value("file").toString().startsWith(corpus + QStringLiteral("/native/")));

        const auto [creditsCode, csv, creditsErr] = withLibrary({"credits", project});
        QVERIFY2(creditsCode == 0, creditsErr.constData());
        const QList<QByteArray> rows = csv.trimmed().split('\n');
        QCOMPARE(rows.first(), QByteArray("file,package,licence,source,uses"));
        int uses = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QVERIFY(rows[r].contains("testpkg,\"CC-BY-4.0, Someone\",sounds/w"));
            uses += rows[r].split(',').last().toInt();
        }
        QCOMPARE(uses, 3);
        const QString csvFile = m_dir.filePath(QStringLiteral("credits out.csv"));
        QCOMPARE(std::get<0>(withLibrary({"credits", project, "--out", csvFile})), 0);
        QFile written(csvFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), csv);

        const auto [rateCode, rateOut, rateErr] = withLibrary({"generate", project, "--rate", "4000", "--out", m_dir.filePath("r.wav")});
        QCOMPARE(rateCode, 2);
        QVERIFY(rateErr.contains("--rate"));
        const auto [renderCode, renderOut, renderErr] = withLibrary({"generate", project, "--render", "vocoder", "--out", m_dir.filePath("r.wav")});
        QCOMPARE(renderCode, 2);
        QVERIFY(renderErr.contains("--render"));
    }

    void errorsAreOneLine()
    {
        Run run = cli({"generate", m_project, "--steps", "0", "--model", m_pack, "--out", m_dir.filePath(QStringLiteral("x.wav"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("error: ") && run.err.count('\n') == 1);
        const QString broken = writeFile(QStringLiteral("broken.foley"), "{\"format\": \"foleyforge-project\", \"version\": 1, ");
        run = cli({"generate", broken, "--model", m_pack, "--out", m_dir.filePath(QStringLiteral("x.wav"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith("error: ") && run.err.count('\n') == 1);
        QVERIFY(run.err.contains("broken.foley"));
        run = cli({"generate", m_project, "--model", m_dir.filePath(QStringLiteral("no-pack")), "--out", m_dir.filePath(QStringLiteral("x.wav"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith("error: ") && run.err.count('\n') == 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.wav"))));
    }
};

QTEST_GUILESS_MAIN(TstCliGenerate)
#include "tst_cligenerate.moc"
