// foleyforge-train end to end on a tiny synthetic corpus (made at test time) and the tiny architecture: a generator
// run that stops and resumes from its checkpoint, a vocoder run, a pack the engine loads, the evaluation's JSON,
// the class judge checked on recordings it never heard, rendered scenes, and clear errors for bad input.
#include "core/media/WavFile.h"
#include "core/types/SampleTime.h"
#include "inference/Engine.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace foley;

namespace {

AudioBuffer burst(double hz, double seconds, double decay, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 0.2f);
    std::vector<float> x(static_cast<size_t>(seconds * kModelRate));
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = static_cast<double>(i) / kModelRate;
        x[i] = static_cast<float>(std::exp(-t * decay) * (0.6 * std::sin(2 * M_PI * hz * t) + (hz < 1 ? n(rng) : 0.0f)));
    }
    return AudioBuffer(std::move(x), kModelRate, 1);
}

// "step,loss,detail" of every row of a loss.csv (its seconds column differs from run to run).
QStringList lossColumns(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QStringList rows = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    rows.removeFirst();  // header
    for (QString& row : rows) {
        const QStringList c = row.split(',');
        row = c.value(0) + ',' + c.value(2) + ',' + c.value(3);
    }
    return rows;
}

QByteArray fileBytes(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run train(const QStringList& args)
{
    QProcess p;
    p.start(FOLEY_TRAIN_EXECUTABLE, args);
    Run r;
    if (!p.waitForFinished(240000)) return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace

class TstTrainingRun : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir corpus(path("corpus ä"));
        QDir().mkpath(corpus.absolutePath());
        QFile manifest(corpus.filePath("manifest.csv"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("id,class,split,package,version,licence,source,duration_s,path\n");
        const struct { const char* cls; double hz; double decay; } classes[] = {{"impact_metal", 900, 10}, {"footstep", 0, 30}, {"door", 200, 4}};
        unsigned seed = 0;
        for (const auto& c : classes)
            for (int i = 0; i < 6; ++i) {
                const QString id = QString("%1%2").arg(c.cls).arg(i), rel = QString("clips/%1.wav").arg(id);
                QDir().mkpath(corpus.filePath("clips"));
                QVERIFY(media::writeWav(corpus.filePath(rel).toStdString(), burst(c.hz + 40 * i, 0.4, c.decay, ++seed)));
                manifest.write(QString("%1,%2,%3,fixture,1,CC0,%1.wav,0.4,%4\n").arg(id, c.cls, i < 4 ? "train" : "test", rel).toUtf8());
            }
    }

    void generatorRunStopsAndResumes()
    {
        const QStringList common{"generator", "--corpus", path("corpus ä"), "--checkpoint", path("gen"), "--size", "tiny", "--batch", "2"};
        Run first = train(common + QStringList{"--steps", "3"});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains("3 of 3 done"));
        Run second = train(common + QStringList{"--steps", "5"});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains("resumed at step 3"), qPrintable(second.out));
        QVERIFY(second.out.contains("5 of 5 done"));
        QFile loss(path("gen/loss.csv"));
        QVERIFY(loss.open(QIODevice::ReadOnly));
        QCOMPARE(loss.readAll().count('\n'), 6);  // header + one row per step of both runs
        QVERIFY(QFile::exists(path("gen/loss.png")));
        QVERIFY(QFile::exists(path("gen/generator-ema.pt")) && QFile::exists(path("gen/vocab.txt")));
    }

    // A run that stops at its budget and resumes ends exactly where an uninterrupted run ends: same losses at every
    // step, same weights (the random streams are part of the checkpoint).
    void resumedRunsEqualUninterruptedOnes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("weights");
        QTest::newRow("generator") << "generator" << "generator-ema.pt";
        QTest::newRow("vocoder") << "vocoder" << "vocoder.pt";
    }
    void resumedRunsEqualUninterruptedOnes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, weights);
        auto run = [&](const QString& folder, const QStringList& extra) {
            const Run r = train(QStringList{kind, "--corpus", path("corpus ä"), "--checkpoint", path(folder), "--size", "tiny",
                                            "--batch", "2", "--steps", "4", "--threads", "1"} + extra);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        };
        run(kind + "-whole", {});
        run(kind + "-parts", {"--run-steps", "2"});
        QCOMPARE(lossColumns(path(kind + "-parts/loss.csv")).size(), 2);  // stopped at its step budget
        run(kind + "-parts", {"--run-steps", "2"});
        const QStringList whole = lossColumns(path(kind + "-whole/loss.csv")), parts = lossColumns(path(kind + "-parts/loss.csv"));
        QCOMPARE(whole.size(), 4);
        QCOMPARE(parts, whole);
        QCOMPARE(fileBytes(path(kind + "-parts/" + weights)), fileBytes(path(kind + "-whole/" + weights)));
        const Run bad = train({kind, "--corpus", path("corpus ä"), "--checkpoint", path("x"), "--run-steps", "-1"});
        QCOMPARE(bad.exitCode, 2);
    }

    void vocoderRunAndPackLoadInTheEngine()
    {
        Run vocoder = train({"vocoder", "--corpus", path("corpus ä"), "--checkpoint", path("voc"), "--size", "tiny", "--steps", "2", "--batch", "2"});
        QVERIFY2(vocoder.exitCode == 0, qPrintable(vocoder.err));
        Run pack = train({"pack", "--generator", path("gen"), "--vocoder", path("voc"), "--out", path("pack")});
        QVERIFY2(pack.exitCode == 0, qPrintable(pack.err));
        inference::EngineOptions options;
        options.packFolder = path("pack").toStdString();
        Result<std::unique_ptr<inference::Engine>> engine = inference::Engine::load(options);
        QVERIFY2(engine, engine ? "" : engine.error().message.c_str());
        QVERIFY((*engine)->hasNeuralVocoder());
    }

    void evaluationWritesEveryFigure()
    {
        Run eval = train({"eval", "--pack", path("pack"), "--corpus", path("corpus ä"), "--out", path("metrics.json"), "--work",
                          path("eval"), "--scenes", "1", "--seconds", "2", "--steps", "2", "--judge-scenes", "4", "--judge-steps", "20"});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err + eval.out));
        QFile file(path("metrics.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject m = QJsonDocument::fromJson(file.readAll()).object();
        for (const char* variant : {"recordings", "recordings_without_model", "full", "temporal_strength_0", "text_only_no_video",
                                    "without_prompt_tokens", "without_retrieval", "retrieved_scaffold_only"}) {
            const QJsonObject v = m["variants"][variant].toObject();
            QVERIFY2(v["generations"].toInt() == 3, variant);  // one scene per class
            QVERIFY(v.contains("onsets_aubioonset") && v.contains("class_accuracy"));
            for (const char* detector : {"onsets_ours", "onsets_aubioonset"}) {
                const double f1 = v[detector]["f1"].toDouble();
                QVERIFY2(f1 >= 0.0 && f1 <= 1.0, variant);
            }
            const double classAccuracy = v["class_accuracy"].toDouble();
            QVERIFY2(classAccuracy >= 0.0 && classAccuracy <= 1.0, variant);
        }
        // Recordings placed on the onsets keep time whatever the (barely trained) pack draws.
        QVERIFY(m["variants"]["recordings"]["onsets_ours"]["f1"].toDouble() >= 0.8);
        const QJsonObject realism = m["realism"].toObject();
        for (const char* render : {"recordings", "recordings_without_model", "full", "retrieved_scaffold_only"}) {
            const double d = realism[render]["discriminator_accuracy"].toDouble();
            QVERIFY2(d >= 0.0 && d <= 1.0, render);
        }
        QCOMPARE(realism["full"]["high_band_share"].toDouble(), 0.0);  // a 16 kHz render has nothing above 8 kHz
        const double diversity = realism["diversity"]["share_of_events_with_another_recording"].toDouble();
        QVERIFY(diversity >= 0.0 && diversity <= 1.0);
        QVERIFY(realism["diversity"]["events_compared"].toInt() > 0);
        QVERIFY(m["vocoder_reconstruction"]["recordings"].toInt() > 0);
        QVERIFY(m["negative_prompt"]["scenes"].toInt() > 0);
        QVERIFY(QDir(path("eval")).entryList({"*.wav"}).size() >= 18);
    }

    void judgeTellsTheClassesOfRecordingsItNeverHeard()
    {
        // Learns from the 2 test recordings per class, is checked on scenes of the 4 train recordings per class.
        Run judge = train({"judge", "--corpus", path("corpus ä"), "--scenes", "40", "--steps", "400", "--check-scenes", "10",
                           "--out", path("judge.json")});
        QVERIFY2(judge.exitCode == 0, qPrintable(judge.err + judge.out));
        QFile file(path("judge.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(j["classes_judged"].toInt(), 3);
        QVERIFY2(j["training_accuracy"].toDouble() > 0.9, qPrintable(judge.out));
        const QJsonObject unheard = j["real_scenes_train_split"].toObject();
        QCOMPARE(unheard["scenes"].toInt(), 30);
        QVERIFY2(unheard["accuracy"].toDouble() >= 0.8, qPrintable(judge.out));  // chance is 1/3
        QCOMPARE(j["real_scenes_validation_split"]["scenes"].toInt(), 0);  // the fixture has no validation split
    }

    void scenesAreRenderedAsFiles()
    {
        Run scenes = train({"scenes", "--corpus", path("corpus ä"), "--out", path("scenes"), "--split", "train", "--count", "2", "--size", "64", "--seconds", "2"});
        QVERIFY2(scenes.exitCode == 0, qPrintable(scenes.err));
        QCOMPARE(QDir(path("scenes")).entryList({"*.wav"}).size(), 2);
        QCOMPARE(QDir(path("scenes")).entryList({"*-onsets.csv"}).size(), 2);
        QCOMPARE(QDir(path("scenes")).entryList({"*.mp4"}).size(), 2);
    }

    void badInputGetsAClearMessage()
    {
        Run missing = train({"generator", "--corpus", path("nowhere"), "--checkpoint", path("x")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QRegularExpression("(^|\\n)error: no sound library")), qPrintable(missing.err));
        QCOMPARE(train({"generator"}).exitCode, 2);
        Run badPack = train({"pack", "--generator", path("nowhere"), "--out", path("p2")});
        QCOMPARE(badPack.exitCode, 1);
        QVERIFY(!QFile::exists(path("p2/model.json")));
    }
};

QTEST_GUILESS_MAIN(TstTrainingRun)
#include "tst_trainingrun.moc"
