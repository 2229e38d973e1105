#include "app/gui/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace foley::app {

namespace {

struct Gesture {
    const char* keys;
    const char* what;
};

// Gestures handled inside the timeline views rather than by window actions.
const Gesture kTimelineGestures[] = {
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "; or Ctrl+M"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Add an onset at the playhead")},
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "Double-click"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Add an onset")},
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag a marker"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selected onsets")},
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Remove the selected onsets")},
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+Left / Alt+Right"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Nudge the selection by one video frame")},
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "PgUp / PgDn"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous / next onset")},
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "Wheel on a marker"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Change its strength")},
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "F2"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Rename the selected onset")},
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "Wheel / Ctrl+Wheel"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Scroll / zoom the timeline")},
    {QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+drag on the ruler"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Select a time range")},
};

}  // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(this);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Command")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto addRow = [table](const QString& keys, const QString& what) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(keys));
        table->setItem(row, 1, new QTableWidgetItem(what));
    };
    for (const QAction* action : actions) {
        QStringList keys;
        for (const auto& sequence : action->shortcuts()) keys << sequence.toString(QKeySequence::NativeText);
        addRow(keys.join(QStringLiteral(", ")), action->text().remove(QLatin1Char('&')));
    }
    for (const auto& gesture : kTimelineGestures) addRow(tr(gesture.keys), tr(gesture.what));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 560);
}

}  // namespace foley::app
