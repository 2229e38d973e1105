#pragma once

#include "core/model/Take.h"

#include <QAbstractTableModel>

namespace foley::core {
class TakeList;
}

namespace foley::widgets {

// Every take as a row, in creation order: name (editable → rename intent), when it was made, seed, steps, cfg,
// caption, onset F1 against the requested onsets. The active take is marked and bold.
class TakeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ActiveColumn, NameColumn, CreatedColumn, SeedColumn, StepsColumn, GuidanceColumn, CaptionColumn,
                  OnsetF1Column, SoundColumn, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr const char* kOnsetF1Key = "onsetF1";  // Take::metrics key the F1 column shows

    explicit TakeTableModel(QObject* parent = nullptr);

    void setTakeList(const core::TakeList* takes);
    core::TakeId idAt(int row) const;
    int rowOf(core::TakeId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void renameTakeRequested(foley::core::TakeId id, const QString& name);

private:
    static QString soundSummary(const core::Take& take);   // "7 events, 4 recordings · 48 kHz" or "neural · 16 kHz"
    static QStringList provenanceLines(const core::Take& take);  // one line per event / texture span, then notes

    QVariant display(const core::Take& take, int column) const;
    void rebuild();
    void onAdded(core::TakeId id);
    void onRemoved(core::TakeId id);
    void onChanged(core::TakeId id);
    void onActiveChanged(core::TakeId id);

    const core::TakeList* m_takes = nullptr;
    QList<core::TakeId> m_ids;
    core::TakeId m_active = core::kInvalidId;
};

}  // namespace foley::widgets
