#include "MediaFixtures.h"

#include "core/media/MediaProbe.h"
#include "core/media/Mp4Exporter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

#include <cmath>

using foley::AudioBuffer;
using foley::ErrorCode;
using foley::Result;
using foley::RunControl;
using namespace foley::media;

namespace {

AudioBuffer tone(double seconds)
{
    std::vector<float> samples(static_cast<size_t>(seconds * 48000));
    for (size_t i = 0; i < samples.size(); ++i) samples[i] = 0.3f * float(std::sin(0.05 * double(i)));
    return AudioBuffer(std::move(samples), 48000, 1);
}

// Names of the files in `folder`, hidden ones (temp files) included.
QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

}  // namespace

// Every failure gives a specific error with a one-line message, leaves no output or temp file, and
// never touches the source.
class TstExportBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rejectsUnreadableSource_data();
    void rejectsUnreadableSource();
    void rejectsAudioOnlySource();
    void rejectsMixWithoutOriginalAudio();
    void refusesToOverwriteSource_data();
    void refusesToOverwriteSource();
    void rejectsUnwritableFolder();
    void rejectsUnknownExtension_data();
    void rejectsUnknownExtension();
    void namesCodecTheContainerCannotCarry();
    void cancelLeavesNothingBehind();

private:
    Result<ExportReport> exportTo(const QString& video, const QString& out, const RunControl* control = nullptr, double gain = 0);
    void expectFailure(const Result<ExportReport>& result, ErrorCode code, const QString& mention);

    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_media;
    QString m_mp4;
    QString m_outDir;
};

void TstExportBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_media = std::make_unique<MediaFixtures>(m_dir.path());
    m_mp4 = m_media->videoWithAudio("av.mp4");
    QVERIFY2(!m_mp4.isEmpty(), qPrintable(m_media->lastError()));
    m_outDir = m_dir.filePath("out");
    QVERIFY(QDir().mkpath(m_outDir));
}

Result<ExportReport> TstExportBadInput::exportTo(const QString& video, const QString& out, const RunControl* control, double gain)
{
    ExportRequest request;
    request.videoPath = video.toStdString();
    request.audio = tone(3.0);
    request.outputPath = out.toStdString();
    request.originalGain = gain;
    return exportWithAudio(request, control);
}

void TstExportBadInput::expectFailure(const Result<ExportReport>& result, ErrorCode code, const QString& mention)
{
    QVERIFY(!result.ok());
    const QString message = QString::fromStdString(result.error().message);
    QVERIFY2(result.error().code == code, qPrintable(QString("%1: %2").arg(foley::errorCodeName(result.error().code), message)));
    QVERIFY2(message.contains(mention), qPrintable(message));
    QVERIFY(!message.contains('\n'));
    QVERIFY2(filesIn(m_outDir).isEmpty(), qPrintable(filesIn(m_outDir).join(", ")));
}

void TstExportBadInput::rejectsUnreadableSource_data()
{
    QTest::addColumn<QString>("file");
    for (const auto& [label, file] : m_media->badMediaFiles()) QTest::newRow(qPrintable(label)) << file;
}

void TstExportBadInput::rejectsUnreadableSource()
{
    QFETCH(QString, file);
    const QByteArray before = MediaFixtures::sha256(file);
    expectFailure(exportTo(file, m_outDir + "/out.mp4"), ErrorCode::MediaOpenFailed, QFileInfo(file).fileName());
    QCOMPARE(MediaFixtures::sha256(file), before);
}

void TstExportBadInput::rejectsAudioOnlySource()
{
    const QString audio = m_media->audioOnly("music.m4a", 2.0);
    QVERIFY(!audio.isEmpty());
    expectFailure(exportTo(audio, m_outDir + "/out.mp4"), ErrorCode::MediaNoStream, "music.m4a' has no video stream");
}

void TstExportBadInput::rejectsMixWithoutOriginalAudio()
{
    // A silent video exports fine (see TstMp4Exporter) but has nothing to mix in.
    const QString silent = m_media->videoOnly("silent.mp4", 2.0);
    QVERIFY(!silent.isEmpty());
    expectFailure(exportTo(silent, m_outDir + "/out.mp4", nullptr, 0.5), ErrorCode::MediaNoStream, "silent.mp4' has no audio stream");
}

void TstExportBadInput::refusesToOverwriteSource_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("same path") << m_mp4;
    QTest::newRow("dot segments") << m_dir.path() + "/out/../av.mp4";
    const QString link = m_dir.filePath("link-to-av.mp4");
    QFile::link(m_mp4, link);
    QTest::newRow("symlink") << link;
    const QString hard = m_dir.filePath("hard-link.mp4");
    ::link(QFile::encodeName(m_mp4).constData(), QFile::encodeName(hard).constData());
    QTest::newRow("hard link") << hard;
}

void TstExportBadInput::refusesToOverwriteSource()
{
    QFETCH(QString, spelling);
    const QByteArray before = MediaFixtures::sha256(m_mp4);
    const auto result = exportTo(m_mp4, spelling);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MediaSameAsSource);
    QVERIFY(QString::fromStdString(result.error().message).contains("av.mp4"));
    QCOMPARE(MediaFixtures::sha256(m_mp4), before);
    for (const QString& name : filesIn(m_dir.path())) QVERIFY2(!name.endsWith(".part"), qPrintable(name));
}

void TstExportBadInput::rejectsUnwritableFolder()
{
    // A regular file where a folder should be blocks writing for everyone, root included.
    const QString plain = m_media->writeBytes("not-a-folder", "x");
    expectFailure(exportTo(m_mp4, plain + "/out.mp4"), ErrorCode::MediaWriteFailed, "is not a folder");
    expectFailure(exportTo(m_mp4, m_dir.filePath("missing/out.mp4")), ErrorCode::MediaWriteFailed, "does not exist");
    if (::geteuid() == 0) {
        // Root ignores permission bits; /proc refuses new files even to root.
        expectFailure(exportTo(m_mp4, "/proc/foleyforge-out.mp4"), ErrorCode::MediaWriteFailed, "cannot write to folder '/proc'");
    } else {
        const QString locked = m_dir.filePath("locked");
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        expectFailure(exportTo(m_mp4, locked + "/out.mp4"), ErrorCode::MediaWriteFailed, "Permission denied");
        QVERIFY(filesIn(locked).isEmpty());
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

void TstExportBadInput::rejectsUnknownExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("avi") << "out.avi";
    QTest::newRow("wav") << "out.wav";
    QTest::newRow("none") << "out";
}

void TstExportBadInput::rejectsUnknownExtension()
{
    QFETCH(QString, name);
    expectFailure(exportTo(m_mp4, m_outDir + "/" + name), ErrorCode::InvalidArgument, ".mp4, .m4v, .mov or .mkv");
}

void TstExportBadInput::namesCodecTheContainerCannotCarry()
{
    const QString ffv1 = m_media->path("lossless.mkv");
    QVERIFY(m_media->ffmpeg({"-f", "lavfi", "-i", "testsrc=duration=1:size=160x120:rate=25", "-c:v", "ffv1", ffv1}));
    const auto result = exportTo(ffv1, m_outDir + "/out.mp4");
    expectFailure(result, ErrorCode::MediaUnsupportedCodec, "ffv1");
    QVERIFY(QString::fromStdString(result.error().message).contains(".mkv"));
    // ... and the suggested container works.
    QVERIFY(exportTo(ffv1, m_outDir + "/out.mkv").ok());
    QFile::remove(m_outDir + "/out.mkv");
}

void TstExportBadInput::cancelLeavesNothingBehind()
{
    // An existing file at the output path survives a cancelled export untouched.
    const QString out = m_outDir + "/existing.mp4";
    QVERIFY(!m_media->writeBytes("out/existing.mp4", "previous export").isEmpty());
    RunControl control;
    double cancelledAt = -1;
    control.progress = [&](double fraction) {
        if (fraction > 0.4 && cancelledAt < 0) {
            cancelledAt = fraction;
            control.cancel();
        }
    };
    const auto result = exportTo(m_mp4, out, &control);
    QVERIFY(!result.ok());
    QVERIFY(result.error().isCancelled());
    QVERIFY(cancelledAt > 0.4 && cancelledAt < 1.0);
    QCOMPARE(filesIn(m_outDir), QStringList{"existing.mp4"});
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous export"));
    file.close();
    QFile::remove(out);
}

QTEST_GUILESS_MAIN(TstExportBadInput)
#include "tst_exportbadinput.moc"
