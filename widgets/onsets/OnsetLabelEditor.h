#pragma once

#include "core/model/Ids.h"

#include <QLineEdit>

namespace foley::widgets {

// The small line edit that opens over a marker to rename it (F2 or double-click). Enter or focus loss commits
// once; Escape cancels.
class OnsetLabelEditor : public QLineEdit {
    Q_OBJECT
public:
    explicit OnsetLabelEditor(QWidget* parent = nullptr);

    void open(core::OnsetId id, const QString& label, const QRect& geometry);
    core::OnsetId onsetId() const { return m_id; }
    bool isOpen() const { return m_id != core::kInvalidId; }

signals:
    void committed(foley::core::OnsetId id, const QString& original, const QString& text);
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void finish(bool commit);

    core::OnsetId m_id = core::kInvalidId;
    QString m_original;
};

}  // namespace foley::widgets
