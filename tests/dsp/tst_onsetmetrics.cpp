#include "core/dsp/OnsetMetrics.h"

#include <QtTest>

#include <cmath>

using foley::dsp::OnsetEvent;
using foley::dsp::OnsetSecondsList;
using foley::dsp::OnsetMetrics;
using foley::dsp::OnsetScores;

namespace {

const OnsetSecondsList kReference = {{0.5, 1.0}, {1.0, 1.0}, {1.5, 1.0}, {2.0, 1.0}};

OnsetSecondsList shifted(double by)
{
    OnsetSecondsList list;
    const double strengths[] = {0.9, 0.8, 0.7, 0.6};
    for (size_t i = 0; i < kReference.size(); ++i) list.push_back({kReference[i].seconds + by, strengths[i]});
    return list;
}

bool near(double a, double b) { return std::abs(a - b) < 1e-12; }

}  // namespace

class TstOnsetMetrics : public QObject {
    Q_OBJECT

private slots:
    void perfect()
    {
        const OnsetScores s = OnsetMetrics().evaluate(shifted(0.0), kReference);
        QCOMPARE(s.matched, 4);
        QCOMPARE(s.precision, 1.0);
        QCOMPARE(s.recall, 1.0);
        QCOMPARE(s.f1, 1.0);
        QCOMPARE(s.acc, 1.0);
        QCOMPARE(s.ap, 1.0);
        QCOMPARE(s.apStrict, 1.0);
        QCOMPARE(s.detectionAcc, 1.0);
        QCOMPARE(s.matches.size(), size_t(4));
        QCOMPARE(s.matches[2], std::make_pair(2, 2));
    }

    void shifted30msStillMatches()
    {
        for (double by : {0.03, -0.03}) {
            const OnsetScores s = OnsetMetrics().evaluate(shifted(by), kReference);
            QCOMPARE(s.matched, 4);
            QCOMPARE(s.f1, 1.0);
            QCOMPARE(s.ap, 1.0);
            QCOMPARE(s.acc, 1.0);
        }
    }

    void shifted80msFailsF1ButNotAp()
    {
        const OnsetScores s = OnsetMetrics().evaluate(shifted(0.08), kReference);
        QCOMPARE(s.matched, 0);
        QCOMPARE(s.precision, 0.0);
        QCOMPARE(s.recall, 0.0);
        QCOMPARE(s.f1, 0.0);
        // CondFoleyGen's AP uses a 0.1 s window, so an 80 ms lag is still a hit there.
        QCOMPARE(s.ap, 1.0);
        QCOMPARE(s.apStrict, 1.0);
        QCOMPARE(s.acc, 1.0);
        QCOMPARE(s.detectionAcc, 1.0);
        // With a 0.1 s F1 tolerance the same detections all match.
        foley::dsp::OnsetMetricsConfig wide;
        wide.tolerance = 0.1;
        QCOMPARE(OnsetMetrics(wide).evaluate(shifted(0.08), kReference).f1, 1.0);
    }

    void extraOnsets()
    {
        OnsetSecondsList detected = shifted(0.0);
        detected.push_back({0.25, 0.95});  // a strong false alarm ranks first
        detected.push_back({1.25, 0.65});
        const OnsetScores s = OnsetMetrics().evaluate(detected, kReference);
        QCOMPARE(s.matched, 4);
        QVERIFY(near(s.precision, 4.0 / 6.0));
        QCOMPARE(s.recall, 1.0);
        QVERIFY(near(s.f1, 0.8));
        QCOMPARE(s.acc, 0.0);
        // Ranking .95(F) .9(T) .8(T) .7(T) .65(F) .6(T): AP = 1/4*1/2 + 1/4*2/3 + 1/4*3/4 + 1/4*4/6 = 31/48.
        QVERIFY2(near(s.ap, 31.0 / 48.0), qPrintable(QString::number(s.ap, 'g', 17)));
        QVERIFY(near(s.apStrict, 31.0 / 48.0));
        QCOMPARE(s.detectionAcc, 1.0);
    }

    void missingOnsets()
    {
        const OnsetSecondsList detected = {{0.5, 0.9}, {1.5, 0.7}};
        const OnsetScores s = OnsetMetrics().evaluate(detected, kReference);
        QCOMPARE(s.matched, 2);
        QCOMPARE(s.precision, 1.0);
        QCOMPARE(s.recall, 0.5);
        QVERIFY(near(s.f1, 2.0 / 3.0));
        QCOMPARE(s.acc, 0.0);
        // The script's AP: 0.5 → (1, .9); 1.0 → (1, 0); 1.5 → (1, .7), then no detection is left and it stops.
        // Every label is positive, so precision is 1 at every threshold: AP = 1 (misses cost nothing here).
        QCOMPARE(s.ap, 1.0);
        // Strict AP: two true detections ranked first, four references: (1 + 1) / 4.
        QCOMPARE(s.apStrict, 0.5);
        QCOMPARE(s.detectionAcc, 0.5);
    }

    void extraAndMissingAndShifted()
    {
        // 0.52 hits 0.5 (20 ms), 1.08 misses 1.0 for F1 (80 ms) but hits it for AP, 2.6 is a false alarm.
        const OnsetSecondsList detected = {{0.52, 0.4}, {1.08, 0.9}, {2.6, 0.6}};
        const OnsetScores s = OnsetMetrics().evaluate(detected, kReference);
        QCOMPARE(s.matched, 1);
        QVERIFY(near(s.precision, 1.0 / 3.0));
        QCOMPARE(s.recall, 0.25);
        QVERIFY(near(s.f1, 2 * (1.0 / 3) * 0.25 / (1.0 / 3 + 0.25)));
        QCOMPARE(s.acc, 0.0);
        // Script AP: refs 0.5 → (1,.4); 1.0 → (1,.9); 1.5 → (1,0); 2.0 → (1,0); unused 2.6 → (0,.6).
        // Thresholds .9: P 1, R 1/4; .6: P 1/2, R 1/4; .4: P 2/3, R 1/2; 0: P 4/5, R 1.
        // AP = 1/4*1 + 0 + 1/4*2/3 + 1/2*4/5 = 0.25 + 1/6 + 0.4.
        QVERIFY2(near(s.ap, 0.25 + 1.0 / 6.0 + 0.4), qPrintable(QString::number(s.ap, 'g', 17)));
        // Strict: ranked .9 (T), .6 (F), .4 (T): (1/1 + 2/3) / 4.
        QVERIFY(near(s.apStrict, (1.0 + 2.0 / 3.0) / 4.0));
        QCOMPARE(s.detectionAcc, 0.5);
    }

    void greedyClosestPairs()
    {
        // Closest pair first: 1.04↔1.03 (10 ms) wins, leaving 1.00 without a partner.
        auto m = OnsetMetrics::matchClosest({{1.00, 1}, {1.04, 1}}, {{1.03, 1}, {1.10, 1}}, 0.05);
        QCOMPARE(m.size(), size_t(1));
        QCOMPARE(m[0], std::make_pair(1, 0));
        // Tolerance is inclusive.
        m = OnsetMetrics::matchClosest({{1.05, 1}}, {{1.00, 1}}, 0.05);
        QCOMPARE(m.size(), size_t(1));
        m = OnsetMetrics::matchClosest({{1.0501, 1}}, {{1.00, 1}}, 0.05);
        QCOMPARE(m.size(), size_t(0));
        // One detection never matches two references.
        m = OnsetMetrics::matchClosest({{1.0, 1}}, {{0.99, 1}, {1.01, 1}}, 0.05);
        QCOMPARE(m.size(), size_t(1));
    }

    void nmsAndAveragePrecision()
    {
        const OnsetSecondsList kept = OnsetMetrics::suppressNonMaxima({{1.0, 0.5}, {1.03, 0.9}, {1.2, 0.1}}, 0.05);
        QCOMPARE(kept.size(), size_t(2));
        QCOMPARE(kept[0].seconds, 1.03);
        QCOMPARE(kept[1].seconds, 1.2);
        // Tied scores enter the curve together (sklearn): thresholds .5 (P 1/2, R 1/2) and .2 (P 2/3, R 1).
        QVERIFY(near(OnsetMetrics::averagePrecision({1, 0, 1}, {0.5, 0.5, 0.2}), 0.25 + 1.0 / 3.0));
        QCOMPARE(OnsetMetrics::averagePrecision({0, 0}, {0.5, 0.2}), 0.0);
        QCOMPARE(OnsetMetrics::averagePrecision({1, 1}, {0.5, 0.2}), 1.0);
    }

    void emptyCases()
    {
        const OnsetScores none = OnsetMetrics().evaluate({}, {});
        QCOMPARE(none.f1, 1.0);
        QCOMPARE(none.acc, 1.0);
        QCOMPARE(none.ap, 1.0);
        const OnsetScores noDetections = OnsetMetrics().evaluate({}, kReference);
        QCOMPARE(noDetections.f1, 0.0);
        QCOMPARE(noDetections.ap, 0.0);
        QCOMPARE(noDetections.apStrict, 0.0);
        QCOMPARE(noDetections.acc, 0.0);
        const OnsetScores noReference = OnsetMetrics().evaluate(shifted(0), {});
        QCOMPARE(noReference.precision, 0.0);
        QCOMPARE(noReference.ap, 0.0);
    }

    void summaryAveragesClips()
    {
        const OnsetMetrics metrics;
        const auto summary = OnsetMetrics::summarize(
            {metrics.evaluate(shifted(0.0), kReference), metrics.evaluate({{0.5, 0.9}, {1.5, 0.7}}, kReference)});
        QCOMPARE(summary.clips, 2);
        QCOMPARE(summary.acc, 0.5);
        QCOMPARE(summary.ap, 1.0);
        QCOMPARE(summary.apStrict, 0.75);
        QCOMPARE(summary.matched, 6);
        QCOMPARE(summary.detected, 6);
        QCOMPARE(summary.reference, 8);
        QVERIFY(near(summary.f1, 2 * 1.0 * 0.75 / 1.75));
    }
};

QTEST_GUILESS_MAIN(TstOnsetMetrics)
#include "tst_onsetmetrics.moc"
