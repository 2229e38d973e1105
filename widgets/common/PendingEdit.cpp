#include "widgets/common/PendingEdit.h"

#include <QApplication>
#include <QSignalBlocker>
#include <QWidget>

namespace foley::widgets {
namespace {

QWidget* focusedFieldIn(QWidget* root)
{
    QWidget* focused = QApplication::focusWidget();
    return focused && root && (focused == root || root->isAncestorOf(focused)) ? focused : nullptr;
}

}  // namespace

void commitPendingEdit(QWidget* root)
{
    if (QWidget* field = focusedFieldIn(root)) field->clearFocus();  // the focus-out event is sent synchronously
}

void abandonPendingEdit(QWidget* root)
{
    if (QWidget* field = focusedFieldIn(root)) {
        const QSignalBlocker quiet(field);
        field->clearFocus();
    }
}

}  // namespace foley::widgets
