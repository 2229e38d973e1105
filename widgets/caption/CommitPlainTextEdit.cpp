#include "widgets/caption/CommitPlainTextEdit.h"

#include <QKeyEvent>

namespace foley::widgets {

CommitPlainTextEdit::CommitPlainTextEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void CommitPlainTextEdit::setCommittedText(const QString& text)
{
    const bool userEditing = hasFocus() && hasPendingEdit();
    m_committed = text;
    if (!userEditing && toPlainText() != text) setPlainText(text);
}

void CommitPlainTextEdit::commit()
{
    if (!hasPendingEdit()) return;
    m_committed = toPlainText();  // the model will say the same back; no second commit meanwhile
    emit committed(m_committed);
}

void CommitPlainTextEdit::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        commit();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && hasPendingEdit()) {
        setPlainText(m_committed);  // abandon the edit
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CommitPlainTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    commit();
}

}  // namespace foley::widgets
