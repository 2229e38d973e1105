#pragma once

#include "core/model/Ids.h"

#include <QWidget>

class QTableView;
class QToolButton;

namespace foley::core {
class TakeList;
}

namespace foley::widgets {

class TakeTableModel;

// The takes: every generated result with its settings, caption, seed and onset F1. Double-click (or Enter) makes a
// take the active one; F2 renames; Delete removes (undoable, the audio file stays). A/B plays the selected take
// instead of the active one while it is on, so two takes can be compared on the same playhead.
class TakesListView : public QWidget {
    Q_OBJECT
public:
    explicit TakesListView(QWidget* parent = nullptr);

    void setTakeList(const core::TakeList* takes);
    QTableView* table() const { return m_table; }
    TakeTableModel* takeModel() const { return m_model; }
    QToolButton* activateButton() const { return m_activate; }
    QToolButton* abButton() const { return m_ab; }
    QToolButton* deleteButton() const { return m_delete; }
    QList<core::TakeId> selectedTakes() const;  // in list order

signals:
    void setActiveTakeRequested(foley::core::TakeId id);
    void renameTakeRequested(foley::core::TakeId id, const QString& name);
    void removeTakesRequested(const QList<foley::core::TakeId>& ids);
    // A/B: play `id` instead of the active take; kInvalidId = back to the active take.
    void abListenRequested(foley::core::TakeId id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    core::TakeId currentTake() const;
    void activateCurrent();
    void removeSelected();
    void updateButtons();
    void updateAb();

    const core::TakeList* m_takes = nullptr;
    TakeTableModel* m_model;
    QTableView* m_table;
    QToolButton* m_activate;
    QToolButton* m_ab;
    QToolButton* m_delete;
    core::TakeId m_abTake = core::kInvalidId;
};

}  // namespace foley::widgets
