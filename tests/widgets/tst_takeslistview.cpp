// TakesListView: the columns a sound designer compares takes by, and the intents (set active, rename, delete,
// A/B), then the same gestures through the app's own IntentRouter and the real take commands with undo/redo.
#include "WidgetTestSupport.h"

#include "app/gui/IntentRouter.h"
#include "core/model/Project.h"
#include "widgets/takes/TakeTableModel.h"
#include "widgets/takes/TakesListView.h"

#include <QTableView>
#include <QToolButton>

#include <memory>

using namespace foley;
using foley::widgets::TakeTableModel;
using foley::widgets::TakesListView;

class TstTakesListView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsSettingsCaptionAndMetrics();
    void doubleClickAndEnterSetActive();
    void f2Renames();
    void deleteRemovesSelected();
    void abTogglesTheComparedTake();
    void intentsRoundTripThroughUndo();
    void multiDeleteIsOneUndoStep();

private:
    QPoint cell(int row, int column) const;
    void glue();

    std::unique_ptr<core::Project> m_project;
    std::unique_ptr<TakesListView> m_view;
    std::unique_ptr<app::IntentRouter> m_router;  // only the tests that call glue() route intents to commands
    QList<core::TakeId> m_ids;
};

void TstTakesListView::init()
{
    m_project = std::make_unique<core::Project>();
    auto& takes = m_project->takes();
    m_ids.clear();
    for (int i = 0; i < 3; ++i) {
        core::Take take;
        take.id = takes.allocateId();
        take.name = QStringLiteral("Take %1").arg(i + 1);
        take.settings.seed = 1000 + i;
        take.settings.steps = 20 + 5 * i;
        take.settings.guidance = 3.5 + i;
        take.caption = {QStringLiteral("footsteps, take %1").arg(i + 1), core::CaptionOrigin::User};
        take.created = QDateTime(QDate(2024, 5, 1), QTime(10, i, 0), Qt::UTC);
        if (i != 1) take.metrics.insert(QStringLiteral("onsetF1"), 0.8 + 0.05 * i);
        QVERIFY(takes.insert(take));
        m_ids << take.id;
    }
    takes.setActiveTakeId(m_ids[0]);
    m_view = std::make_unique<TakesListView>();
    m_view->setTakeList(&takes);
    m_view->resize(760, 260);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->table()->setFocus();
}

void TstTakesListView::cleanup()
{
    m_router.reset();
    m_view.reset();
    m_project.reset();
}

QPoint TstTakesListView::cell(int row, int column) const
{
    return m_view->table()->visualRect(m_view->table()->model()->index(row, column)).center();
}

// The app's own wiring, intent → command (not a copy of it, which could drift from what the editor does).
void TstTakesListView::glue()
{
    m_router = std::make_unique<app::IntentRouter>();
    m_router->setProject(m_project.get());
    m_router->route(m_view.get());
}

void TstTakesListView::showsSettingsCaptionAndMetrics()
{
    const auto* model = m_view->table()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, TakeTableModel::ActiveColumn).data().toString(), QStringLiteral("▶"));
    QVERIFY(model->index(0, TakeTableModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model->index(1, TakeTableModel::NameColumn).data().toString(), QStringLiteral("Take 2"));
    QCOMPARE(model->index(1, TakeTableModel::SeedColumn).data().toString(), QStringLiteral("1001"));
    QCOMPARE(model->index(1, TakeTableModel::StepsColumn).data().toInt(), 25);
    QCOMPARE(model->index(1, TakeTableModel::GuidanceColumn).data().toString(), QStringLiteral("4.5"));
    QCOMPARE(model->index(1, TakeTableModel::CaptionColumn).data().toString(), QStringLiteral("footsteps, take 2"));
    QCOMPARE(model->index(1, TakeTableModel::OnsetF1Column).data().toString(), QStringLiteral("—"));  // not measured
    QCOMPARE(model->index(2, TakeTableModel::OnsetF1Column).data().toString(), QStringLiteral("0.90"));
    QVERIFY(!model->index(2, TakeTableModel::CreatedColumn).data().toString().isEmpty());
}

void TstTakesListView::doubleClickAndEnterSetActive()
{
    QSignalSpy spy(m_view.get(), &TakesListView::setActiveTakeRequested);
    testing::doubleClick(m_view->table()->viewport(), cell(1, TakeTableModel::CaptionColumn));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<core::TakeId>(), m_ids[1]);
    QTest::keyClick(m_view->table(), Qt::Key_Down);
    QTest::keyClick(m_view->table(), Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[1][0].value<core::TakeId>(), m_ids[2]);
    QTest::keyClick(m_view->table(), Qt::Key_Up);
    QTest::keyClick(m_view->table(), Qt::Key_Up);
    QTest::keyClick(m_view->table(), Qt::Key_Return);  // already active: nothing to ask
    QCOMPARE(spy.count(), 2);
}

void TstTakesListView::f2Renames()
{
    QSignalSpy spy(m_view.get(), &TakesListView::renameTakeRequested);
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, Qt::NoModifier, cell(2, TakeTableModel::NameColumn));
    QTest::keyClick(m_view->table(), Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != m_view->table());
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, "Gravel, best");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<core::TakeId>(), m_ids[2]);
    QCOMPARE(spy[0][1].toString(), QStringLiteral("Gravel, best"));
}

void TstTakesListView::deleteRemovesSelected()
{
    QSignalSpy spy(m_view.get(), &TakesListView::removeTakesRequested);
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, Qt::NoModifier, cell(2, TakeTableModel::SeedColumn));
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, Qt::ControlModifier, cell(0, TakeTableModel::SeedColumn));
    QTest::keyClick(m_view->table(), Qt::Key_Delete);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<QList<core::TakeId>>(), (QList<core::TakeId>{m_ids[0], m_ids[2]}));
    QTest::mouseClick(m_view->deleteButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 2);
}

void TstTakesListView::abTogglesTheComparedTake()
{
    QSignalSpy spy(m_view.get(), &TakesListView::abListenRequested);
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, Qt::NoModifier, cell(0, TakeTableModel::SeedColumn));
    QVERIFY(!m_view->abButton()->isEnabled());  // the active take has nothing to be compared with itself
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, Qt::NoModifier, cell(1, TakeTableModel::SeedColumn));
    QVERIFY(m_view->abButton()->isEnabled());
    QTest::mouseClick(m_view->abButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<core::TakeId>(), m_ids[1]);
    QTest::keyClick(m_view->table(), Qt::Key_Down);  // compare with another take while A/B is on
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[1][0].value<core::TakeId>(), m_ids[2]);
    QTest::mouseClick(m_view->abButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy[2][0].value<core::TakeId>(), core::kInvalidId);  // back to the active take
}

void TstTakesListView::intentsRoundTripThroughUndo()
{
    glue();
    auto& stack = m_project->undoStack();
    auto& takes = m_project->takes();
    testing::doubleClick(m_view->table()->viewport(), cell(2, TakeTableModel::SeedColumn));
    QCOMPARE(takes.activeTakeId(), m_ids[2]);
    QCOMPARE(m_view->table()->model()->index(2, TakeTableModel::ActiveColumn).data().toString(), QStringLiteral("▶"));
    QCOMPARE(m_view->table()->model()->index(0, TakeTableModel::ActiveColumn).data().toString(), QString());
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, Qt::NoModifier, cell(0, TakeTableModel::SeedColumn));
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, Qt::ShiftModifier, cell(1, TakeTableModel::SeedColumn));
    QTest::keyClick(m_view->table(), Qt::Key_Delete);
    QCOMPARE(takes.count(), 1);
    QCOMPARE(m_view->table()->model()->rowCount(), 1);
    QCOMPARE(stack.count(), 2);  // set active, one multi-delete
    stack.undo();
    QCOMPARE(m_view->table()->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) QCOMPARE(m_view->takeModel()->idAt(row), m_ids[row]);  // back in place
    stack.undo();
    QCOMPARE(takes.activeTakeId(), m_ids[0]);
    QCOMPARE(m_view->table()->model()->index(0, TakeTableModel::ActiveColumn).data().toString(), QStringLiteral("▶"));
    stack.redo();
    stack.redo();
    QCOMPARE(m_view->table()->model()->rowCount(), 1);
    QCOMPARE(m_view->takeModel()->idAt(0), m_ids[2]);
}

// Deleting several takes is one step: one undo brings all of them back (in place, the active one active again),
// one redo removes all of them again.
void TstTakesListView::multiDeleteIsOneUndoStep()
{
    glue();
    auto& stack = m_project->undoStack();
    auto& takes = m_project->takes();
    QWidget* viewport = m_view->table()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, cell(0, TakeTableModel::SeedColumn));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, cell(2, TakeTableModel::SeedColumn));
    QTest::keyClick(m_view->table(), Qt::Key_Delete);
    QCOMPARE(takes.count(), 1);
    QCOMPARE(takes.takes().first().id, m_ids[1]);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Delete 2 take(s)"));  // the router's macro, not one step per take
    stack.undo();
    QCOMPARE(takes.count(), 3);
    QCOMPARE(m_view->table()->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) QCOMPARE(m_view->takeModel()->idAt(row), m_ids[row]);
    QCOMPARE(takes.activeTakeId(), m_ids[0]);
    QCOMPARE(stack.index(), 0);
    stack.redo();
    QCOMPARE(takes.count(), 1);
    QCOMPARE(m_view->table()->model()->rowCount(), 1);
    QCOMPARE(m_view->takeModel()->idAt(0), m_ids[1]);
    QCOMPARE(stack.index(), 1);
    stack.undo();
    QCOMPARE(takes.count(), 3);
    for (int row = 0; row < 3; ++row) QCOMPARE(m_view->takeModel()->idAt(row), m_ids[row]);
    QCOMPARE(takes.activeTakeId(), m_ids[0]);
}

QTEST_MAIN(TstTakesListView)
#include "tst_takeslistview.moc"
