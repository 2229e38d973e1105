// A full disk, stood in for by a file-size limit (RLIMIT_FSIZE with SIGXFSZ ignored: a write beyond it fails with
// EFBIG as one on a full file system fails with ENOSPC; mounting a small tmpfs needs privileges tests do not have).
// Saving, exporting, generating and indexing a library then fail with one clear error line, and nothing that was
// there before is lost or left half-written.
#include "core/project/ProjectFile.h"
#include "core/project/ProjectPaths.h"
#include "inference/pack/RandomPack.h"
#include "tests/hardening/HardeningSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace foley;

class TstFullDisk : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;
    QString m_video;
    QString m_project;
    QString m_take;

    struct Run {
        int exitCode = -1;
        QByteArray err;
    };

    static Run runLimited(const QString& program, const QStringList& args, qint64 limitBytes)
    {
        QProcess process;
        test::limitFileSizes(process, limitBytes);
        process.start(program, args);
        process.waitForFinished(600000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardError()};
    }

    // One `error:` line that names the disk as the cause (or SQLite's own words for it).
    static bool saysDiskFull(const QByteArray& err)
    {
        return err.startsWith("error: ") && err.count('\n') == 1
            && (err.contains("disk is full") || err.contains("database or disk is full") || err.contains("File too large"));
    }

    void expectNoTempFiles(const QString& folder)
    {
        QVERIFY2(test::tempFilesIn(folder).isEmpty(), qPrintable(test::tempFilesIn(folder).join(QLatin1Char(' '))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pack = m_dir.filePath(QStringLiteral("pack"));
        QVERIFY(inference::makeRandomPack(m_pack.toStdString(), {}).ok());
        m_video = test::makeVideo(m_dir.path(), QStringLiteral("clip.mp4"));
        QVERIFY(!m_video.isEmpty());
        m_project = m_dir.filePath(QStringLiteral("scene.foley"));
        QCOMPARE(test::runToEnd(test::cliPath(), {"new", m_video, "--out", m_project, "--caption", "wood knock"}), 0);
        QCOMPARE(test::runToEnd(test::cliPath(), {"generate", m_project, "--add-take", "--steps", "2", "--no-library", "--model", m_pack}), 0);
        Result<core::LoadedProject> loaded = core::ProjectFile::load(m_project);
        QVERIFY(loaded.ok() && loaded->project->takes().activeTake());
        m_take = loaded->project->takes().activeTake()->audioPath;
    }

    void saveKeepsThePreviousProject()
    {
        const QByteArray before = test::fileBytes(m_project);
        // 20000 onsets make a project of a few MB; the limit lets the old one (a few KB) be read, not the new written.
        const Run run = runLimited(test::crashHelperPath(), {"save-once", m_project, "20000"}, 256 * 1024);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(saysDiskFull(run.err) && run.err.contains("scene.foley"), run.err.constData());
        QCOMPARE(test::fileBytes(m_project), before);
        expectNoTempFiles(m_dir.path());
    }

    void exportKeepsThePreviousVideo()
    {
        const QString out = m_dir.filePath(QStringLiteral("final.mp4"));
        const QStringList args{"export", m_project, "--audio", m_take, "--out", out};
        QCOMPARE(test::runToEnd(test::cliPath(), args), 0);
        const QByteArray before = test::fileBytes(out);
        const Run run = runLimited(test::cliPath(), args, 16 * 1024);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(saysDiskFull(run.err) && run.err.contains("final.mp4"), run.err.constData());
        QCOMPARE(test::fileBytes(out), before);
        expectNoTempFiles(m_dir.path());
    }

    void generateKeepsTheProjectAndItsTakes()
    {
        const QByteArray before = test::fileBytes(m_project);
        const QString takes = core::ProjectPaths::takesFolder(m_project);
        const QStringList takeFiles = QDir(takes).entryList(QDir::Files);
        // A 2-second take at 48 kHz float is ~400 KB: beyond the limit.
        const Run run = runLimited(test::cliPath(), {"generate", m_project, "--add-take", "--steps", "2", "--no-library", "--model", m_pack},
                                   64 * 1024);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(saysDiskFull(run.err), run.err.constData());
        QCOMPARE(test::fileBytes(m_project), before);
        QCOMPARE(QDir(takes).entryList(QDir::Files), takeFiles);
        expectNoTempFiles(takes);

        const QString out = m_dir.filePath(QStringLiteral("loose.wav"));
        const Run loose = runLimited(test::cliPath(), {"generate", m_video, "--caption", "knock", "--steps", "2", "--no-library",
                                                       "--model", m_pack, "--out", out}, 64 * 1024);
        QCOMPARE(loose.exitCode, 1);
        QVERIFY2(saysDiskFull(loose.err) && loose.err.contains("loose.wav"), loose.err.constData());
        QVERIFY(!QFile::exists(out));
        expectNoTempFiles(m_dir.path());
    }

    void libraryIndexingKeepsTheIndex()
    {
        const QString index = m_dir.filePath(QStringLiteral("index/libraries.sqlite"));
        qputenv("FOLEYFORGE_LIBRARY_INDEX", QFile::encodeName(index));  // inherited by the CLI
        auto makeLibrary = [&](const QString& name, int files) {
            const QString folder = m_dir.filePath(name);
            QDir().mkpath(folder);
            for (int i = 0; i < files; ++i) {
                const QString wav = QDir(folder).filePath(QStringLiteral("DOORWood_Creaky Door Open %1_JD_Barn.wav").arg(i));
                if (test::runToEnd(QStringLiteral("ffmpeg"), {"-v", "error", "-y", "-f", "lavfi", "-i",
                                                              QStringLiteral("sine=frequency=%1:duration=0.2").arg(200 + 10 * i), wav}) != 0)
                    return QString();
            }
            return folder;
        };
        const QString first = makeLibrary(QStringLiteral("first library"), 2);
        const QString second = makeLibrary(QStringLiteral("second library"), 40);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(test::runToEnd(test::cliPath(), {"library", "add", first, "--name", "first"}), 0);

        const Run run = runLimited(test::cliPath(), {"library", "add", second, "--name", "second"}, QFileInfo(index).size());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(saysDiskFull(run.err), run.err.constData());
        QByteArray out;
        QCOMPARE(test::runToEnd(test::cliPath(), {"library", "list"}, &out), 0);
        QVERIFY2(out.contains("first\t") && out.contains("2 recordings"), out.constData());
        QCOMPARE(test::runToEnd(test::cliPath(), {"library", "search", "creaky"}, &out), 0);
        QVERIFY2(out.contains("first library"), out.constData());
        qunsetenv("FOLEYFORGE_LIBRARY_INDEX");
    }
};

QTEST_GUILESS_MAIN(TstFullDisk)
#include "tst_fulldisk.moc"
