#include "widgets/takes/TakesListView.h"

#include "core/model/TakeList.h"
#include "widgets/takes/TakeTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace foley::widgets {

TakesListView::TakesListView(QWidget* parent)
    : QWidget(parent), m_model(new TakeTableModel(this)), m_table(new QTableView(this)),
      m_activate(new QToolButton(this)), m_ab(new QToolButton(this)), m_delete(new QToolButton(this))
{
    m_activate->setText(tr("Use"));
    m_activate->setToolTip(tr("Make the selected take the active one: heard, and exported (double-click, Enter)"));
    m_ab->setText(tr("A/B"));
    m_ab->setCheckable(true);
    m_ab->setToolTip(tr("Compare: play the selected take instead of the active one while this is on"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Remove the selected takes from the list (undoable; the audio files stay on disk)"));
    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(tr("Takes"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    bar->addWidget(title);
    bar->addStretch(1);
    for (QToolButton* b : {m_activate, m_ab, m_delete}) bar->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TakeTableModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(TakeTableModel::NameColumn, fontMetrics().horizontalAdvance(QStringLiteral("Take 000 (best)")));
    header->setSectionResizeMode(TakeTableModel::CaptionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->installEventFilter(this);

    connect(m_model, &TakeTableModel::renameTakeRequested, this, &TakesListView::renameTakeRequested);
    connect(m_table, &QTableView::doubleClicked, this, &TakesListView::activateCurrent);
    connect(m_activate, &QToolButton::clicked, this, &TakesListView::activateCurrent);
    connect(m_delete, &QToolButton::clicked, this, &TakesListView::removeSelected);
    connect(m_ab, &QToolButton::toggled, this, &TakesListView::updateAb);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        if (m_ab->isChecked()) updateAb();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TakesListView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TakesListView::updateButtons);
    updateButtons();
}

void TakesListView::setTakeList(const core::TakeList* takes)
{
    m_takes = takes;
    m_model->setTakeList(takes);
    m_ab->setChecked(false);
    updateButtons();
}

QList<core::TakeId> TakesListView::selectedTakes() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<core::TakeId> ids;
    for (int row : rows) ids.append(m_model->idAt(row));
    return ids;
}

core::TakeId TakesListView::currentTake() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : core::kInvalidId;
}

void TakesListView::activateCurrent()
{
    const core::TakeId id = currentTake();
    if (id == core::kInvalidId || !m_takes || id == m_takes->activeTakeId()) return;
    m_ab->setChecked(false);  // the comparison is settled
    emit setActiveTakeRequested(id);
}

void TakesListView::removeSelected()
{
    const QList<core::TakeId> ids = selectedTakes();
    if (ids.isEmpty()) return;
    if (ids.contains(m_abTake)) m_ab->setChecked(false);
    emit removeTakesRequested(ids);
}

bool TakesListView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelected();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            activateCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TakesListView::updateButtons()
{
    const core::TakeId current = currentTake();
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    const bool other = m_takes && current != core::kInvalidId && current != m_takes->activeTakeId();
    m_activate->setEnabled(other);
    m_delete->setEnabled(hasSelection);
    m_ab->setEnabled(m_ab->isChecked() || (other && m_takes->activeTakeId() != core::kInvalidId));
}

void TakesListView::updateAb()
{
    const core::TakeId wanted = m_ab->isChecked() ? currentTake() : core::kInvalidId;
    if (wanted == m_abTake) return;
    m_abTake = wanted;
    emit abListenRequested(wanted);
    updateButtons();
}

}  // namespace foley::widgets
