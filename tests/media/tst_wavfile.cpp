#include "MediaFixtures.h"
#include "core/types/AtomicFile.h"

#include "core/media/AudioDecoder.h"
#include "core/media/MediaProbe.h"
#include "core/media/WavFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>

using foley::AudioBuffer;
using foley::ErrorCode;
using namespace foley::media;

namespace {

AudioBuffer ramp(size_t frames, int channels, int rate)
{
    std::vector<float> samples(frames * size_t(channels));
    for (size_t i = 0; i < samples.size(); ++i) samples[i] = std::sin(float(i) * 0.01f) * 0.9f;
    return AudioBuffer(std::move(samples), rate, channels);
}

// The pid of a process that has ended (a child that exited and was reaped), for a temp file whose writer is gone.
qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

}  // namespace

class TstWavFile : public QObject {
    Q_OBJECT

private slots:
    // The std-only atomic writer (model packs, vocabularies): replaces the whole file or nothing, leaves no temp file.
    void atomicTextWriteReplacesWholeOrNothing()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("model ä.json")).toStdString();
        QVERIFY(foley::AtomicFile::write(path, "first\n", ErrorCode::IoWriteFailed));
        QVERIFY(foley::AtomicFile::write(path, "second\n", ErrorCode::IoWriteFailed));
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // no temp file left beside it
        const foley::Status missing = foley::AtomicFile::write(dir.filePath(QStringLiteral("no/such/folder/x.json")).toStdString(), "x",
                                                        ErrorCode::IoWriteFailed);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::IoWriteFailed);
    }

    // Temp files of writers that were killed are recognised by name and removed once their process is gone; a running
    // writer's (here: our own pid's) and the user's look-alikes stay.
    void leftoverTempFilesOfDeadWritersAreRemoved()
    {
        QTemporaryDir dir;
        auto touch = [&](const QString& name) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write("x") == 1;
        };
        const QString dead = QStringLiteral(".take.wav.%1.0badf00d.part").arg(deadPid());
        const QString alive = QStringLiteral(".take.wav.%1.0badf00d.part").arg(QCoreApplication::applicationPid());
        const QStringList userFiles{QStringLiteral("notes.part"), QStringLiteral(".a.b.part"), QStringLiteral(".take.wav.12.xyz.part"),
                                    QStringLiteral("take.wav")};
        QVERIFY(touch(dead) && touch(alive));
        for (const QString& name : userFiles) QVERIFY(touch(name));
        QVERIFY(foley::AtomicFile::isTempFileName(dead.toStdString()));
        QCOMPARE(foley::AtomicFile::removeLeftoverTempFiles(dir.path().toStdString()), 1);
        QVERIFY(!QFile::exists(dir.filePath(dead)));
        QVERIFY(QFile::exists(dir.filePath(alive)));
        for (const QString& name : userFiles) QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
        QCOMPARE(foley::AtomicFile::removeLeftoverTempFiles(dir.filePath(QStringLiteral("missing")).toStdString()), 0);
        QCOMPARE(foley::AtomicFile::describeWriteError(EFBIG), std::string("the disk is full"));
    }

    void initTestCase();
    void roundTripsFloat32Exactly();
    void roundTripsInt16WithinOneStep();
    void clipsInt16();
    void replacesAtomicallyAndLeavesNoTempFile();
    void failsOnUnwritableFolder();
    void streamedInPiecesIsTheSameFile();
    void anUnfinishedStreamLeavesNothing();

private:
    QTemporaryDir m_dir;
};

void TstWavFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TstWavFile::roundTripsFloat32Exactly()
{
    const AudioBuffer audio = ramp(12345, 2, 16000);
    const QString path = m_dir.filePath("float.wav");
    QVERIFY(writeWav(path.toStdString(), audio, WavSampleFormat::Float32).ok());
    const auto info = probeMedia(path.toStdString());
    QVERIFY(info.ok());
    QCOMPARE(info->bestAudio()->codecName, std::string("pcm_f32le"));
    const auto back = decodeAudio(path.toStdString(), {0, 0});
    QVERIFY(back.ok());
    QCOMPARE(back->sampleRate(), 16000);
    QCOMPARE(back->channels(), 2);
    QVERIFY(back->samples() == audio.samples());
}

void TstWavFile::roundTripsInt16WithinOneStep()
{
    const AudioBuffer audio = ramp(48000, 1, 48000);
    const QString path = m_dir.filePath("pcm16.wav");
    QVERIFY(writeWav(path.toStdString(), audio, WavSampleFormat::Int16).ok());
    QCOMPARE(QFileInfo(path).size(), qint64(44 + 48000 * 2));
    const auto back = decodeAudio(path.toStdString(), {0, 0});
    QVERIFY(back.ok());
    QCOMPARE(back->frameCount(), audio.frameCount());
    for (size_t i = 0; i < audio.frameCount(); ++i) QVERIFY(std::abs(back->at(i) - audio.at(i)) <= 0.5f / 32768.0f + 1e-7f);
}

void TstWavFile::clipsInt16()
{
    const AudioBuffer loud(std::vector<float>{2.0f, -3.0f, 0.5f}, 8000, 1);
    const QString path = m_dir.filePath("loud.wav");
    QVERIFY(writeWav(path.toStdString(), loud, WavSampleFormat::Int16).ok());
    const auto back = decodeAudio(path.toStdString(), {0, 0});
    QVERIFY(back.ok());
    QCOMPARE(back->frameCount(), size_t(3));
    QVERIFY(std::abs(back->at(0) - 32767.0f / 32768.0f) < 1e-6f);
    QCOMPARE(back->at(1), -1.0f);
    QCOMPARE(back->at(2), 0.5f);
}

void TstWavFile::replacesAtomicallyAndLeavesNoTempFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath("take.wav");
    QVERIFY(writeWav(path.toStdString(), ramp(1000, 1, 8000)).ok());
    QVERIFY(writeWav(path.toStdString(), ramp(2000, 1, 8000)).ok());
    const auto back = decodeAudio(path.toStdString(), {0, 0});
    QVERIFY(back.ok());
    QCOMPARE(back->frameCount(), size_t(2000));
    const QStringList entries = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(entries, QStringList{"take.wav"});
}

void TstWavFile::failsOnUnwritableFolder()
{
    // A regular file used as a folder blocks writing even for root.
    QFile plain(m_dir.filePath("plain-file"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const auto status = writeWav((plain.fileName() + "/take.wav").toStdString(), ramp(10, 1, 8000));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::IoWriteFailed);
    QVERIFY(QString::fromStdString(status.error().message).contains("is not a folder"));
    const auto missing = writeWav(m_dir.filePath("no/such/folder/take.wav").toStdString(), ramp(10, 1, 8000));
    QVERIFY(!missing.ok());
    QVERIFY(QString::fromStdString(missing.error().message).contains("does not exist"));
}

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

// A take written block by block as it renders is byte for byte the file written whole (header sizes patched at the
// end), in both formats, and starting over with begin() drops what was written.
void TstWavFile::streamedInPiecesIsTheSameFile()
{
    const AudioBuffer audio = ramp(10007, 2, 48000);
    for (WavSampleFormat format : {WavSampleFormat::Float32, WavSampleFormat::Int16}) {
        const QString whole = m_dir.filePath("whole.wav"), pieces = m_dir.filePath("pieces ä.wav");
        QFile::remove(pieces);
        QVERIFY(writeWav(whole.toStdString(), audio, format).ok());
        WavStreamWriter writer(pieces.toStdString(), format);
        QVERIFY(writer.begin(8000, 1).ok());
        QVERIFY(writer.write(audio.data(), 100).ok());  // dropped by the next begin()
        QVERIFY(writer.begin(audio.sampleRate(), audio.channels()).ok());
        for (size_t first = 0; first < audio.frameCount(); first += 3001) {
            const size_t frames = std::min<size_t>(3001, audio.frameCount() - first);
            QVERIFY(writer.write(audio.data() + first * 2, static_cast<int64_t>(frames)).ok());
        }
        QVERIFY(!QFileInfo::exists(pieces));  // only the temp file until finish()
        QVERIFY(writer.finish().ok());
        QCOMPARE(writer.framesWritten(), int64_t(10007));
        QCOMPARE(bytesOf(pieces), bytesOf(whole));
    }
}

void TstWavFile::anUnfinishedStreamLeavesNothing()
{
    QTemporaryDir folder;
    {
        WavStreamWriter writer(folder.filePath("take.wav").toStdString());
        QVERIFY(writer.begin(48000, 2).ok());
        const AudioBuffer audio = ramp(4800, 2, 48000);
        QVERIFY(writer.write(audio.data(), 4800).ok());
    }  // abandoned (an error, a cancel): no take, no temp file
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{});
    WavStreamWriter unopened(folder.filePath("x.wav").toStdString());
    QCOMPARE(unopened.finish().error().code, ErrorCode::IoWriteFailed);
    QCOMPARE(WavStreamWriter(folder.filePath("y.wav").toStdString()).begin(0, 2).error().code, ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TstWavFile)
#include "tst_wavfile.moc"
