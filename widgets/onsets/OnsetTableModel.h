#pragma once

#include "core/model/Onset.h"
#include "widgets/onsets/GestureIdSource.h"

#include "widgets/common/IdRowTableModel.h"

namespace foley::core {
class OnsetTrack;
}

namespace foley::widgets {

// The onsets as a table (time, strength, label, origin), like Audacity's label editor. Rows follow the track in
// the order onsets arrived (sort with a QSortFilterProxyModel on kSortRole). Edits never touch the track: setData
// turns them into the same intent signals as the onset track editor.
class OnsetTableModel : public IdRowTableModel {
    Q_OBJECT
public:
    // Where this widget's gestures get their ids (the project's, from the app); without one its steps never merge.
    void setGestureIdSource(GestureIdSource source) { m_gestures = std::move(source); }
    enum Column { TimeColumn, StrengthColumn, LabelColumn, OriginColumn, RecordingColumn, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;  // raw numbers: sample time, strength
    static constexpr int kIdRole = Qt::UserRole + 2;

    explicit OnsetTableModel(QObject* parent = nullptr);

    void setTrack(const core::OnsetTrack* track);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void moveOnsetsRequested(const QList<foley::core::OnsetId>& ids, foley::SampleTime delta,
                             foley::core::GestureId gesture);
    void setOnsetStrengthRequested(const QHash<foley::core::OnsetId, double>& strengths,
                                   foley::core::GestureId gesture);
    void relabelOnsetRequested(foley::core::OnsetId id, const QString& label);

private:
    GestureIdSource m_gestures;
    void rebuild();

    const core::OnsetTrack* m_track = nullptr;
};

}  // namespace foley::widgets
