#include "widgets/common/IdRowTableModel.h"

namespace foley::widgets {

quint64 IdRowTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int IdRowTableModel::rowOf(quint64 id) const
{
    return m_rows.value(id, -1);
}

int IdRowTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

void IdRowTableModel::resetRows(const QList<quint64>& ids)
{
    beginResetModel();
    m_ids = ids;
    m_rows.clear();
    for (int row = 0; row < m_ids.size(); ++row) m_rows.insert(m_ids[row], row);
    endResetModel();
}

void IdRowTableModel::appendId(quint64 id)
{
    const int row = static_cast<int>(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_rows.insert(id, row);
    endInsertRows();
}

void IdRowTableModel::removeId(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_rows.remove(id);
    for (int r = row; r < m_ids.size(); ++r) m_rows[m_ids[r]] = r;
    endRemoveRows();
}

void IdRowTableModel::refreshId(quint64 id)
{
    const int row = rowOf(id);
    if (row >= 0) emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

}  // namespace foley::widgets
