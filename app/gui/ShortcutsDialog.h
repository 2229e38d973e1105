#pragma once

#include <QDialog>

class QAction;

namespace foley::app {

// Help → Keyboard Shortcuts: every action with a shortcut, plus the timeline's mouse and key gestures.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

}  // namespace foley::app
