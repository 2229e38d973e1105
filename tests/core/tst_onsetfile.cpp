// Onset CSV, Audacity label tracks, REAPER marker CSV, WebVTT and SRT: round trips (exact where the format can hold
// it: millisecond times for REAPER and subtitles, no strength but in CSV), auto-detection, quoting, malformed lines with
// their line numbers, and paths with spaces and non-ASCII characters.

#include "core/io/AudacityLabels.h"
#include "core/io/OnsetCsv.h"
#include "core/io/OnsetFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foley;
using namespace foley::core;

namespace {

OnsetRecordList sampleRecords()
{
    return {OnsetRecord{0.0, 1.0, QString()},
            OnsetRecord{1.0 / 3.0, 0.25, QStringLiteral("left foot")},
            OnsetRecord{2.5, 0.5, QStringLiteral("glass, \"big\" one")},
            OnsetRecord{12.000020833333333, 0.1, QStringLiteral("  padded  ")},
            OnsetRecord{100.125, 0.999, QStringLiteral("pas sur le gravier — 足音")}};
}

bool writeText(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

class TstOnsetFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(QStringLiteral("Gläser & Schritte/") + name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Gläser & Schritte")));
    }

    void csvRoundTripIsExact()
    {
        const QString file = path(QStringLiteral("onsets (edited) ü.csv"));
        QVERIFY(writeOnsetCsv(file, sampleRecords()).ok());
        auto read = readOnsetFile(file);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QCOMPARE(read->size(), sampleRecords().size());
        for (int i = 0; i < read->size(); ++i) {
            QCOMPARE(read->at(i).seconds, sampleRecords()[i].seconds);  // bit-exact
            QCOMPARE(read->at(i).strength, sampleRecords()[i].strength);
            QCOMPARE(read->at(i).label, sampleRecords()[i].label);
        }
    }

    void csvLayout()
    {
        const QString text = OnsetCsv::format(sampleRecords());
        QVERIFY(text.startsWith(QStringLiteral("time,strength,label\n0,1,\n")));
        QVERIFY(text.contains(QStringLiteral("2.5,0.5,\"glass, \"\"big\"\" one\"\n")));
        QVERIFY(text.contains(QStringLiteral("0.3333333333333333,0.25,left foot\n")));
        QCOMPARE(OnsetCsv::format({OnsetRecord{1.5, 0.5, {}}}), QStringLiteral("time,strength\n1.5,0.5\n"));
    }

    void audacityRoundTripKeepsTimesAndLabels()
    {
        const QString file = path(QStringLiteral("labels Gravier.txt"));
        QVERIFY(writeOnsetFile(file, sampleRecords()).ok());  // .txt -> Audacity format
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(raw.readAll());
        QVERIFY(text.contains(QStringLiteral("2.5\t2.5\tglass, \"big\" one\n")));  // point labels: start == end
        auto read = readOnsetFile(file);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QCOMPARE(read->size(), 5);
        for (int i = 0; i < read->size(); ++i) {
            QCOMPARE(read->at(i).seconds, sampleRecords()[i].seconds);
            QCOMPARE(read->at(i).label, sampleRecords()[i].label);
            QCOMPARE(read->at(i).strength, 1.0);  // the format has no strength
        }
    }

    void audacityRegionLabelsTakeTheirStart()
    {
        const QString text = QStringLiteral("1.000000\t1.500000\tdoor\r\n"
                                            "\\\t100.0\t2000.0\r\n"  // spectral selection line
                                            "\r\n"
                                            "2.250000\t2.250000\t\r\n"
                                            "3\t3\n");
        QCOMPARE(detectOnsetFileFormat(text), OnsetFileFormat::AudacityLabels);
        auto read = AudacityLabels::parse(text, QStringLiteral("x.txt"));
        QVERIFY(read.ok());
        QCOMPARE(read->size(), 3);
        QCOMPARE(read->at(0).seconds, 1.0);
        QCOMPARE(read->at(0).label, QStringLiteral("door"));
        QCOMPARE(read->at(1).seconds, 2.25);
        QCOMPARE(read->at(1).label, QString());
        QCOMPARE(read->at(2).label, QString());
    }

    void csvVariantsAreRead()
    {
        // Header in another order, extra column, missing strength, comment and blank lines, quoted
        // label with a line break, CRLF.
        const QString text = QStringLiteral("# exported by hand\r\nlabel, time, source\r\n\"two\nlines\", 1.5, cam\r\n\r\nclap, 2, mic\r\n");
        QCOMPARE(detectOnsetFileFormat(text), OnsetFileFormat::Csv);
        auto read = OnsetCsv::parse(text, QStringLiteral("x.csv"));
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).label, QStringLiteral("two\nlines"));
        QCOMPARE(read->at(0).seconds, 1.5);
        QCOMPARE(read->at(0).strength, 1.0);
        QCOMPARE(read->at(1).label, QStringLiteral("clap"));
        // No header: time[,strength[,label]].
        auto bare = OnsetCsv::parse(QStringLiteral("0.5\n1.0,0.3\n2.0,0.4,step\n"), QStringLiteral("bare.csv"));
        QVERIFY(bare.ok());
        QCOMPARE(bare->size(), 3);
        QCOMPARE(bare->at(1).strength, 0.3);
        QCOMPARE(bare->at(2).label, QStringLiteral("step"));
    }

    void byteOrderMarkIsIgnored()
    {
        const QString file = path(QStringLiteral("bom.csv"));
        QVERIFY(writeText(file, "\xEF\xBB\xBFtime,strength\n0.5,0.5\n"));
        auto read = readOnsetFile(file);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QCOMPARE(read->size(), 1);
    }

    void malformedLinesNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv bad time") << "time,strength\n0.5,1\n\nsoon,1\n" << "line 4: time \"soon\" is not a number of seconds >= 0";
        QTest::newRow("csv negative time") << "time,strength\n-1,1\n" << "line 2: time \"-1\"";
        QTest::newRow("csv strength range") << "time,strength\n1,1.5\n" << "line 2: strength \"1.5\" is not a number in 0..1";
        QTest::newRow("csv nan") << "time,strength\nnan,1\n" << "line 2: time \"nan\"";
        QTest::newRow("csv no time column") << "when,strength\n1,1\n" << "line 1: the header has no \"time\" column";
        QTest::newRow("csv unquoted comma") << "0.5,1,a,b\n" << "line 1: expected time,strength,label but found 4 columns";
        QTest::newRow("csv open quote") << "time,strength,label\n1,1,ok\n2,1,\"never closed\n3,1,x\n" << "line 3: a quoted field is never closed";
        QTest::newRow("csv text after quote") << "time,strength,label\n1,1,\"a\"b\n" << "line 2: unexpected text after a closing quote";
        QTest::newRow("audacity bad start") << "1\t1\tok\nx\t2\tbad\n" << "line 2: start \"x\"";
        QTest::newRow("audacity one field") << "1\t1\tok\n2\n" << "line 2: expected start<TAB>end<TAB>label";
        QTest::newRow("audacity reversed") << "1\t1\tok\n\n3\t2\tback\n" << "line 3: the label ends before it starts";
    }

    void malformedLinesNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("broken file.csv"));
        QVERIFY(writeText(file, text.toUtf8()));
        auto read = readOnsetFile(file);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::IoParseFailed);
        const QString message = QString::fromStdString(read.error().message);
        QVERIFY2(message.startsWith(file + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void readAndWriteErrors()
    {
        auto missing = readOnsetFile(path(QStringLiteral("nope.csv")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::IoReadFailed);
        const Status intoMissingFolder = writeOnsetCsv(path(QStringLiteral("no such folder/x.csv")), sampleRecords());
        QVERIFY(!intoMissingFolder.ok());
        QCOMPARE(intoMissingFolder.error().code, ErrorCode::IoWriteFailed);
        const Status invalid = writeOnsetCsv(path(QStringLiteral("x.csv")), {OnsetRecord{std::nan(""), 1.0, {}}});
        QCOMPARE(invalid.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    }

    void emptyFileGivesNoOnsets()
    {
        auto csv = OnsetCsv::parse(QStringLiteral("time,strength\n"), QStringLiteral("e.csv"));
        QVERIFY(csv.ok());
        QVERIFY(csv->isEmpty());
        auto nothing = OnsetCsv::parse(QString(), QStringLiteral("e.csv"));
        QVERIFY(nothing.ok());
        QVERIFY(nothing->isEmpty());
    }

    void markerFormatsRoundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("reaper") << static_cast<int>(OnsetFileFormat::ReaperMarkers) << QStringLiteral("markers.csv");
        QTest::newRow("webvtt") << static_cast<int>(OnsetFileFormat::WebVtt) << QStringLiteral("review.vtt");
        QTest::newRow("srt") << static_cast<int>(OnsetFileFormat::Srt) << QStringLiteral("review.srt");
    }

    void markerFormatsRoundTrip()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        // Millisecond times (the formats' resolution), one past an hour; labels with commas, quotes, non-ASCII.
        const OnsetRecordList written{OnsetRecord{0.0, 1.0, QString()}, OnsetRecord{0.25, 0.5, QStringLiteral("left foot")},
                                      OnsetRecord{2.5, 0.5, QStringLiteral("glass, \"big\" one")},
                                      OnsetRecord{3723.456, 1.0, QStringLiteral("pas sur le gravier — 足音")}};
        const QString file = path(name);
        QVERIFY(writeOnsetFile(file, written, static_cast<OnsetFileFormat>(format)).ok());
        QFile text(file);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(detectOnsetFileFormat(QString::fromUtf8(text.readAll())), static_cast<OnsetFileFormat>(format));
        const auto read = readOnsetFile(file);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QCOMPARE(read->size(), written.size());
        for (int i = 0; i < written.size(); ++i) {
            QCOMPARE((*read)[i].seconds, written[i].seconds);
            QCOMPARE((*read)[i].label, written[i].label);
            QCOMPARE((*read)[i].strength, 1.0);  // none of these formats holds a strength
        }
    }

    void markerFilesFromOtherTools()
    {
        // As REAPER's Region/Marker Manager exports them (a region counts from its start), and a hand-written VTT.
        const QString reaper = path(QStringLiteral("from-reaper.csv"));
        QVERIFY(writeText(reaper, "#,Name,Start,End,Length,Color\r\nM1,hit,0:01.250,,,\r\nR1,whoosh,1:02.5,1:03.0,0.5,FF0000\r\n"));
        auto read = readOnsetFile(reaper);
        QVERIFY(read.ok());
        QCOMPARE(*read, (OnsetRecordList{OnsetRecord{1.25, 1.0, QStringLiteral("hit")}, OnsetRecord{62.5, 1.0, QStringLiteral("whoosh")}}));
        const QString vtt = path(QStringLiteral("hand.vtt"));
        QVERIFY(writeText(vtt, "WEBVTT - review\n\nNOTE a comment\n\nknock\n00:01.500 --> 00:02.000 align:start\nknock\n"));
        read = readOnsetFile(vtt);
        QVERIFY(read.ok());
        QCOMPARE(*read, (OnsetRecordList{OnsetRecord{1.5, 1.0, QStringLiteral("knock")}}));
        const QString broken = path(QStringLiteral("broken.srt"));
        QVERIFY(writeText(broken, "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:xx,000 --> 00:00:03,000\nbad\n"));
        read = readOnsetFile(broken);
        QVERIFY(!read.ok());
        QVERIFY2(QString::fromStdString(read.error().message).contains("line 6"), read.error().message.c_str());
        QCOMPARE(onsetFileFormatFromName(QStringLiteral("reaper")), std::optional<OnsetFileFormat>(OnsetFileFormat::ReaperMarkers));
        QVERIFY(!onsetFileFormatFromName(QStringLiteral("xml")));
    }

    void conversionToTheModelIsSampleExact()
    {
        const OnsetSampleTimeList onsets = {Onset{7, 1, 0.5, QStringLiteral("a"), OnsetOrigin::Detected},
                                  Onset{8, 48000 * 3600 + 17, 1.0, {}, OnsetOrigin::Manual}};
        const QString file = path(QStringLiteral("model.csv"));
        QVERIFY(writeOnsetCsv(file, toOnsetRecords(onsets)).ok());
        auto read = readOnsetFile(file);
        QVERIFY(read.ok());
        const OnsetSampleTimeList back = toOnsets(*read);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].time, SampleTime(1));
        QCOMPARE(back[1].time, SampleTime(48000 * 3600 + 17));
        QCOMPARE(back[0].id, kInvalidId);  // ids are given by the command that inserts them
        QCOMPARE(back[0].label, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TstOnsetFile)
#include "tst_onsetfile.moc"
