// Broadcast WAV (core/media/BroadcastWav): 24-bit samples read back by FFmpeg within half a step, the bext fields and
// loudness values, cue points with their labels (including odd-length labels, which need RIFF padding), and refusals.
#include "core/media/AudioDecoder.h"
#include "core/media/BroadcastWav.h"

#include "MediaFixtures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace foley;

class TstBroadcastWav : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string path(const char* name) const { return m_dir.filePath(name).toStdString(); }

private slots:
    void samplesAndHeadersRoundTrip()
    {
        std::vector<float> samples(48000 * 2);
        for (size_t i = 0; i < samples.size(); ++i) samples[i] = static_cast<float>(0.9 * std::sin(0.01 * static_cast<double>(i)));
        samples[10] = 1.5f;  // clipped to full scale
        media::BextInfo bext;
        bext.description = "a door slams, then steps";
        bext.originator = "FoleyForge";
        bext.originatorReference = "take:clip";
        bext.originationDate = "2026-12-07";
        bext.originationTime = "11:50:00";
        bext.codingHistory = "A=PCM,F=48000,W=24,M=stereo\r\n";
        bext.integratedLufs = -23.04;
        bext.maxTruePeakDbtp = -1.2;
        const std::vector<media::WavCuePoint> cues{{1, 4800, "door"}, {2, 24000, "step"}, {3, 30000, ""}};
        const std::string file = path("stem.wav");
        QVERIFY(media::writeBroadcastWav(file, AudioBuffer(samples, 48000, 2), bext, cues).ok());

        const auto info = media::readBroadcastWavInfo(file);
        QVERIFY2(info.ok(), info.ok() ? "" : info.error().message.c_str());
        QCOMPARE(info->sampleRate, 48000);
        QCOMPARE(info->channels, 2);
        QCOMPARE(info->bitsPerSample, 24);
        QCOMPARE(info->frames, uint64_t{48000});
        QCOMPARE(info->bext->description, bext.description);
        QCOMPARE(info->bext->originator, bext.originator);
        QCOMPARE(info->bext->originatorReference, bext.originatorReference);
        QCOMPARE(info->bext->originationDate, bext.originationDate);
        QCOMPARE(info->bext->originationTime, bext.originationTime);
        QCOMPARE(info->bext->timeReferenceSamples, uint64_t{0});
        QCOMPARE(info->bext->codingHistory, bext.codingHistory);
        QCOMPARE(*info->bext->integratedLufs, -23.04);
        QCOMPARE(*info->bext->maxTruePeakDbtp, -1.2);
        QVERIFY(!info->bext->loudnessRangeLu.has_value());  // unset stays unset
        QVERIFY(info->cues == cues);

        // FFmpeg reads it as 24-bit PCM with the same samples.
        const auto decoded = media::decodeAudio(file, {0, 0, -1, 0, 0});
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->frameCount(), size_t{48000});
        QVERIFY(std::abs(decoded->at(5, 0) - 1.0f) < 1e-6f);  // clipped to full scale
        double worst = 0;
        for (size_t i = 12; i < samples.size(); ++i) worst = std::max(worst, std::abs(static_cast<double>(decoded->samples()[i] - samples[i])));
        QVERIFY2(worst <= 0.5 / 8388608.0 + 1e-9, qPrintable(QString::number(worst)));
    }

    void longDescriptionIsCutAtACharacter()
    {
        media::BextInfo bext;
        for (int i = 0; i < 100; ++i) bext.description += "足";  // 3 bytes each: 256 is not a boundary
        const std::string file = path("long.wav");
        QVERIFY(media::writeBroadcastWav(file, AudioBuffer(std::vector<float>(96, 0.0f), 48000, 1), bext).ok());
        const auto info = media::readBroadcastWavInfo(file);
        QVERIFY(info.ok());
        QCOMPARE(info->bext->description.size(), size_t{255});
        QVERIFY(QString::fromUtf8(info->bext->description.c_str()).toUtf8().toStdString() == info->bext->description);
    }

    void refusals()
    {
        QVERIFY(!media::writeBroadcastWav(path("empty.wav"), AudioBuffer(), {}).ok());
        QVERIFY(!QFileInfo::exists(m_dir.filePath("empty.wav")));
        QVERIFY(!media::writeBroadcastWav(path("no such folder/x.wav"), AudioBuffer(std::vector<float>(4, 0.f), 48000, 1), {}).ok());
        MediaFixtures fixtures(m_dir.path());
        const QString text = fixtures.writeBytes("text.wav", "not a wav at all");
        const auto read = media::readBroadcastWavInfo(text.toStdString());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::IoParseFailed);
        // A plain WAV (no bext) reads without one.
        const QString plain = fixtures.sineWav("plain.wav", 0.5, 44100, 1);
        const auto info = media::readBroadcastWavInfo(plain.toStdString());
        QVERIFY(info.ok() && !info->bext && info->bitsPerSample == 16 && info->frames == 22050);
    }
};

QTEST_GUILESS_MAIN(TstBroadcastWav)
#include "tst_broadcastwav.moc"
