// ProjectFile: save -> load -> save identical bytes on disk; broken files give clear errors; moved or
// changed media is detected; a failed save leaves the old file intact; autosave and recovery.

#include "CoreTestSupport.h"

#include "core/commands/OnsetCommands.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectFormat.h"
#include "core/project/ProjectPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace foley;
using namespace foley::core;

class TstProjectFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;   // a project folder with spaces and non-ASCII characters
    QString m_path;     // the .foley inside it
    QString m_video;

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool writeAll(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    // A saved project whose media exists (size and date recorded from disk).
    std::unique_ptr<Project> savedProject()
    {
        auto project = std::make_unique<Project>();
        ProjectState s = foley::core::testing::richState(m_video, ProjectPaths::takesFolder(m_path) + QStringLiteral("/take 1.wav"));
        if (!project->restoreState(s)) return nullptr;
        if (!project->mediaReference().setFileFromDisk(m_video)) return nullptr;
        if (!ProjectFile::save(*project, m_path)) return nullptr;
        return project;
    }

    static QString message(const Error& e) { return QString::fromStdString(e.message); }

private slots:
    // One rule for what a project file is, used by the editor, the CLI and Save As.
    void projectFileSuffixIsOneRule()
    {
        QVERIFY(isProjectFilePath(QStringLiteral("/a b/scène.foley")));
        QVERIFY(isProjectFilePath(QStringLiteral("C.FOLEY")));
        QVERIFY(!isProjectFilePath(QStringLiteral("clip.foley.mp4")));
        QVERIFY(!isProjectFilePath(QStringLiteral("foley")));
        QCOMPARE(withProjectSuffix(QStringLiteral("take")), QStringLiteral("take.foley"));
        QCOMPARE(withProjectSuffix(QStringLiteral("take.Foley")), QStringLiteral("take.Foley"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("Mein Projekt — ü 足音"));
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/media")));
        m_path = m_folder + QStringLiteral("/scene one.foley");
        m_video = m_folder + QStringLiteral("/media/clip été.mp4");
        QVERIFY(writeAll(m_video, QByteArray(4096, 'v')));
    }

    void cleanup()
    {
        QDir(m_folder).removeRecursively();
    }

    void saveLoadSaveGivesIdenticalBytes()
    {
        auto project = savedProject();
        QVERIFY(project);
        QVERIFY(!project->isModified());
        QCOMPARE(project->filePath(), m_path);
        const QByteArray first = readAll(m_path);
        QVERIFY(first.startsWith("{"));
        QVERIFY(first.contains("\"path\": \"media/clip été.mp4\""));  // UTF-8, relative

        auto loaded = ProjectFile::load(m_path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->mediaState, MediaState::Present);
        QVERIFY(!loaded->mediaWarning);
        QVERIFY(!loaded->project->isModified());
        QCOMPARE(loaded->project->filePath(), m_path);
        QVERIFY(loaded->project->state() == project->state());
        QVERIFY(ProjectFile::save(*loaded->project, m_path).ok());
        QCOMPARE(readAll(m_path), first);
    }

    void movedProjectFolderKeepsRelativeMedia()
    {
        QVERIFY(savedProject());
        const QString moved = m_dir.filePath(QStringLiteral("elsewhere ß"));
        QVERIFY(QDir().rename(m_folder, moved));
        auto loaded = ProjectFile::load(moved + QStringLiteral("/scene one.foley"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->project->mediaReference().path(), moved + QStringLiteral("/media/clip été.mp4"));
        QCOMPARE(loaded->mediaState, MediaState::Present);
        QVERIFY(QDir().rename(moved, m_folder));
    }

    void movedMediaIsDetected()
    {
        QVERIFY(savedProject());
        QVERIFY(QFile::rename(m_video, m_folder + QStringLiteral("/clip moved.mp4")));
        auto strict = ProjectFile::load(m_path);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().code, ErrorCode::ProjectMediaMissing);
        QVERIFY2(message(strict.error()).contains(QStringLiteral("clip été.mp4")), strict.error().message.c_str());

        auto lenient = ProjectFile::load(m_path, MediaPolicy::AllowMissing);
        QVERIFY(lenient.ok());
        QCOMPARE(lenient->mediaState, MediaState::Missing);
        QVERIFY(lenient->mediaWarning);
        QCOMPARE(lenient->mediaWarning->code, ErrorCode::ProjectMediaMissing);
        QCOMPARE(lenient->project->onsets().count(), 3);  // the user's work is all there
    }

    void changedMediaLoadsWithAWarning()
    {
        QVERIFY(savedProject());
        QVERIFY(writeAll(m_video, QByteArray(5000, 'w')));
        auto loaded = ProjectFile::load(m_path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->mediaState, MediaState::Changed);
        QVERIFY(loaded->mediaWarning);
        QCOMPARE(loaded->mediaWarning->code, ErrorCode::ProjectMediaChanged);
        QVERIFY(message(*loaded->mediaWarning).contains(QStringLiteral("has changed")));
    }

    void truncatedJsonGivesLineAndColumn()
    {
        QVERIFY(savedProject());
        const QByteArray full = readAll(m_path);
        QVERIFY(writeAll(m_path, full.left(full.size() / 2)));
        auto loaded = ProjectFile::load(m_path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::ProjectParseFailed);
        QVERIFY2(message(loaded.error()).contains(QStringLiteral("is not valid JSON")), loaded.error().message.c_str());
        QVERIFY(message(loaded.error()).contains(m_path));
        QVERIFY(message(loaded.error()).contains(QStringLiteral(" at line ")));
    }

    void syntaxErrorPointsAtTheLine()
    {
        QVERIFY(writeAll(m_path, "{\n  \"format\": \"foleyforge-project\",\n  \"version\": 1,\n  \"onsets\": [1, 2,, 3]\n}\n"));
        auto loaded = ProjectFile::load(m_path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::ProjectParseFailed);
        // The second comma is at column 19; Qt reports the offset just past the offending token.
        QVERIFY2(message(loaded.error()).contains(QStringLiteral("at line 4, column 20")), loaded.error().message.c_str());
    }

    void emptyAndMissingFiles()
    {
        QVERIFY(writeAll(m_path, ""));
        auto empty = ProjectFile::load(m_path);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ErrorCode::ProjectParseFailed);
        QVERIFY(message(empty.error()).contains(QStringLiteral("the file is empty")));
        auto missing = ProjectFile::load(m_folder + QStringLiteral("/nope.foley"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::ProjectReadFailed);
        QVERIFY(writeAll(m_path, "[1, 2, 3]"));
        QCOMPARE(ProjectFile::load(m_path).error().code, ErrorCode::ProjectParseFailed);
    }

    void wrongFormatAndFutureVersion()
    {
        QVERIFY(writeAll(m_path, R"({"format": "kdenlive", "version": 1})"));
        auto wrong = ProjectFile::load(m_path);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::ProjectWrongFormat);
        QVERIFY(message(wrong.error()).contains(QStringLiteral("not a FoleyForge project")));

        QVERIFY(writeAll(m_path, R"({"format": "foleyforge-project", "version": 99, "onsets": "whatever v99 means"})"));
        auto future = ProjectFile::load(m_path);
        QVERIFY(!future.ok());
        QCOMPARE(future.error().code, ErrorCode::ProjectFutureVersion);
        QVERIFY2(message(future.error()).endsWith(QStringLiteral(
                     "this project was written by a newer FoleyForge (version 99); this build reads up to version 1")),
                 future.error().message.c_str());
    }

    void failedSaveLeavesTheOldFileIntact()
    {
        auto project = savedProject();
        QVERIFY(project);
        const QByteArray old = readAll(m_path);
        QVERIFY(project->push(new RemoveOnsetsCommand(&project->onsets(), {1, 2})));
        const QStringList before = QDir(m_folder).entryList(QDir::Files | QDir::Hidden);

        // Make every write past 64 bytes fail (EFBIG), as a full disk would: this works for root too,
        // unlike a read-only folder. SIGXFSZ would kill the process, so ignore it meanwhile.
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        auto* previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny = saved;
        tiny.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        const Status status = ProjectFile::save(*project, m_path);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::ProjectWriteFailed);
        QVERIFY2(message(status.error()).contains(m_path), status.error().message.c_str());
        QVERIFY(message(status.error()).contains(QStringLiteral("the disk is full")));
        QCOMPARE(readAll(m_path), old);                                            // old file intact
        QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), before);    // no temp file left
        QVERIFY(project->isModified());                                           // still unsaved
        QVERIFY(ProjectFile::save(*project, m_path).ok());                         // and saving works again
        QVERIFY(readAll(m_path) != old);
    }

    void readOnlyFolderFailsCleanly()
    {
        if (geteuid() == 0) QSKIP("root ignores folder permissions (the RLIMIT_FSIZE test covers the failure)");
        auto project = savedProject();
        QVERIFY(project);
        const QByteArray old = readAll(m_path);
        QVERIFY(project->push(new RemoveOnsetsCommand(&project->onsets(), {1})));
        QVERIFY(QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner));
        const Status status = ProjectFile::save(*project, m_path);
        QVERIFY(QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::ProjectWriteFailed);
        QCOMPARE(readAll(m_path), old);
    }

    void savingOverAFolderFails()
    {
        Project project;
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/taken.foley")));
        const Status status = ProjectFile::save(project, m_folder + QStringLiteral("/taken.foley"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::ProjectWriteFailed);
        QVERIFY(project.filePath().isEmpty());
    }

    void autosaveIsWrittenDetectedAndRecovered()
    {
        auto project = savedProject();
        QVERIFY(project);
        QVERIFY(!ProjectFile::hasNewerAutosave(m_path));
        QVERIFY(project->push(MoveOnsetsCommand::byOffset(&project->onsets(), {2}, 480)));
        const ProjectState edited = project->state();

        QVERIFY(ProjectFile::writeAutosave(*project).ok());
        const QString autosave = ProjectPaths::autosavePath(m_path);
        QVERIFY(QFile::exists(autosave));
        QCOMPARE(QFileInfo(autosave).absolutePath(), m_folder);   // beside the project
        QVERIFY(project->isModified());                           // autosave is not a save
        QVERIFY(ProjectFile::hasNewerAutosave(m_path));

        // "Crash": the project object is gone; reopening offers the autosave.
        project.reset();
        auto recovered = ProjectFile::recoverAutosave(m_path);
        QVERIFY2(recovered.ok(), recovered.ok() ? "" : recovered.error().message.c_str());
        QVERIFY(recovered->recovered);
        QVERIFY(recovered->project->state() == edited);
        QCOMPARE(recovered->project->filePath(), m_path);
        QVERIFY(recovered->project->isModified());

        QVERIFY(ProjectFile::save(*recovered->project, m_path).ok());
        QVERIFY(!QFile::exists(autosave));                      // cleaned up on save
        QVERIFY(!ProjectFile::hasNewerAutosave(m_path));
        QVERIFY(!recovered->project->isModified());
    }

    void staleAutosaveIsNotOffered()
    {
        auto project = savedProject();
        QVERIFY(project);
        QVERIFY(ProjectFile::writeAutosave(*project).ok());
        QFile autosave(ProjectPaths::autosavePath(m_path));
        QVERIFY(autosave.open(QIODevice::ReadWrite));
        const QDateTime older = QFileInfo(m_path).lastModified().addSecs(-60);
        QVERIFY(autosave.setFileTime(older, QFileDevice::FileModificationTime));
        autosave.close();
        QVERIFY(!ProjectFile::hasNewerAutosave(m_path));
        QVERIFY(ProjectFile::discardAutosave(m_path));
        QVERIFY(!autosave.exists());
    }

    void untitledProjectNeedsAnAutosaveLocation()
    {
        Project project;
        const Status status = ProjectFile::writeAutosave(project);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::InvalidArgument);
        QVERIFY(ProjectFile::writeAutosave(project, m_folder + QStringLiteral("/untitled.foley")).ok());
        QVERIFY(ProjectFile::hasNewerAutosave(m_folder + QStringLiteral("/untitled.foley")));
    }
};

QTEST_GUILESS_MAIN(TstProjectFile)
#include "tst_projectfile.moc"
