// The model pack the product ships (resources/models/default) loads, its files match their checksums, and it
// generates: a change that made the shipped pack unloadable, or its weights unusable, fails here.
#include "inference/Engine.h"
#include "inference/pack/ModelPackInfo.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace foley;
using namespace foley::inference;

class TstShippedPack : public QObject {
    Q_OBJECT

private:
    static QString packFolder() { return QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../resources/models/default")).absolutePath(); }

private slots:
    void loadsAndGeneratesNeurally()
    {
        EngineOptions options;
        options.packFolder = packFolder().toStdString();
        Result<std::unique_ptr<Engine>> engine = Engine::load(options);
        QVERIFY2(engine, engine ? "" : engine.error().message.c_str());
        QVERIFY((*engine)->hasNeuralVocoder());
        QCOMPARE(QString::fromStdString((*engine)->pack().name), QStringLiteral("foleyforge-default"));
        GenerationRequest r;
        r.render = RenderMode::Neural;  // no library: the model alone, fast
        r.caption = "a wooden door knocks twice";
        r.durationSamples = 2 * kModelRate;
        r.steps = 4;
        r.temporalCurve.assign(201, 0.0f);
        r.temporalCurve[50] = r.temporalCurve[120] = 1.0f;
        RunControl control;
        Result<GenerationResult> take = (*engine)->generate(r, control);
        QVERIFY2(take, take ? "" : take.error().message.c_str());
        QCOMPARE(take->audio.frameCount(), size_t{2 * kModelRate});
        double energy = 0.0;
        for (float v : take->audio.samples()) {
            QVERIFY(std::isfinite(v));
            energy += static_cast<double>(v) * v;
        }
        QVERIFY(energy > 1e-6);
    }

    void aDamagedCopyIsRefusedByItsChecksum()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("pack"));
        QDir().mkpath(copy);
        for (const QString& name : QDir(packFolder()).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(packFolder()).filePath(name), QDir(copy).filePath(name)));
        QFile vocab(QDir(copy).filePath(QStringLiteral("vocab.txt")));
        QVERIFY(vocab.open(QIODevice::Append));
        vocab.write("tampered\n");
        vocab.close();
        EngineOptions options;
        options.packFolder = copy.toStdString();
        Result<std::unique_ptr<Engine>> engine = Engine::load(options);
        QVERIFY(!engine);
        QCOMPARE(engine.error().code, ErrorCode::InferencePackChecksum);
    }
};

QTEST_GUILESS_MAIN(TstShippedPack)
#include "tst_shippedpack.moc"
