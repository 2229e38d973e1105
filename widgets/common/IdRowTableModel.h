#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace foley::widgets {

// Row bookkeeping shared by the tables over core models whose entities have stable ids (onsets, caption
// segments): rows keep arrival order, new ids append a row, removed ids drop theirs, changes repaint one row.
// Subclasses connect their model's signals to appendId / removeId / refreshId and rebuild with resetRows.
class IdRowTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    quint64 idAt(int row) const;  // 0 (kInvalidId) outside the table
    int rowOf(quint64 id) const;  // -1 if absent
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    using QAbstractTableModel::QAbstractTableModel;

    void resetRows(const QList<quint64>& ids);
    void appendId(quint64 id);
    void removeId(quint64 id);
    void refreshId(quint64 id);

private:
    QList<quint64> m_ids;       // row order
    QHash<quint64, int> m_rows;  // id -> row
};

}  // namespace foley::widgets
