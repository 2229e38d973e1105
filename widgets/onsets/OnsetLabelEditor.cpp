#include "widgets/onsets/OnsetLabelEditor.h"

#include <QKeyEvent>

namespace foley::widgets {

OnsetLabelEditor::OnsetLabelEditor(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("label"));
    setFrame(true);
    hide();
}

void OnsetLabelEditor::open(core::OnsetId id, const QString& label, const QRect& geometry)
{
    m_id = id;
    m_original = label;
    setText(label);
    selectAll();
    setGeometry(geometry);
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void OnsetLabelEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        finish(true);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void OnsetLabelEditor::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    finish(true);
}

void OnsetLabelEditor::finish(bool commit)
{
    if (m_id == core::kInvalidId) return;  // already finished (hide() also takes the focus away)
    const core::OnsetId id = m_id;
    m_id = core::kInvalidId;
    const QString text = this->text().trimmed();
    hide();
    if (commit && text != m_original) emit committed(id, m_original, text);
    emit closed();
}

}  // namespace foley::widgets
