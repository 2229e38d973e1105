#include "app/gui/ShortcutsDialog.h"

#include "widgets/onsets/OnsetKeyMap.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace foley::app {

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
    for (const auto& [keys, what] : widgets::OnsetKeyMap::helpEntries()) addRow(keys, what);
    addRow(tr("Shift+drag on the ruler"), tr("Select a time range"));
    addRow(tr("1 / 2 / 3 / 4"), tr("Edit tool: select, mask pencil, mask eraser, mask range"));    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 560);
}

}  // namespace foley::app
