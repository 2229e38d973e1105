// OnsetTrack invariants: always sorted by (time, id), ids stable and unique, lookups and neighbours.

#include "CoreTestSupport.h"

#include "core/model/OnsetTrack.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace foley;
using namespace foley::core;
using foley::core::testing::makeOnset;

class TstOnsetTrack : public QObject {
    Q_OBJECT

private:
    static bool isSorted(const OnsetTrack& track)
    {
        const OnsetSampleTimeList& list = track.onsets();
        for (int i = 1; i < list.size(); ++i) {
            const Onset& a = list[i - 1];
            const Onset& b = list[i];
            if (a.time > b.time || (a.time == b.time && a.id >= b.id)) return false;
        }
        return true;
    }

private slots:
    void insertKeepsOrderAndIds()
    {
        OnsetTrack track;
        QVERIFY(track.insert(makeOnset(3, 300)));
        QVERIFY(track.insert(makeOnset(1, 100)));
        QVERIFY(track.insert(makeOnset(2, 200)));
        QVERIFY(track.insert(makeOnset(7, 200)));  // same time: ordered by id
        QCOMPARE(track.count(), 4);
        QVERIFY(isSorted(track));
        QCOMPARE(track.onsets()[1].id, OnsetId(2));
        QCOMPARE(track.onsets()[2].id, OnsetId(7));
        QCOMPARE(track.indexOf(7), 2);
        QCOMPARE(track.onset(3)->time, SampleTime(300));
        QVERIFY(!track.onset(42));
        QCOMPARE(track.indexOf(42), -1);
    }

    void rejectsInvalidAndDuplicateIds()
    {
        OnsetTrack track;
        QVERIFY(track.insert(makeOnset(1, 10)));
        QVERIFY(!track.insert(makeOnset(1, 20)));
        QVERIFY(!track.insert(makeOnset(kInvalidId, 20)));
        QCOMPARE(track.count(), 1);
        QVERIFY(!track.reset({makeOnset(4, 1), makeOnset(4, 2)}));
        QCOMPARE(track.count(), 1);  // a refused reset changes nothing
        QCOMPARE(track.onsets()[0].time, SampleTime(10));
        QVERIFY(!track.updateMany({makeOnset(1, 5), makeOnset(99, 5)}));
        QCOMPARE(track.onset(1)->time, SampleTime(10));  // all-or-nothing
    }

    void valuesAreNormalized()
    {
        OnsetTrack track;
        QVERIFY(track.insert(makeOnset(1, -50, 1.7)));
        QCOMPARE(track.onset(1)->time, SampleTime(0));
        QCOMPARE(track.onset(1)->strength, 1.0);
        QVERIFY(track.update(makeOnset(1, 10, std::nan(""))));
        QCOMPARE(track.onset(1)->strength, 0.0);
    }

    void updateResortsAndKeepsIds()
    {
        OnsetTrack track;
        for (OnsetId id = 1; id <= 5; ++id) QVERIFY(track.insert(makeOnset(id, SampleTime(id) * 1000)));
        QVERIFY(track.update(makeOnset(1, 10'000, 0.5, QStringLiteral("moved"))));
        QVERIFY(isSorted(track));
        QCOMPARE(track.onsets().last().id, OnsetId(1));
        QCOMPARE(track.onset(1)->label, QStringLiteral("moved"));
        QCOMPARE(track.indexOf(2), 0);
    }

    void randomEditsStaySortedAndConsistent()
    {
        OnsetTrack track;
        QRandomGenerator rng(1234);
        QList<OnsetId> alive;
        for (int step = 0; step < 2000; ++step) {
            const int action = rng.bounded(3);
            if (action == 0 || alive.isEmpty()) {
                const OnsetId id = track.allocateId();
                QVERIFY(track.insert(makeOnset(id, rng.bounded(1000))));
                alive.append(id);
            } else if (action == 1) {
                const OnsetId id = alive[rng.bounded(static_cast<int>(alive.size()))];
                QVERIFY(track.update(makeOnset(id, rng.bounded(1000))));
            } else {
                const OnsetId id = alive.takeAt(rng.bounded(static_cast<int>(alive.size())));
                QVERIFY(track.remove(id));
            }
            QVERIFY(isSorted(track));
            QCOMPARE(track.count(), static_cast<int>(alive.size()));
        }
        for (OnsetId id : alive) QCOMPARE(track.onsets()[track.indexOf(id)].id, id);
    }

    void allocatedIdsAreNeverReused()
    {
        OnsetTrack track;
        QVERIFY(track.reset({makeOnset(10, 1), makeOnset(3, 2)}));
        const OnsetId next = track.allocateId();
        QVERIFY(next > 10);
        QVERIFY(track.insert(makeOnset(next, 5)));
        QVERIFY(track.remove(next));
        QVERIFY(track.allocateId() > next);  // removal does not free the id
    }

    void neighboursForPageUpDown()
    {
        OnsetTrack track;
        QVERIFY(track.reset({makeOnset(1, 100), makeOnset(2, 200), makeOnset(3, 200), makeOnset(4, 400)}));
        QCOMPARE(track.nextAfter(0)->id, OnsetId(1));
        QCOMPARE(track.nextAfter(100)->id, OnsetId(2));   // strictly after
        QCOMPARE(track.nextAfter(200)->id, OnsetId(4));   // skips the onsets at the same time
        QVERIFY(!track.nextAfter(400));
        QCOMPARE(track.previousBefore(400)->id, OnsetId(3));
        QCOMPARE(track.previousBefore(150)->id, OnsetId(1));
        QVERIFY(!track.previousBefore(100));
        const OnsetSampleTimeList range = track.inRange(150, 400);
        QCOMPARE(range.size(), 2);
        QCOMPARE(range[0].id, OnsetId(2));
        QCOMPARE(range[1].id, OnsetId(3));
    }

    void signalsAreFineGrained()
    {
        OnsetTrack track;
        QSignalSpy added(&track, &OnsetTrack::onsetAdded);
        QSignalSpy removed(&track, &OnsetTrack::onsetRemoved);
        QSignalSpy changed(&track, &OnsetTrack::onsetChanged);
        QSignalSpy reset(&track, &OnsetTrack::onsetsReset);
        QVERIFY(track.insert(makeOnset(5, 10)));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<OnsetId>(), OnsetId(5));
        QVERIFY(track.update(makeOnset(5, 10)));  // no change: no signal
        QCOMPARE(changed.count(), 0);
        QVERIFY(track.update(makeOnset(5, 20)));
        QCOMPARE(changed.count(), 1);
        QVERIFY(track.remove(5));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!track.remove(5));
        QCOMPARE(removed.count(), 1);
        QVERIFY(track.reset({}));
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TstOnsetTrack)
#include "tst_onsettrack.moc"
