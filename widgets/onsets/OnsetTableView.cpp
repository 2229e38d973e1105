#include "widgets/onsets/OnsetTableView.h"

#include "core/model/OnsetTrack.h"
#include "core/timeline/TimelineState.h"
#include "widgets/onsets/OnsetSelection.h"
#include "widgets/onsets/OnsetStrengthDelegate.h"
#include "widgets/onsets/OnsetTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>

namespace foley::widgets {

OnsetTableView::OnsetTableView(OnsetSelection* selection, core::TimelineState* timeline, QWidget* parent)
    : QTableView(parent), m_selection(selection), m_timeline(timeline), m_model(new OnsetTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OnsetTableModel::kSortRole);
    m_proxy->setDynamicSortFilter(true);
    setModel(m_proxy);
    setItemDelegateForColumn(OnsetTableModel::StrengthColumn, new OnsetStrengthDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setSortingEnabled(true);
    sortByColumn(OnsetTableModel::TimeColumn, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(OnsetTableModel::LabelColumn, QHeaderView::Stretch);
    horizontalHeader()->resizeSection(OnsetTableModel::TimeColumn, fontMetrics().horizontalAdvance("00:00.0000") + 16);
    setToolTip(tr("Type to edit · F2 edits · Delete removes · click a row to go there"));
    connect(m_model, &OnsetTableModel::moveOnsetsRequested, this, &OnsetTableView::moveOnsetsRequested);
    connect(m_model, &OnsetTableModel::setOnsetStrengthRequested, this, &OnsetTableView::setOnsetStrengthRequested);
    connect(m_model, &OnsetTableModel::relabelOnsetRequested, this, &OnsetTableView::relabelOnsetRequested);
    connect(selection, &OnsetSelection::selectionChanged, this, &OnsetTableView::followSharedSelection);
    // Rows appear and move (re-sorting) as the model changes; keep the shared selection shown.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OnsetTableView::followSharedSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &OnsetTableView::followSharedSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OnsetTableView::followSharedSelection);
}

void OnsetTableView::setOnsetTrack(const core::OnsetTrack* track)
{
    m_model->setTrack(track);
    m_selection->setTrack(track);
    followSharedSelection();
}

core::OnsetId OnsetTableView::idAtRow(int viewRow) const
{
    return m_model->idAt(m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row());
}

int OnsetTableView::rowOf(core::OnsetId id) const
{
    const int sourceRow = m_model->rowOf(id);
    return sourceRow < 0 ? -1 : m_proxy->mapFromSource(m_model->index(sourceRow, 0)).row();
}

QList<core::OnsetId> OnsetTableView::selectedIds() const
{
    QList<core::OnsetId> ids;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        ids.append(m_model->idAt(m_proxy->mapToSource(index).row()));
    return ids;
}

void OnsetTableView::keyPressEvent(QKeyEvent* event)
{
    const bool removeKey = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (removeKey && state() != QAbstractItemView::EditingState && event->modifiers() == Qt::NoModifier) {
        QList<core::OnsetId> ids = m_selection->sortedIds();
        if (!ids.isEmpty()) emit removeOnsetsRequested(ids);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void OnsetTableView::selectionChanged(const QItemSelection& selected, const QItemSelection& deselected)
{
    QTableView::selectionChanged(selected, deselected);
    if (m_syncing) return;
    const QList<core::OnsetId> ids = selectedIds();
    const QModelIndex current = currentIndex();
    const core::OnsetId anchor = current.isValid() ? m_model->idAt(m_proxy->mapToSource(current).row())
                                                   : core::kInvalidId;
    m_syncing = true;
    m_selection->setIds(QSet<core::OnsetId>(ids.cbegin(), ids.cend()), anchor);
    m_syncing = false;
}

void OnsetTableView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    if (m_syncing || !current.isValid() || current.row() == previous.row() || !m_timeline) return;
    if (m_timeline->isPlaying()) return;  // do not yank the playhead while the user listens
    const auto time = m_proxy->data(current.siblingAtColumn(OnsetTableModel::TimeColumn), OnsetTableModel::kSortRole);
    if (time.isValid()) m_timeline->setPlayhead(time.value<qint64>());
}

void OnsetTableView::followSharedSelection()
{
    if (m_syncing) return;
    m_syncing = true;
    QItemSelection rows;
    int anchorRow = -1;
    for (core::OnsetId id : m_selection->ids()) {
        const int row = rowOf(id);
        if (row < 0) continue;
        rows.select(m_proxy->index(row, 0), m_proxy->index(row, OnsetTableModel::ColumnCount - 1));
        if (id == m_selection->anchor()) anchorRow = row;
    }
    selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (anchorRow >= 0) {
        selectionModel()->setCurrentIndex(m_proxy->index(anchorRow, 0), QItemSelectionModel::NoUpdate);
        scrollTo(m_proxy->index(anchorRow, 0));
    }
    m_syncing = false;
}

void OnsetTableView::setGestureIdSource(const GestureIdSource& source)
{
    m_model->setGestureIdSource(source);
}

}  // namespace foley::widgets
