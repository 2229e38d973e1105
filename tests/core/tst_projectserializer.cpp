// ProjectSerializer: save -> load -> save gives identical bytes; times, seeds, mask values and paths
// survive exactly; bad fields are named.

#include "CoreTestSupport.h"

#include "core/project/ProjectFormat.h"
#include "core/project/ProjectPaths.h"
#include "core/project/ProjectSerializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace foley;
using namespace foley::core;

class TstProjectSerializer : public QObject {
    Q_OBJECT

private:
    const QString m_projectFile = QStringLiteral("/home/u/Projekte/Gläser und Schritte/scene 1.foley");
    const QString m_media = QStringLiteral("/home/u/Projekte/Gläser und Schritte/video/clip 01 — été.mp4");
    const QString m_take = QStringLiteral("/home/u/Projekte/Gläser und Schritte/scene 1.takes/take 1.wav");

private slots:
    void roundTripGivesIdenticalBytes()
    {
        const ProjectState rich = foley::core::testing::richState(m_media, m_take);
        const QByteArray first = ProjectSerializer::toBytes(rich, m_projectFile);
        const QJsonObject parsed = QJsonDocument::fromJson(first).object();
        auto loaded = ProjectSerializer::fromJson(parsed, m_projectFile);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QVERIFY(*loaded == rich);  // every value came back exactly
        const QByteArray second = ProjectSerializer::toBytes(*loaded, m_projectFile);
        QCOMPARE(second, first);
    }

    void envelopeAndLayout()
    {
        const QJsonObject root = ProjectSerializer::toJson(foley::core::testing::richState(m_media, m_take), m_projectFile);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QString(kProjectFormatName));
        QVERIFY(root.value(QStringLiteral("version")).isDouble());
        QCOMPARE(root.value(QStringLiteral("version")).toInteger(), qint64(kProjectFormatVersion));
        // Paths inside the project's folder are stored relative to it.
        const QJsonObject media = root.value(QStringLiteral("media")).toObject();
        QCOMPARE(media.value(QStringLiteral("path")).toString(), QStringLiteral("video/clip 01 — été.mp4"));
        QCOMPARE(media.value(QStringLiteral("modified")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
        const QJsonObject take = root.value(QStringLiteral("takes")).toObject().value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(take.value(QStringLiteral("audio")).toString(), QStringLiteral("scene 1.takes/take 1.wav"));
        // Times in seconds; mask values with their short form; only non-zero spans.
        const QJsonArray onsets = root.value(QStringLiteral("onsets")).toArray();
        QCOMPARE(onsets.at(1).toObject().value(QStringLiteral("time")).toDouble(), 1.0 / 3.0);
        const QJsonObject mask = root.value(QStringLiteral("mask")).toObject();
        QCOMPARE(mask.value(QStringLiteral("frames")).toInteger(), qint64(251));
        const QJsonArray spans = mask.value(QStringLiteral("spans")).toArray();
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.at(0).toObject().value(QStringLiteral("first")).toInteger(), qint64(10));
        QCOMPARE(spans.at(0).toObject().value(QStringLiteral("values")).toArray().at(0).toDouble(), 0.7);
        const QByteArray bytes = ProjectSerializer::toBytes(foley::core::testing::richState(m_media, m_take), m_projectFile);
        QVERIFY(bytes.contains("\"seed\": 9007199254740993"));  // 64-bit seed written exactly
        QVERIFY(bytes.contains("0.7,") || bytes.contains("0.7\n"));
    }

    void pathsOutsideTheProjectFolderStayAbsolute()
    {
        QCOMPARE(ProjectPaths::toStored(QStringLiteral("/data/v.mp4"), m_projectFile), QStringLiteral("/data/v.mp4"));
        QCOMPARE(ProjectPaths::toStored(QStringLiteral("/data/v.mp4"), QString()), QStringLiteral("/data/v.mp4"));
        QCOMPARE(ProjectPaths::fromStored(QStringLiteral("video/a b.mp4"), m_projectFile),
                 QStringLiteral("/home/u/Projekte/Gläser und Schritte/video/a b.mp4"));
        QCOMPARE(ProjectPaths::takesFolder(m_projectFile), QStringLiteral("/home/u/Projekte/Gläser und Schritte/scene 1.takes"));
        QCOMPARE(ProjectPaths::autosavePath(m_projectFile), m_projectFile + QStringLiteral(".autosave"));
    }

    void sampleTimesSurviveSecondsExactly()
    {
        ProjectState s;
        const QList<SampleTime> times = {0, 1, 2, 47999, 48001, 1234567891, 48000LL * 3600 * 24 * 7 + 13};
        OnsetId id = 1;
        for (SampleTime t : times) s.onsets.append(Onset{id++, t, 1.0, {}, OnsetOrigin::Manual});
        const QJsonObject root = QJsonDocument::fromJson(ProjectSerializer::toBytes(s, {})).object();
        auto loaded = ProjectSerializer::fromJson(root, {});
        QVERIFY(loaded.ok());
        for (int i = 0; i < times.size(); ++i) QCOMPARE(loaded->onsets[i].time, times[i]);
    }

    void emptyProjectRoundTrips()
    {
        const ProjectState empty;
        const QByteArray first = ProjectSerializer::toBytes(empty, m_projectFile);
        auto loaded = ProjectSerializer::fromJson(QJsonDocument::fromJson(first).object(), m_projectFile);
        QVERIFY(loaded.ok());
        QVERIFY(*loaded == empty);
        QCOMPARE(ProjectSerializer::toBytes(*loaded, m_projectFile), first);
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("pointer");  // where to damage the document: "section/index/key"
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("time not a number") << "onsets/1/time" << QJsonValue(QStringLiteral("soon")) << "onsets[1].time: expected a number";
        QTest::newRow("strength above 1") << "onsets/0/strength" << QJsonValue(1.5) << "onsets[0].strength: expected a value in 0..1";
        QTest::newRow("unknown origin") << "onsets/2/origin" << QJsonValue(QStringLiteral("guess")) << "onsets[2].origin: unknown origin \"guess\"";
        QTest::newRow("fractional id") << "onsets/0/id" << QJsonValue(1.5) << "onsets[0].id: expected a whole number";
        QTest::newRow("seed as text") << "settings//seed" << QJsonValue(QStringLiteral("42")) << "settings.seed: expected a whole number";
        QTest::newRow("mask frames") << "mask//frames" << QJsonValue(-3) << "mask.frames: expected 0..";
        QTest::newRow("caption origin") << "caption//origin" << QJsonValue(QStringLiteral("robot")) << "caption.origin: unknown origin";
    }

    void badFieldsAreNamed()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject root = ProjectSerializer::toJson(foley::core::testing::richState(m_media, m_take), m_projectFile);
        const QStringList parts = pointer.split(QLatin1Char('/'));
        if (parts[1].isEmpty()) {
            QJsonObject section = root.value(parts[0]).toObject();
            section.insert(parts[2], value);
            root.insert(parts[0], section);
        } else {
            QJsonArray array = root.value(parts[0]).toArray();
            QJsonObject item = array.at(parts[1].toInt()).toObject();
            item.insert(parts[2], value);
            array.replace(parts[1].toInt(), item);
            root.insert(parts[0], array);
        }
        auto loaded = ProjectSerializer::fromJson(root, m_projectFile);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::ProjectParseFailed);
        QVERIFY2(QString::fromStdString(loaded.error().message).startsWith(expected), loaded.error().message.c_str());
    }

    void maskSpanOutsideTheCurveIsRefused()
    {
        QJsonObject root = ProjectSerializer::toJson(foley::core::testing::richState(m_media, m_take), m_projectFile);
        QJsonObject mask = root.value(QStringLiteral("mask")).toObject();
        mask.insert(QStringLiteral("frames"), 12);
        root.insert(QStringLiteral("mask"), mask);
        auto loaded = ProjectSerializer::fromJson(root, m_projectFile);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.find("outside the 12 mask frames") != std::string::npos, loaded.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TstProjectSerializer)
#include "tst_projectserializer.moc"
