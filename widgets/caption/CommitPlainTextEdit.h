#pragma once

#include <QPlainTextEdit>

namespace foley::widgets {

// A text box that sends its text once per editing session, not per keystroke: on Ctrl+Enter or when it loses
// the focus, if the text differs from what the model last said. Plain Enter still starts a new line.
class CommitPlainTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit CommitPlainTextEdit(QWidget* parent = nullptr);

    // The model's text. Shown unless the user is in the middle of changing it (their edit then wins on commit).
    void setCommittedText(const QString& text);
    const QString& committedText() const { return m_committed; }
    bool hasPendingEdit() const { return toPlainText() != m_committed; }
    void commit();  // sends committed(text) if there is a pending edit

signals:
    void committed(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString m_committed;
};

}  // namespace foley::widgets
