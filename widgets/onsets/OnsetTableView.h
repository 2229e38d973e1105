#pragma once

#include "core/model/Onset.h"
#include "widgets/onsets/GestureIdSource.h"

#include <QTableView>

class QSortFilterProxyModel;

namespace foley::core {
class OnsetTrack;
class TimelineState;
}  // namespace foley::core

namespace foley::widgets {

class OnsetSelection;
class OnsetTableModel;

// The onset table: sortable, edited from the keyboard (type to edit, F2, Tab between cells), Delete removes the
// selected rows. Its selection is the editor's (shared OnsetSelection), and picking a row moves the playhead to it
// while paused. Edits leave as the same intents the onset track editor sends.
class OnsetTableView : public QTableView {
    Q_OBJECT
public:
    // Where edits in the table get their gesture ids (the project's, from the app); without one its steps never merge.
    void setGestureIdSource(const GestureIdSource& source);
    OnsetTableView(OnsetSelection* selection, core::TimelineState* timeline, QWidget* parent = nullptr);

    void setOnsetTrack(const core::OnsetTrack* track);
    OnsetTableModel* onsetModel() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    core::OnsetId idAtRow(int viewRow) const;
    int rowOf(core::OnsetId id) const;  // view row, -1 if absent

signals:
    void removeOnsetsRequested(const QList<foley::core::OnsetId>& ids);
    void moveOnsetsRequested(const QList<foley::core::OnsetId>& ids, foley::SampleTime delta,
                             foley::core::GestureId gesture);
    void setOnsetStrengthRequested(const QHash<foley::core::OnsetId, double>& strengths,
                                   foley::core::GestureId gesture);
    void relabelOnsetRequested(foley::core::OnsetId id, const QString& label);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void selectionChanged(const QItemSelection& selected, const QItemSelection& deselected) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    void followSharedSelection();
    QList<core::OnsetId> selectedIds() const;

    OnsetSelection* m_selection;
    core::TimelineState* m_timeline;
    OnsetTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_syncing = false;
};

}  // namespace foley::widgets
