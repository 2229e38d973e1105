#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace foley::app {

// Every menu command and keyboard shortcut of the main window, in one place, so the Help window can list them
// and tests can trigger them by name.
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QMainWindow* window);

    // file
    QAction* newProject;
    QAction* open;
    QAction* save;
    QAction* saveAs;
    QAction* exportMp4;
    QAction* importOnsets;
    QAction* exportOnsets;
    QAction* quit;
    QMenu* recentMenu;
    // edit
    QAction* undo = nullptr;  // created from the project's undo stack, replaced per project
    QAction* redo = nullptr;
    // playback
    QAction* playPause;
    QAction* frameBack;
    QAction* frameForward;
    QAction* secondBack;
    QAction* secondForward;
    QAction* shuttleBack;
    QAction* shuttleStop;
    QAction* shuttleForward;
    QAction* goStart;
    QAction* goEnd;
    // view
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* zoomFit;
    // analysis / generation
    QAction* detectOnsets;
    QAction* detectOnsetsFromSound;
    QAction* applyCurveToMask;
    QAction* captionFromVideo;
    // settings
    QAction* modelPack;
    QAction* soundLibraries;
    QAction* captioning;
    // help
    QAction* shortcuts;
    QAction* about;

    QMenu* fileMenu;
    QMenu* editMenu;
    QMenu* viewMenu;
    QMenu* playbackMenu;
    QMenu* analyzeMenu;
    QMenu* settingsMenu;
    QMenu* helpMenu;

    // All actions with a shortcut, for the Help window.
    QList<QAction*> shortcutActions() const;

private:
    QAction* make(const QString& text, const QKeySequence& shortcut, const QString& tip = {});
    QMainWindow* m_window;
};

}  // namespace foley::app
