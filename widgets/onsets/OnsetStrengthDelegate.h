#pragma once

#include <QStyledItemDelegate>

namespace foley::widgets {

// Edits an onset strength with a 0..1 spin box (steps of 0.05) and draws it as a small bar behind the number.
class OnsetStrengthDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace foley::widgets
