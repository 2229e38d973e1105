// Killing (SIGKILL) `generate --add-take`, `export` and a project save at random moments, 20 times each, loses
// nothing: the project always passes `check` and is the previous or the next version, whole; no partial file ever
// sits at a destination path; the temp files a killed writer leaves are gone once the next run starts. And the
// editor's autosave brings back the edits made up to the last autosave after a kill.
#include "app/gui/EditorSession.h"
#include "app/services/ProjectCheck.h"
#include "core/media/MediaProbe.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectPaths.h"
#include "inference/pack/RandomPack.h"
#include "tests/hardening/CrashHelperOnsets.h"
#include "tests/hardening/HardeningSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace foley;

namespace {

constexpr int kKills = 20;

int onsetCount(const QString& project)
{
    Result<core::LoadedProject> loaded = core::ProjectFile::load(project, core::MediaPolicy::AllowMissing);
    return loaded ? loaded->project->onsets().count() : -1;
}

int takeCount(const QString& project)
{
    Result<core::LoadedProject> loaded = core::ProjectFile::load(project, core::MediaPolicy::AllowMissing);
    return loaded ? loaded->project->takes().count() : -1;
}

// The WAVs and MP4s of `folder` all open as media with a duration (a destination is only ever a whole file).
QStringList brokenMediaIn(const QString& folder)
{
    QStringList broken;
    for (const QString& name : QDir(folder).entryList({"*.wav", "*.mp4"}, QDir::Files)) {
        const Result<media::MediaInfo> probed = media::probeMedia(QFile::encodeName(QDir(folder).filePath(name)).toStdString());
        if (!probed || probed->durationSeconds <= 0) broken << name;
    }
    return broken;
}

// Where a run on `project` writes: its folder (project, autosave) and its takes folder.
QStringList writtenFolders(const QString& project)
{
    return {QFileInfo(project).absolutePath(), core::ProjectPaths::takesFolder(project)};
}

// Whether a killed writer left a temp file beside `project` or in its takes folder (it died while writing one).
bool diedWhileWriting(const QString& project)
{
    const QStringList folders = writtenFolders(project);
    return std::any_of(folders.begin(), folders.end(), [](const QString& folder) { return !test::tempFilesIn(folder).isEmpty(); });
}

}  // namespace

class TstCrashSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;
    QString m_video;
    QRandomGenerator m_random{19};  // fixed: the same kill moments at every run

    QString newProject(const QString& name)
    {
        const QString project = m_dir.filePath(name);
        const QString onsets = m_dir.filePath(QStringLiteral("onsets.csv"));
        QFile csv(onsets);
        if (!csv.open(QIODevice::WriteOnly)) return {};
        csv.write("time,strength\n0.25,1.0\n0.9,0.6\n1.5,0.8\n");
        csv.close();
        QByteArray err;
        const int exit = test::runToEnd(test::cliPath(), {"new", m_video, "--out", project, "--caption", "wood knock", "--onsets", onsets},
                                        nullptr, &err);
        return exit == 0 ? project : QString();
    }

    QStringList generateArgs(const QString& project) const
    {
        return {"generate", project, "--add-take", "--steps", "2", "--no-library", "--model", m_pack};
    }

    // Wall time of one uninterrupted run: the window the kill moments are drawn from.
    static int timedRunMs(const QString& program, const QStringList& args)
    {
        QElapsedTimer timer;
        timer.start();
        QByteArray err;
        const int exit = test::runToEnd(program, args, nullptr, &err);
        if (exit != 0) qWarning("%s", err.constData());
        return exit == 0 ? static_cast<int>(timer.elapsed()) : -1;
    }

    void expectWholeProject(const QString& project)
    {
        const QStringList problems = app::checkProject(project);  // opening it also removes the temp files
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(test::tempFilesIn(QFileInfo(project).absolutePath()).isEmpty(), "temp files left beside the project");
        const QString takes = core::ProjectPaths::takesFolder(project);
        QVERIFY2(test::tempFilesIn(takes).isEmpty(), "temp files left in the takes folder");
        QVERIFY2(brokenMediaIn(takes).isEmpty(), qPrintable(brokenMediaIn(takes).join(QLatin1Char(' '))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!test::cliPath().isEmpty());
        m_pack = m_dir.filePath(QStringLiteral("pack"));
        QVERIFY(inference::makeRandomPack(m_pack.toStdString(), {}).ok());
        m_video = test::makeVideo(m_dir.path(), QStringLiteral("clip.mp4"));
        QVERIFY(!m_video.isEmpty());
    }

    void checkCommandReportsProblemsOnePerLine()
    {
        const QString project = newProject(QStringLiteral("checked.foley"));
        QVERIFY(!project.isEmpty());
        QByteArray out;
        QCOMPARE(test::runToEnd(test::cliPath(), {"check", project}, &out), 0);
        QCOMPARE(out.trimmed(), QByteArray("ok"));

        Result<core::LoadedProject> loaded = core::ProjectFile::load(project);
        QVERIFY(loaded.ok());
        core::ProjectState state = loaded->project->state();
        state.onsets.first().time = secondsToSamples(60.0);  // beyond the 2-second video
        core::Take take;
        take.id = 99;
        take.name = QStringLiteral("lost");
        take.audioPath = m_dir.filePath(QStringLiteral("no-such-take.wav"));
        state.takes.push_back(take);
        QVERIFY(loaded->project->restoreState(state).ok());
        QVERIFY(core::ProjectFile::save(*loaded->project, project).ok());

        QByteArray err;
        QCOMPARE(test::runToEnd(test::cliPath(), {"check", project}, &out, &err), 1);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains("no-such-take.wav") && lines.at(0).contains("missing"), lines.at(0).constData());
        QVERIFY2(lines.at(1).contains("outside the video"), lines.at(1).constData());
        QVERIFY2(err.startsWith("error: ") && err.count('\n') == 1, err.constData());

        QFile::resize(project, 40);  // cut short, as a copy that failed midway
        QCOMPARE(test::runToEnd(test::cliPath(), {"check", project}, &out), 1);
        QVERIFY2(out.contains("not valid JSON"), out.constData());
    }

    void killedGenerateAddTakeLosesNothing()
    {
        const QString project = newProject(QStringLiteral("generate.foley"));
        QVERIFY(!project.isEmpty());
        const int runMs = timedRunMs(test::cliPath(), generateArgs(project));
        QVERIFY(runMs > 0);
        int killed = 0;
        int midWrite = 0;
        for (int i = 0; i < kKills; ++i) {
            const int before = takeCount(project);
            const QByteArray previous = test::fileBytes(project);
            QProcess generate;
            generate.start(test::cliPath(), generateArgs(project));
            // Every other run is killed the moment it starts writing a file (a random delay seldom lands there).
            const bool wasKilled = i % 2 == 0 ? test::killAfter(generate, m_random.bounded(runMs))
                                              : test::killWhileWriting(generate, writtenFolders(project));
            killed += wasKilled ? 1 : 0;
            midWrite += diedWhileWriting(project) ? 1 : 0;
            const int after = takeCount(project);
            QVERIFY2(after == before || after == before + 1, qPrintable(QStringLiteral("%1 -> %2 takes").arg(before).arg(after)));
            if (after == before) QCOMPARE(test::fileBytes(project), previous);  // untouched, not rewritten halfway
            if (!wasKilled) QCOMPARE(after, before + 1);
            expectWholeProject(project);
        }
        qInfo("generate --add-take: %d of %d runs killed midway, %d while writing a file (run: %d ms)", killed, kKills, midWrite,
              runMs);
        QVERIFY(killed >= kKills / 2);
        QVERIFY(midWrite >= kKills / 4);  // the runs killed as they began writing did die mid-write
    }

    void killedExportLosesNothing()
    {
        const QString project = newProject(QStringLiteral("export.foley"));
        QVERIFY(!project.isEmpty());
        QCOMPARE(test::runToEnd(test::cliPath(), generateArgs(project)), 0);
        Result<core::LoadedProject> loaded = core::ProjectFile::load(project);
        QVERIFY(loaded.ok() && loaded->project->takes().activeTake());
        const QString take = loaded->project->takes().activeTake()->audioPath;
        const QString folder = m_dir.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        const QString out = QDir(folder).filePath(QStringLiteral("final.mp4"));
        const QStringList args{"export", project, "--audio", take, "--out", out};
        const int runMs = timedRunMs(test::cliPath(), args);
        QVERIFY(runMs > 0);
        int killed = 0;
        int midWrite = 0;
        for (int i = 0; i < kKills; ++i) {
            QProcess exporter;
            exporter.start(test::cliPath(), args);
            killed += test::killAfter(exporter, m_random.bounded(runMs)) ? 1 : 0;
            midWrite += test::tempFilesIn(folder).isEmpty() ? 0 : 1;
            QVERIFY2(brokenMediaIn(folder).isEmpty(), "a partial MP4 at the destination");
            QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);  // only final.mp4; temp files are hidden
        }
        qInfo("export: %d of %d runs killed midway, %d while writing the MP4 (run: %d ms)", killed, kKills, midWrite, runMs);
        QVERIFY(killed >= kKills / 2);
        QCOMPARE(test::runToEnd(test::cliPath(), args), 0);  // the next start cleans up
        QCOMPARE(test::tempFilesIn(folder), QStringList());
        expectWholeProject(project);
    }

    void killedSaveLosesNothing()
    {
        const QString project = newProject(QStringLiteral("save.foley"));
        QVERIFY(!project.isEmpty());
        int previous = onsetCount(project);
        int killed = 0;
        int midWrite = 0;
        for (int i = 0; i < kKills; ++i) {
            QProcess saver;
            saver.start(test::crashHelperPath(), {"save-loop", project});
            killed += (i % 2 == 0 ? test::killAfter(saver, 300 + m_random.bounded(1500))
                                  : test::killWhileWriting(saver, writtenFolders(project)))
                ? 1
                : 0;
            midWrite += diedWhileWriting(project) ? 1 : 0;
            // Whole versions only: the one before this run, one this run reported saving, or the one it was writing
            // when killed (renamed into place but not yet reported).
            QSet<int> whole{previous, test::kSaveLoopBaseOnsets};
            for (const QByteArray& line : saver.readAllStandardOutput().split('\n')) {
                if (!line.startsWith("saved ")) continue;
                whole << line.mid(6).toInt() << line.mid(6).toInt() + 1;
            }
            const int onDisk = onsetCount(project);
            QVERIFY2(whole.contains(onDisk), qPrintable(QStringLiteral("%1 onsets on disk").arg(onDisk)));
            previous = onDisk;
            expectWholeProject(project);
        }
        qInfo("save: %d of %d runs killed, %d while writing the project", killed, kKills, midWrite);
        QCOMPARE(killed, kKills);
        QVERIFY(midWrite >= kKills / 4);
    }

    void autosaveRecoversEditsAfterAKill()
    {
        const QString project = newProject(QStringLiteral("autosave.foley"));
        QVERIFY(!project.isEmpty());
        const QByteArray saved = test::fileBytes(project);
        constexpr int kIntervalMs = 200;
        for (int i = 0; i < 5; ++i) {
            QProcess editor;
            editor.start(test::crashHelperPath(), {"autosave-edits", project, QString::number(kIntervalMs)});
            // Killed a few autosave periods after it began editing (its start-up time varies with the machine's load).
            QVERIFY(editor.waitForReadyRead(60000));
            QVERIFY(test::killAfter(editor, 3 * kIntervalMs + m_random.bounded(4 * kIntervalMs)));
            const QList<QByteArray> lines = editor.readAllStandardOutput().trimmed().split('\n');
            const int lastEdit = lines.last().startsWith("edit ") ? lines.last().mid(5).toInt() : 0;
            QVERIFY2(lastEdit > 0, "the editor made no edit before the kill");
            QCOMPARE(test::fileBytes(project), saved);  // autosave never touches the project file

            app::EditorSession session;
            QVERIFY(session.hasNewerAutosave(project));
            QVERIFY(session.open(project, /*recoverAutosave*/ true).ok());
            QVERIFY(session.project()->isModified());
            QStringList recovered;
            for (const core::Onset& onset : session.project()->onsets().onsets())
                if (onset.label.startsWith(QLatin1String("edit "))) recovered << onset.label;
            // The first m edits, in order, with m > 0: what the last autosave held (later ones may be lost).
            QVERIFY2(!recovered.isEmpty() && recovered.size() <= lastEdit, qPrintable(QString::number(recovered.size())));
            for (int k = 1; k <= recovered.size(); ++k) QVERIFY(recovered.contains(test::editOnset(k).label));
            qInfo("autosave: killed after %d edits, %lld recovered", lastEdit, static_cast<long long>(recovered.size()));
            QVERIFY(core::ProjectFile::discardAutosave(project));
        }
    }
};

QTEST_GUILESS_MAIN(TstCrashSafety)
#include "tst_crashsafety.moc"
