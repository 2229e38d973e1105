#include "MediaFixtures.h"

#include "core/media/AudioDecoder.h"
#include "core/media/MediaProbe.h"
#include "core/media/WavFile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using foley::AudioBuffer;
using foley::ErrorCode;
using foley::RunControl;
using namespace foley::media;

namespace {

// ffmpeg's sine source has amplitude 1/8: RMS = 1/(8·√2).
constexpr double kSineRms = 0.125 / 1.4142135623730951;

double rms(const AudioBuffer& audio, double fromSeconds, double toSeconds, int channel = 0)
{
    const auto from = static_cast<size_t>(fromSeconds * audio.sampleRate());
    const auto to = std::min(audio.frameCount(), static_cast<size_t>(toSeconds * audio.sampleRate()));
    double sum = 0;
    for (size_t i = from; i < to; ++i) sum += double(audio.at(i, channel)) * audio.at(i, channel);
    return to > from ? std::sqrt(sum / double(to - from)) : 0.0;
}

size_t peakFrame(const AudioBuffer& audio)
{
    size_t best = 0;
    for (size_t i = 0; i < audio.frameCount(); ++i)
        if (std::abs(audio.at(i)) > std::abs(audio.at(best))) best = i;
    return best;
}

// A silent WAV at `rate` with one full-scale click at `clickFrame`.
AudioBuffer clickAt(size_t frames, size_t clickFrame, int rate)
{
    std::vector<float> samples(frames, 0.0f);
    samples[clickFrame] = 1.0f;
    return AudioBuffer(std::move(samples), rate, 1);
}

}  // namespace

class TstAudioDecoder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void decodesDurationAndLevel();
    void resamplesToModelRate();
    void duplicatesMonoToStereo();
    void averagesStereoToMono();
    void keepsSourceLayout();
    void isSampleAccurateAcrossRates();
    void decodesRangeFromStart();
    void padsLeadingOffset();
    void reportsProgressAndCancels();
    void rejectsVideoOnly();
    void rejectsBadInput_data();
    void rejectsBadInput();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MediaFixtures> m_media;
    QString m_mp4;
};

void TstAudioDecoder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_media = std::make_unique<MediaFixtures>(m_dir.path());
    m_mp4 = m_media->videoWithAudio("av.mp4");
    QVERIFY2(!m_mp4.isEmpty(), qPrintable(m_media->lastError()));
}

void TstAudioDecoder::decodesDurationAndLevel()
{
    const auto audio = decodeAudio(m_mp4.toStdString(), {48000, 1});
    QVERIFY2(audio.ok(), audio.ok() ? "" : audio.error().message.c_str());
    QCOMPARE(audio->sampleRate(), 48000);
    QCOMPARE(audio->channels(), 1);
    // 3 s of AAC: the encoder's priming is removed, so the length is 3 s within one AAC frame.
    QVERIFY2(std::abs(audio->durationSeconds() - 3.0) < 1024.0 / 44100, qPrintable(QString::number(audio->durationSeconds())));
    const double level = rms(*audio, 0.2, 2.8);
    QVERIFY2(std::abs(level - kSineRms) < 0.03 * kSineRms, qPrintable(QString::number(level)));
}

void TstAudioDecoder::resamplesToModelRate()
{
    const QString wav = m_media->sineWav("tone48.wav", 2.0, 48000, 1);
    const auto audio = decodeAudio(wav.toStdString(), {16000, 1});
    QVERIFY(audio.ok());
    QCOMPARE(audio->sampleRate(), 16000);
    QCOMPARE(static_cast<long long>(audio->frameCount()), 32000LL);
    const double level = rms(*audio, 0.1, 1.9);
    QVERIFY(std::abs(level - kSineRms) < 0.02 * kSineRms);
}

void TstAudioDecoder::duplicatesMonoToStereo()
{
    const auto audio = decodeAudio(m_mp4.toStdString(), {44100, 2});
    QVERIFY(audio.ok());
    QCOMPARE(audio->channels(), 2);
    for (size_t i = 0; i < audio->frameCount(); i += 97) QCOMPARE(audio->at(i, 0), audio->at(i, 1));
    // Full level on both sides, not FFmpeg's default -3 dB per side.
    QVERIFY(std::abs(rms(*audio, 0.2, 2.8, 1) - kSineRms) < 0.03 * kSineRms);
}

void TstAudioDecoder::averagesStereoToMono()
{
    // Left: the sine, right: silence → the mono mix is half the sine.
    const QString wav = m_media->path("left-only.wav");
    QVERIFY(m_media->ffmpeg({"-f", "lavfi", "-i", "sine=frequency=440:duration=2:sample_rate=48000", "-f", "lavfi", "-i",
                             "anullsrc=r=48000:cl=mono", "-filter_complex", "[0:a][1:a]amerge=inputs=2[a]", "-map", "[a]", "-t", "2",
                             "-c:a", "pcm_f32le", wav}));
    const auto stereo = decodeAudio(wav.toStdString(), {48000, 0});
    QVERIFY(stereo.ok());
    QCOMPARE(stereo->channels(), 2);
    const auto mono = decodeAudio(wav.toStdString(), {48000, 1});
    QVERIFY(mono.ok());
    QCOMPARE(mono->channels(), 1);
    QCOMPARE(mono->frameCount(), stereo->frameCount());
    for (size_t i = 0; i < mono->frameCount(); i += 101)
        QVERIFY(std::abs(mono->at(i) - 0.5f * (stereo->at(i, 0) + stereo->at(i, 1))) < 1e-6f);
    QVERIFY(std::abs(rms(*mono, 0.1, 1.9) - 0.5 * kSineRms) < 0.02 * kSineRms);
}

void TstAudioDecoder::keepsSourceLayout()
{
    const QString wav = m_media->sineWav("tone-stereo-22k.wav", 1.0, 22050, 2);
    const auto audio = decodeAudio(wav.toStdString(), {0, 0});
    QVERIFY(audio.ok());
    QCOMPARE(audio->sampleRate(), 22050);
    QCOMPARE(audio->channels(), 2);
    QCOMPARE(static_cast<long long>(audio->frameCount()), 22050LL);
}

void TstAudioDecoder::isSampleAccurateAcrossRates()
{
    const QString wav = m_media->path("click.wav");
    QVERIFY(writeWav(wav.toStdString(), clickAt(96000, 36000, 48000)).ok());
    const auto same = decodeAudio(wav.toStdString(), {48000, 1});
    QVERIFY(same.ok());
    QCOMPARE(static_cast<long long>(peakFrame(*same)), 36000LL);
    QCOMPARE(static_cast<long long>(same->frameCount()), 96000LL);
    const auto model = decodeAudio(wav.toStdString(), {16000, 1});
    QVERIFY(model.ok());
    QCOMPARE(static_cast<long long>(peakFrame(*model)), 12000LL);
    QCOMPARE(static_cast<long long>(model->frameCount()), 32000LL);
    const auto cd = decodeAudio(wav.toStdString(), {44100, 1});
    QVERIFY(cd.ok());
    QVERIFY(std::llabs(static_cast<long long>(peakFrame(*cd)) - 33075LL) <= 1);
}

void TstAudioDecoder::decodesRangeFromStart()
{
    const QString wav = m_media->path("click-late.wav");
    QVERIFY(writeWav(wav.toStdString(), clickAt(144000, 60000, 48000)).ok());  // click at 1.25 s
    const auto range = decodeAudio(wav.toStdString(), {48000, 1, -1, 1.0, 0.5});
    QVERIFY(range.ok());
    QCOMPARE(static_cast<long long>(range->frameCount()), 24000LL);
    QCOMPARE(static_cast<long long>(peakFrame(*range)), 12000LL);
    QCOMPARE(range->at(12000), 1.0f);
    const auto tail = decodeAudio(wav.toStdString(), {16000, 1, -1, 1.0, 0});
    QVERIFY(tail.ok());
    QCOMPARE(static_cast<long long>(tail->frameCount()), 32000LL);
    QCOMPARE(static_cast<long long>(peakFrame(*tail)), 4000LL);
}

void TstAudioDecoder::padsLeadingOffset()
{
    // The audio starts 0.5 s after the video: sample 0 must still be time 0.
    const QString late = m_media->path("late-audio.mp4");
    QVERIFY2(m_media->ffmpeg({"-f", "lavfi", "-i", "testsrc=duration=3:size=160x120:rate=25", "-itsoffset", "0.5", "-f", "lavfi", "-i",
                              "sine=frequency=440:duration=2.5:sample_rate=48000", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a",
                              "aac", late}),
             qPrintable(m_media->lastError()));
    const auto info = probeMedia(late.toStdString());
    QVERIFY(info.ok());
    QVERIFY(std::abs(info->bestAudio()->startSeconds - 0.5) < 0.03);

    const auto audio = decodeAudio(late.toStdString(), {48000, 1});
    QVERIFY(audio.ok());
    QVERIFY(rms(*audio, 0.0, 0.45) < 1e-4);
    QVERIFY(std::abs(rms(*audio, 0.6, 2.9) - kSineRms) < 0.03 * kSineRms);
    QVERIFY(std::abs(audio->durationSeconds() - 3.0) < 0.03);
    // The first sound is within 1 ms of 0.5 s (AAC smears a few samples of pre-echo).
    size_t onset = 0;
    while (onset < audio->frameCount() && std::abs(audio->at(onset)) < 0.01f) ++onset;
    QVERIFY2(std::abs(double(onset) - 24000.0) < 48, qPrintable(QString::number(onset)));
}

void TstAudioDecoder::reportsProgressAndCancels()
{
    QList<double> reported;
    RunControl control;
    control.progress = [&](double fraction) { reported.append(fraction); };
    const auto audio = decodeAudio(m_mp4.toStdString(), {16000, 1}, &control);
    QVERIFY(audio.ok());
    QVERIFY(reported.size() > 3);
    QCOMPARE(reported.last(), 1.0);
    for (int i = 1; i < reported.size(); ++i) QVERIFY(reported[i] >= reported[i - 1]);

    RunControl cancelling;
    cancelling.progress = [&](double fraction) {
        if (fraction > 0.3) cancelling.cancel();
    };
    const auto cancelled = decodeAudio(m_mp4.toStdString(), {16000, 1}, &cancelling);
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error().isCancelled());
}

void TstAudioDecoder::rejectsVideoOnly()
{
    const QString silent = m_media->videoOnly("silent.mp4");
    QVERIFY(!silent.isEmpty());
    const auto audio = decodeAudio(silent.toStdString());
    QVERIFY(!audio.ok());
    QCOMPARE(audio.error().code, ErrorCode::MediaNoStream);
    QVERIFY(QString::fromStdString(audio.error().message).contains("silent.mp4' has no audio stream"));
}

void TstAudioDecoder::rejectsBadInput_data()
{
    QTest::addColumn<QString>("file");
    for (const auto& [label, file] : m_media->badMediaFiles()) QTest::newRow(qPrintable(label)) << file;
}

void TstAudioDecoder::rejectsBadInput()
{
    QFETCH(QString, file);
    const auto audio = decodeAudio(file.toStdString());
    QVERIFY(!audio.ok());
    QVERIFY(!audio.error().message.empty());
}

QTEST_GUILESS_MAIN(TstAudioDecoder)
#include "tst_audiodecoder.moc"
