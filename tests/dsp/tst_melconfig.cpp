#include "core/dsp/MelConfig.h"
#include "core/dsp/MelFilterbank.h"

#include <QtTest>

#include <cmath>

using foley::dsp::MelConfig;
using foley::dsp::MelFilterbank;

class TstMelConfig : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreTheProjectDefinition()
    {
        const MelConfig config;
        QCOMPARE(config.sampleRate, 16000);
        QCOMPARE(config.nFft, 1024);
        QCOMPARE(config.winLength, 1024);
        QCOMPARE(config.hop, 160);
        QCOMPARE(config.nMels, 64);
        QCOMPARE(config.fMin, 0.0);
        QCOMPARE(config.fMax, 8000.0);
        QCOMPARE(config.logFloor, 1e-5);
        QVERIFY(config.center);
        QCOMPARE(config.framesPerSecond(), 100.0);
        QVERIFY(config.validate().empty());
    }

    void frameCountFollowsCentredFraming()
    {
        const MelConfig config;
        QCOMPARE(config.frameCount(0), int64_t(0));
        QCOMPARE(config.frameCount(1), int64_t(1));
        QCOMPARE(config.frameCount(159), int64_t(1));
        QCOMPARE(config.frameCount(160), int64_t(2));
        QCOMPARE(config.frameCount(16000), int64_t(101));
        QCOMPARE(config.frameToSeconds(250), 2.5);
    }

    void toStringRoundTripsAndComparesFieldByField()
    {
        MelConfig config;
        config.fMax = 7600.5;
        config.logFloor = 1.0 / 3.0;
        const std::string text = config.toString();
        QVERIFY(text.find("mel_scale=slaney\n") != std::string::npos);
        QVERIFY(text.find("norm=slaney\n") != std::string::npos);
        QVERIFY(text.find("hop=160\n") != std::string::npos);
        const auto parsed = MelConfig::fromString(text);
        QVERIFY(parsed.has_value());
        QVERIFY(*parsed == config);
        QCOMPARE(parsed->toString(), text);
        QVERIFY(*parsed != MelConfig{});

        MelConfig other = config;
        other.hop = 256;
        QVERIFY(other != config);
    }

    void fromStringRejectsOtherDefinitions()
    {
        const std::string text = MelConfig{}.toString();
        auto replaced = [&](const std::string& from, const std::string& to) {
            std::string copy = text;
            copy.replace(copy.find(from), from.size(), to);
            return copy;
        };
        QVERIFY(!MelConfig::fromString(replaced("mel_scale=slaney", "mel_scale=htk")).has_value());
        QVERIFY(!MelConfig::fromString(replaced("n_fft=1024", "n_fft=10x4")).has_value());
        QVERIFY(!MelConfig::fromString(replaced("hop=160\n", "")).has_value());
        QVERIFY(!MelConfig::fromString(text + "power=2\n").has_value());
        QVERIFY(!MelConfig::fromString("garbage").has_value());
    }

    void validateNamesTheProblem()
    {
        MelConfig config;
        config.hop = 0;
        QVERIFY(config.validate().find("hop") != std::string::npos);
        config = MelConfig{};
        config.fMax = 9000;
        QVERIFY(!config.validate().empty());
    }

    void slaneyScaleIsLinearThenLog()
    {
        QCOMPARE(foley::dsp::hzToMel(0.0), 0.0);
        QVERIFY(std::abs(foley::dsp::hzToMel(500.0) - 7.5) < 1e-12);
        QVERIFY(std::abs(foley::dsp::hzToMel(1000.0) - 15.0) < 1e-12);
        // 27 mels per factor 6.4 above 1 kHz.
        QVERIFY(std::abs(foley::dsp::hzToMel(6400.0) - 42.0) < 1e-9);
        for (double hz : {10.0, 440.0, 999.0, 1000.0, 2500.0, 8000.0})
            QVERIFY(std::abs(foley::dsp::melToHz(foley::dsp::hzToMel(hz)) - hz) < 1e-9);
    }

    void filtersHaveUnitAreaAndSlaneyNormalisation()
    {
        const MelConfig config;
        const MelFilterbank bank(config);
        QCOMPARE(bank.melCount(), 64);
        QCOMPARE(bank.binCount(), 513);
        QCOMPARE(bank.edgesHz().size(), size_t(66));
        QCOMPARE(bank.edgesHz().front(), 0.0);
        QVERIFY(std::abs(bank.edgesHz().back() - 8000.0) < 1e-9);
        const double binHz = 16000.0 / 1024.0;
        const std::vector<float> dense = bank.matrix();
        for (int m = 0; m < bank.melCount(); ++m) {
            const double lower = bank.edgesHz()[size_t(m)];
            const double upper = bank.edgesHz()[size_t(m) + 2];
            double area = 0;
            float peak = 0;
            for (int k = 0; k < bank.binCount(); ++k) {
                const float w = dense[size_t(m) * 513 + size_t(k)];
                QCOMPARE(w, bank.weight(m, k));
                area += w * binHz;
                peak = std::max(peak, w);
            }
            // Peak height never exceeds 2/(upper-lower); the triangle's area is 1 (sampled: within 5% for
            // filters spanning several bins).
            QVERIFY(peak <= 2.0 / (upper - lower) * (1 + 1e-6));
            if (upper - lower > 8 * binHz) QVERIFY2(std::abs(area - 1.0) < 0.05, qPrintable(QString::number(area)));
        }
    }
};

QTEST_GUILESS_MAIN(TstMelConfig)
#include "tst_melconfig.moc"
