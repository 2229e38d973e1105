// Replays the fuzzing corpus and every finding (tests/fuzz/corpus/<name>/, tests/fuzz/findings/<name>/) through the
// parsers' fuzz entry functions, so what the fuzzer once broke stays fixed in the normal suite, without clang.
#include "tests/fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using foley::fuzz::FuzzOutcome;

namespace {

QDir fuzzFolder()
{
    return QDir(qEnvironmentVariable("FOLEY_SOURCE_DIR") + QStringLiteral("/tests/fuzz"));
}

QStringList inputsOf(const QString& kind, const QString& target)
{
    QStringList files;
    const QDir folder(fuzzFolder().filePath(kind + QLatin1Char('/') + target));
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden, QDir::Name)) files << folder.filePath(name);
    return files;
}

}  // namespace

class TstFuzzReplay : public QObject {
    Q_OBJECT

private slots:
    void everyHarnessHasASeedCorpus()
    {
        const QStringList names = QString::fromLatin1(FOLEY_FUZZ_NAMES).split(QLatin1Char(','));
        QCOMPARE(static_cast<size_t>(names.size()), foley::fuzz::fuzzTargets().size());
        for (const QString& name : names) {
            QVERIFY2(foley::fuzz::findFuzzTarget(name.toStdString()), qPrintable(name));
            QVERIFY2(!inputsOf(QStringLiteral("corpus"), name).isEmpty(), qPrintable(name + " has no seed corpus"));
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const foley::fuzz::FuzzTarget& target : foley::fuzz::fuzzTargets()) {
            const QString name = QString::fromLatin1(target.name);
            for (const QString& kind : {QStringLiteral("corpus"), QStringLiteral("findings")})
                for (const QString& file : inputsOf(kind, name))
                    QTest::newRow(qPrintable(kind + QLatin1Char('/') + name + QLatin1Char('/') + QFileInfo(file).fileName()))
                        << name << file;
        }
    }

    // Every input ends in a verdict: accepted, or rejected with a message. Seeds named "valid-*" must be accepted
    // (they are the inputs the parser exists for, so a harness that rejects everything is caught).
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const FuzzOutcome outcome = foley::fuzz::findFuzzTarget(target.toStdString())
                                        ->run(reinterpret_cast<const uint8_t*>(bytes.constData()), static_cast<size_t>(bytes.size()));
        QVERIFY2(outcome != FuzzOutcome::RejectedWithoutMessage, "rejected without a message");
        if (QFileInfo(file).fileName().startsWith(QLatin1String("valid-"))) QCOMPARE(outcome, FuzzOutcome::Accepted);
    }
};

QTEST_GUILESS_MAIN(TstFuzzReplay)
#include "tst_fuzzreplay.moc"
