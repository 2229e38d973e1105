// ProjectMigrator: the version-0 fixture migrates to the current version; newer versions and broken
// envelopes are refused with clear messages.

#include "core/project/ProjectFile.h"
#include "core/project/ProjectFormat.h"
#include "core/project/ProjectMigrator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace foley;
using namespace foley::core;

class TstProjectMigrator : public QObject {
    Q_OBJECT

private:
    static QJsonObject fixture()
    {
        QFile file(QStringLiteral(FOLEY_CORE_FIXTURES "/project-v0.foley"));
        if (!file.open(QIODevice::ReadOnly)) return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static Error migrationError(const QJsonObject& root)
    {
        const auto result = ProjectMigrator::migrate(root);
        return result.ok() ? Error{} : result.error();
    }

private slots:
    void version0FixtureMigrates()
    {
        const QJsonObject v0 = fixture();
        QVERIFY(!v0.isEmpty());
        auto migrated = ProjectMigrator::migrate(v0);
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : migrated.error().message.c_str());
        QCOMPARE(migrated->sourceVersion, 0);
        QCOMPARE(migrated->root.value(QStringLiteral("version")).toInt(), kProjectFormatVersion);
        QCOMPARE(migrated->root.value(QStringLiteral("onsets")).toArray().size(), 4);
    }

    void version0ProjectLoadsAndSavesAsCurrent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old project.foley"));
        QVERIFY(QFile::copy(QStringLiteral(FOLEY_CORE_FIXTURES "/project-v0.foley"), path));
        QFile video(dir.filePath(QStringLiteral("clip v0 — ü.mp4")));
        QVERIFY(video.open(QIODevice::WriteOnly));
        video.write("not really a video, but present");
        video.close();

        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded->sourceVersion, 0);
        QCOMPARE(loaded->mediaState, MediaState::Present);  // v0 recorded no size or date
        Project& p = *loaded->project;
        QCOMPARE(p.mediaReference().path(), video.fileName());
        QCOMPARE(p.captions().caption().text, QStringLiteral("footsteps on gravel, then a door slams"));
        QCOMPARE(p.captions().caption().origin, CaptionOrigin::User);
        QCOMPARE(p.captions().negativePrompt(), QStringLiteral("music"));
        QCOMPARE(p.captions().qualityTag(), QString());
        QCOMPARE(p.onsets().count(), 4);
        QCOMPARE(p.onsets().onsets()[0].time, SampleTime(24000));
        QCOMPARE(p.onsets().onsets()[1].time, SampleTime(60000));
        QCOMPARE(p.onsets().onsets()[3].time, SampleTime(160000));
        QCOMPARE(p.settings().parameters().steps, 30);
        QCOMPARE(p.settings().parameters().guidance, 3.5);
        QCOMPARE(p.settings().parameters().seed, qint64(42));
        QVERIFY(p.settings().parameters().seedLocked);
        QCOMPARE(p.takes().count(), 2);
        QCOMPARE(p.takes().takes()[0].name, QStringLiteral("first try"));
        QCOMPARE(p.takes().takes()[1].audioPath, dir.filePath(QStringLiteral("clip.takes/take2.wav")));
        QCOMPARE(p.takes().activeTakeId(), p.takes().takes()[1].id);

        const ProjectState state = p.state();
        QVERIFY(ProjectFile::save(p, path).ok());
        auto reloaded = ProjectFile::load(path);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->sourceVersion, kProjectFormatVersion);
        QVERIFY(reloaded->project->state() == state);
    }

    void newerVersionIsRefused()
    {
        QJsonObject root = fixture();
        root.insert(QStringLiteral("version"), 7);
        const Error error = migrationError(root);
        QCOMPARE(error.code, ErrorCode::ProjectFutureVersion);
        QCOMPARE(QString::fromStdString(error.message),
                 QStringLiteral("this project was written by a newer FoleyForge (version 7); this build reads up to version 1"));
    }

    void brokenEnvelopes()
    {
        QJsonObject root = fixture();
        root.remove(QStringLiteral("format"));
        QCOMPARE(migrationError(root).code, ErrorCode::ProjectWrongFormat);
        root.insert(QStringLiteral("format"), QStringLiteral("audacity-project"));
        const Error wrong = migrationError(root);
        QCOMPARE(wrong.code, ErrorCode::ProjectWrongFormat);
        QVERIFY(wrong.message.find("\"audacity-project\"") != std::string::npos);

        root = fixture();
        for (const QJsonValue& bad : {QJsonValue(QStringLiteral("1")), QJsonValue(1.5), QJsonValue(-1), QJsonValue()}) {
            root.insert(QStringLiteral("version"), bad);
            QCOMPARE(migrationError(root).code, ErrorCode::ProjectParseFailed);
        }
        root.remove(QStringLiteral("version"));
        QCOMPARE(migrationError(root).code, ErrorCode::ProjectParseFailed);
    }

    void badVersion0ContentIsReported()
    {
        QJsonObject root = fixture();
        root.insert(QStringLiteral("onsets"), QJsonArray{0.5, QStringLiteral("later")});
        const Error error = migrationError(root);
        QCOMPARE(error.code, ErrorCode::ProjectParseFailed);
        QVERIFY2(error.message.find("onsets: element 1") != std::string::npos, error.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TstProjectMigrator)
#include "tst_projectmigrator.moc"
