// OnsetTableModel / OnsetTableView: keyboard editing emits intents, sorting, Delete, selection shared with the
// onset track editor, rows following the model.
#include "WidgetTestSupport.h"

#include "core/timeline/TimelineState.h"
#include "widgets/onsets/OnsetSelection.h"
#include "widgets/onsets/OnsetTableModel.h"
#include "widgets/onsets/OnsetTableView.h"
#include "widgets/onsets/TimeText.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>

#include <memory>

using namespace foley;
using foley::widgets::OnsetTableModel;
using foley::widgets::OnsetTableView;

class TstOnsetTable : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void parsesTimes();
    void showsOnsetsSortedByTime();
    void typingALabelEmitsRelabel();
    void editingTimeEmitsMove();
    void editingStrengthEmitsStrength();
    void deleteKeyRemovesSelectedRows();
    void selectionIsSharedBothWays();
    void headerClickSortsByStrength();
    void rowsFollowTheModel();

private:
    QPoint cellCentre(int row, int column) const;
    void editCell(int row, int column, const QString& text);

    std::unique_ptr<core::TimelineState> m_timeline;
    std::unique_ptr<core::OnsetTrack> m_track;
    std::unique_ptr<widgets::OnsetSelection> m_selection;
    std::unique_ptr<OnsetTableView> m_view;
    QList<core::OnsetId> m_ids;  // inserted out of time order on purpose: 3 s, 1 s, 2 s
};

void TstOnsetTable::init()
{
    m_timeline = std::make_unique<core::TimelineState>();
    m_timeline->setDuration(10 * kProjectRate);
    m_track = std::make_unique<core::OnsetTrack>();
    m_ids = {testing::addOnset(*m_track, 3 * kProjectRate, 0.2, "door"),
             testing::addOnset(*m_track, 1 * kProjectRate, 0.9, "step", core::OnsetOrigin::Detected),
             testing::addOnset(*m_track, 2 * kProjectRate, 0.5)};
    m_selection = std::make_unique<widgets::OnsetSelection>();
    m_selection->setTrack(m_track.get());
    m_view = std::make_unique<OnsetTableView>(m_selection.get(), m_timeline.get());
    m_view->setOnsetTrack(m_track.get());
    m_view->resize(480, 240);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
}

void TstOnsetTable::cleanup()
{
    m_view.reset();
    m_selection.reset();
    m_track.reset();
    m_timeline.reset();
}

QPoint TstOnsetTable::cellCentre(int row, int column) const
{
    return m_view->visualRect(m_view->model()->index(row, column)).center();
}

void TstOnsetTable::editCell(int row, int column, const QString& text)
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, cellCentre(row, column));
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != m_view.get());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(QApplication::focusWidget() == m_view.get());  // committed and closed (the delegate queues it)
}

void TstOnsetTable::parsesTimes()
{
    QCOMPARE(widgets::TimeText::parse("1.25"), std::optional<SampleTime>(60000));
    QCOMPARE(widgets::TimeText::parse(" 1,5 s"), std::optional<SampleTime>(72000));
    QCOMPARE(widgets::TimeText::parse("0:01.250"), std::optional<SampleTime>(60000));
    QCOMPARE(widgets::TimeText::parse("1:02:03.5"), std::optional<SampleTime>(secondsToSamples(3723.5)));
    QCOMPARE(widgets::TimeText::parse("-1"), std::nullopt);
    QCOMPARE(widgets::TimeText::parse("soon"), std::nullopt);
}

void TstOnsetTable::showsOnsetsSortedByTime()
{
    QCOMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(m_view->idAtRow(0), m_ids[1]);
    QCOMPARE(m_view->idAtRow(1), m_ids[2]);
    QCOMPARE(m_view->idAtRow(2), m_ids[0]);
    const auto* model = m_view->model();
    QCOMPARE(model->index(0, OnsetTableModel::TimeColumn).data().toString(), QStringLiteral("0:01.000"));
    QCOMPARE(model->index(0, OnsetTableModel::StrengthColumn).data().toString(), QStringLiteral("0.90"));
    QCOMPARE(model->index(0, OnsetTableModel::LabelColumn).data().toString(), QStringLiteral("step"));
    QCOMPARE(model->index(0, OnsetTableModel::OriginColumn).data().toString(), QStringLiteral("detector"));
    QVERIFY(!(model->flags(model->index(0, OnsetTableModel::OriginColumn)) & Qt::ItemIsEditable));
}

void TstOnsetTable::typingALabelEmitsRelabel()
{
    QSignalSpy spy(m_view.get(), &OnsetTableView::relabelOnsetRequested);
    // Type straight into the cell (no F2): "type to edit", as in Audacity's label editor.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, cellCentre(1, OnsetTableModel::LabelColumn));
    QTest::keyClick(m_view.get(), Qt::Key_G);  // the first key opens the editor with it...
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit*>(editor));
    QTest::keyClicks(editor, "lass");  // ...the rest go to the editor, which now has the focus
    QTest::keyClick(editor, Qt::Key_Return);  // the delegate commits on the next event-loop turn
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<core::OnsetId>(), m_ids[2]);
    QCOMPARE(spy[0][1].toString(), QStringLiteral("glass"));
    QCOMPARE(m_track->onset(m_ids[2])->label, QString());  // intents only
}

void TstOnsetTable::editingTimeEmitsMove()
{
    QSignalSpy spy(m_view.get(), &OnsetTableView::moveOnsetsRequested);
    editCell(0, OnsetTableModel::TimeColumn, "0:01.5");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<QList<core::OnsetId>>(), QList<core::OnsetId>{m_ids[1]});
    QCOMPARE(spy[0][1].value<SampleTime>(), SampleTime(kProjectRate / 2));
    editCell(0, OnsetTableModel::TimeColumn, "not a time");
    QCOMPARE(spy.count(), 1);  // refused, nothing asked
}

void TstOnsetTable::editingStrengthEmitsStrength()
{
    QSignalSpy spy(m_view.get(), &OnsetTableView::setOnsetStrengthRequested);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, cellCentre(2, OnsetTableModel::StrengthColumn));
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    auto* spin = qobject_cast<QDoubleSpinBox*>(QApplication::focusWidget());
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), 1.0);
    QTest::keyClick(spin, Qt::Key_Up);  // 0.20 + 0.05
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(spy.count(), 1);
    using Strengths = QHash<core::OnsetId, double>;
    const auto strengths = spy[0][0].value<Strengths>();
    QCOMPARE(strengths.keys(), QList<core::OnsetId>{m_ids[0]});
    QVERIFY(std::abs(strengths.value(m_ids[0]) - 0.25) < 1e-9);
}

void TstOnsetTable::deleteKeyRemovesSelectedRows()
{
    QSignalSpy spy(m_view.get(), &OnsetTableView::removeOnsetsRequested);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, cellCentre(0, 0));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCentre(1, 0));
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<QList<core::OnsetId>>(), (QList<core::OnsetId>{m_ids[1], m_ids[2]}));
}

void TstOnsetTable::selectionIsSharedBothWays()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, cellCentre(2, 1));
    QCOMPARE(m_selection->sortedIds(), QList<core::OnsetId>{m_ids[0]});
    QCOMPARE(m_timeline->playhead(), SampleTime(3 * kProjectRate));  // picking a row goes there
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_selection->sortedIds(), QList<core::OnsetId>{m_ids[2]});
    // The editor selects: the table follows.
    m_selection->setIds({m_ids[1], m_ids[0]}, m_ids[1]);
    QList<int> rows;
    for (const auto& index : m_view->selectionModel()->selectedRows()) rows << index.row();
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int>{0, 2}));
}

void TstOnsetTable::headerClickSortsByStrength()
{
    const QHeaderView* header = m_view->horizontalHeader();
    const int x = header->sectionViewportPosition(OnsetTableModel::StrengthColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, header->height() / 2));
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QList<core::OnsetId> expected{m_ids[0], m_ids[2], m_ids[1]};  // 0.2, 0.5, 0.9
    if (order == Qt::DescendingOrder) std::reverse(expected.begin(), expected.end());
    QCOMPARE(header->sortIndicatorSection(), int(OnsetTableModel::StrengthColumn));
    for (int row = 0; row < 3; ++row) QCOMPARE(m_view->idAtRow(row), expected[row]);
}

void TstOnsetTable::rowsFollowTheModel()
{
    const core::OnsetId added = testing::addOnset(*m_track, kProjectRate / 2, 1.0);
    QCOMPARE(m_view->model()->rowCount(), 4);
    QCOMPARE(m_view->idAtRow(0), added);  // re-sorted by time
    auto moved = *m_track->onset(added);
    moved.time = 5 * kProjectRate;
    m_track->update(moved);
    QCOMPARE(m_view->idAtRow(3), added);
    m_track->remove(m_ids[2]);
    QCOMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(m_view->rowOf(m_ids[2]), -1);
    m_track->reset({});
    QCOMPARE(m_view->model()->rowCount(), 0);
}

QTEST_MAIN(TstOnsetTable)
#include "tst_onsettable.moc"
