#include "widgets/onsets/OnsetStrengthDelegate.h"

#include <QDoubleSpinBox>
#include <QPainter>

#include <algorithm>

namespace foley::widgets {

QWidget* OnsetStrengthDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(0.0, 1.0);
    spin->setSingleStep(0.05);
    spin->setDecimals(2);
    spin->setFrame(false);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return spin;
}

void OnsetStrengthDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const double strength = std::clamp(index.data(Qt::EditRole).toDouble(), 0.0, 1.0);
    QStyledItemDelegate::paint(painter, option, index);
    const QRectF bar = QRectF(option.rect).adjusted(3, option.rect.height() - 5.0, -3, -2);
    painter->save();
    painter->fillRect(bar, QColor(255, 255, 255, 20));
    painter->fillRect(QRectF(bar.left(), bar.top(), bar.width() * strength, bar.height()), QColor(232, 154, 60, 170));
    painter->restore();
}

}  // namespace foley::widgets
