#include "inference/Engine.h"
#include "inference/pack/RandomPack.h"
#include "inference/pack/Sha256.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace foley;
using namespace foley::inference;

// Loading and refusing model packs: every broken-pack case gives its own ErrorCode and names what is wrong.
class TstModelPack : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;

    QString freshPack(const QString& name, bool withVocoder = true)
    {
        const QString folder = m_dir.filePath(name);
        RandomPackOptions options;
        options.withVocoder = withVocoder;
        const Result<ModelPackInfo> made = makeRandomPack(folder.toStdString(), options);
        if (!made) qWarning() << made.error().message.c_str();
        return made ? folder : QString();
    }

    static Error loadError(const QString& folder)
    {
        EngineOptions options;
        options.packFolder = folder.toStdString();
        const Result<std::unique_ptr<Engine>> engine = Engine::load(options);
        return engine ? Error{} : engine.error();
    }

    static void replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY2(text.contains(from), from.constData());
        text.replace(from, to);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pack = freshPack("good");
        QVERIFY(!m_pack.isEmpty());
    }

    void sha256KnownVectors()
    {
        QCOMPARE(Sha256::ofBytes("", 0), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::ofBytes("abc", 3), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::string million(1000000, 'a');
        QCOMPARE(Sha256::ofBytes(million.data(), million.size()),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void goodPackLoads()
    {
        EngineOptions options;
        options.packFolder = m_pack.toStdString();
        Result<std::unique_ptr<Engine>> engine = Engine::load(options);
        QVERIFY2(engine.ok(), engine.ok() ? "" : engine.error().message.c_str());
        QVERIFY((*engine)->hasNeuralVocoder());
        QCOMPARE((*engine)->pack().architecture.windowFrames, architectureFor(SizePreset::Tiny).windowFrames);
        QVERIFY((*engine)->pack().trainingDataJson.find("untrained-random") != std::string::npos);
    }

    // A load reports its progress and stops when cancelled, at any point of it: closing the editor never waits for
    // a pack to finish loading.
    void loadingReportsProgressAndCanBeCancelled()
    {
        EngineOptions options;
        options.packFolder = m_pack.toStdString();
        RunControl watched;
        std::vector<double> fractions;
        watched.progress = [&](double f) { fractions.push_back(f); };
        QVERIFY(Engine::load(options, &watched));
        QVERIFY(fractions.size() >= 2);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);
        for (size_t cancelAt : {size_t{0}, fractions.size() / 2, fractions.size() - 2}) {  // (the last report is "done")
            RunControl control;
            size_t reports = 0;
            control.progress = [&](double) {
                if (reports++ == cancelAt) control.cancel();
            };
            const Result<std::unique_ptr<Engine>> cancelled = Engine::load(options, &control);
            QVERIFY2(!cancelled, qPrintable(QString("cancelled at report %1 of %2").arg(cancelAt).arg(fractions.size())));
            QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        }
    }

    void missingFolder()
    {
        QCOMPARE(loadError(m_dir.filePath("does-not-exist")).code, ErrorCode::InferencePackMissing);
    }

    void missingManifest()
    {
        const QString folder = freshPack("no-manifest");
        QVERIFY(QFile::remove(folder + "/model.json"));
        const Error e = loadError(folder);
        QCOMPARE(e.code, ErrorCode::InferencePackMissing);
        QVERIFY(e.message.find("model.json") != std::string::npos);
    }

    void missingWeightFile()
    {
        const QString folder = freshPack("no-weights");
        QVERIFY(QFile::remove(folder + "/generator.pt"));
        const Error e = loadError(folder);
        QCOMPARE(e.code, ErrorCode::InferencePackMissing);
        QVERIFY(e.message.find("generator.pt") != std::string::npos);
    }

    void badJson()
    {
        const QString folder = freshPack("bad-json");
        replaceInFile(folder + "/model.json", "\"format\"", "\"format\" ::");
        QCOMPARE(loadError(folder).code, ErrorCode::InferencePackInvalid);
    }

    // A number where a whole number belongs is refused by name (nlohmann alone would cast 1e99 to int: undefined
    // behaviour, found by fuzz_model_json), as is a whole number beyond int.
    void fieldsThatAreNoWholeNumbersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("architecture 1e99") << QByteArray("\"width\": 32") << QByteArray("\"width\": 1e99") << QByteArray("width");
        QTest::newRow("architecture 32.5") << QByteArray("\"width\": 32") << QByteArray("\"width\": 32.5") << QByteArray("width");
        QTest::newRow("beyond int") << QByteArray("\"depth\": ") << QByteArray("\"depth\": 4294967296") << QByteArray("depth");
        QTest::newRow("format version") << QByteArray("\"formatVersion\": 1") << QByteArray("\"formatVersion\": -1e300")
                                        << QByteArray("formatVersion");
    }

    void fieldsThatAreNoWholeNumbersAreRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QByteArray, field);
        const QString folder = freshPack(QStringLiteral("number-") + QTest::currentDataTag());
        replaceInFile(folder + "/model.json", from, to);
        const Error e = loadError(folder);
        QCOMPARE(e.code, ErrorCode::InferencePackInvalid);
        QVERIFY2(e.message.find("'" + field.toStdString() + "' is not a whole number") != std::string::npos, e.message.c_str());
    }

    void unknownFormatVersion()
    {
        const QString folder = freshPack("future");
        replaceInFile(folder + "/model.json", "\"formatVersion\": 1", "\"formatVersion\": 7");
        const Error e = loadError(folder);
        QCOMPARE(e.code, ErrorCode::InferencePackVersion);
        QVERIFY(e.message.find("7") != std::string::npos);
    }

    void checksumMismatch()
    {
        const QString folder = freshPack("tampered");
        QFile f(folder + "/vocoder.pt");
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
        f.close();
        const Error e = loadError(folder);
        QCOMPARE(e.code, ErrorCode::InferencePackChecksum);
        QVERIFY(e.message.find("vocoder.pt") != std::string::npos);
    }

    void shapeMismatchNamesParameter()
    {
        // The manifest says a wider denoiser than the weights hold (checksums stay valid: only model.json changes).
        const QString folder = freshPack("wrong-shape");
        replaceInFile(folder + "/model.json", "\"width\": 32", "\"width\": 48");
        const Error e = loadError(folder);
        QCOMPARE(e.code, ErrorCode::InferencePackShape);
        QVERIFY2(e.message.find("parameter '") != std::string::npos, e.message.c_str());
    }

    void melMismatchNamesField()
    {
        const QString folder = freshPack("other-mel");
        replaceInFile(folder + "/model.json", "\"fMax\": 8000.0", "\"fMax\": 7600.0");
        const Error e = loadError(folder);
        QCOMPARE(e.code, ErrorCode::InferenceMelMismatch);
        QVERIFY2(e.message.find("fMax") != std::string::npos, e.message.c_str());
    }

    void packWithoutVocoderUsesGriffinLim()
    {
        const QString folder = freshPack("no-vocoder", false);
        EngineOptions options;
        options.packFolder = folder.toStdString();
        options.griffinLimIterations = 4;
        Result<std::unique_ptr<Engine>> engine = Engine::load(options);
        QVERIFY(engine.ok());
        QVERIFY(!(*engine)->hasNeuralVocoder());
        GenerationRequest request;
        request.durationSamples = 8000;
        request.steps = 2;
        RunControl control;
        const Result<GenerationResult> result = (*engine)->generate(request, control);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        QCOMPARE(result->report.vocoder, std::string("griffin-lim"));
        QCOMPARE(static_cast<int64_t>(result->audio.frameCount()), int64_t{8000});
    }
};

QTEST_GUILESS_MAIN(TstModelPack)
#include "tst_modelpack.moc"
