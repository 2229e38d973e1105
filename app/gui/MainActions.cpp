#include "app/gui/MainActions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

namespace foley::app {

QAction* MainActions::make(const QString& text, const QKeySequence& shortcut, const QString& tip)
{
    auto* action = new QAction(text, m_window);
    if (!shortcut.isEmpty()) action->setShortcut(shortcut);
    if (!tip.isEmpty()) action->setStatusTip(tip);
    m_window->addAction(action);  // shortcuts work wherever focus is in the window
    return action;
}

MainActions::MainActions(QMainWindow* window) : QObject(window), m_window(window)
{
    newProject = make(tr("&New"), QKeySequence::New);
    open = make(tr("&Open…"), QKeySequence::Open, tr("Open a project or a video"));
    save = make(tr("&Save"), QKeySequence::Save);
    saveAs = make(tr("Save &As…"), QKeySequence::SaveAs);
    exportMp4 = make(tr("&Export MP4…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                     tr("Write the video with the active take as its sound (video stream copied)"));
    importOnsets = make(tr("&Import Onsets…"), {}, tr("CSV (time,strength,label), Audacity labels, REAPER markers, WebVTT, SRT or WAV cue points"));
    exportOnsets = make(tr("E&xport Onsets…"), {}, tr("CSV, Audacity labels, REAPER markers, WebVTT or SRT"));
    quit = make(tr("&Quit"), QKeySequence::Quit);

    playPause = make(tr("&Play / Pause"), QKeySequence(Qt::Key_Space));
    frameBack = make(tr("Previous &Frame"), QKeySequence(Qt::Key_Left));
    frameForward = make(tr("&Next Frame"), QKeySequence(Qt::Key_Right));
    secondBack = make(tr("Back One Second"), QKeySequence(Qt::SHIFT | Qt::Key_Left));
    secondForward = make(tr("Forward One Second"), QKeySequence(Qt::SHIFT | Qt::Key_Right));
    shuttleBack = make(tr("Shuttle Backward"), QKeySequence(Qt::Key_J), tr("Press again to go faster"));
    shuttleStop = make(tr("Shuttle Stop"), QKeySequence(Qt::Key_K));
    shuttleForward = make(tr("Shuttle Forward"), QKeySequence(Qt::Key_L), tr("Press again to go faster"));
    goStart = make(tr("Go to &Start"), QKeySequence(Qt::Key_Home));
    goEnd = make(tr("Go to &End"), QKeySequence(Qt::Key_End));

    zoomIn = make(tr("Zoom &In"), QKeySequence(Qt::Key_Plus));
    zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    zoomOut = make(tr("Zoom &Out"), QKeySequence(Qt::Key_Minus));
    zoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    zoomFit = make(tr("Zoom to &Fit"), QKeySequence(Qt::Key_F));

    detectOnsets = make(tr("&Detect Onsets"), QKeySequence(Qt::CTRL | Qt::Key_D),
                        tr("Propose onsets from the picture (or the sound) in the background"));
    detectOnsetsFromSound = make(tr("Detect Onsets from &Sound…"), {},
                                 tr("Propose onsets from the video's own soundtrack (e.g. a scratch recording)"));
    applyCurveToMask = make(tr("Apply Detector &Curve to Mask"), {},
                            tr("Use the picture detector's per-frame probability as the temporal mask (undoable)"));
    applyCurveToMask->setEnabled(false);
    captionFromVideo = make(tr("&Caption from Video…"), {},
                            tr("Ask a local vision model for a foley caption of the video (or the selection)"));
    modelPack = make(tr("&Model Pack…"), {}, tr("Choose the folder of the model pack that generates the takes"));
    soundLibraries = make(tr("&Sound Libraries…"), {}, tr("Your own folders of recordings that takes are made of"));
    captioning = make(tr("&Captioning…"), {}, tr("The vision-model server that writes captions, and Test connection"));
    shortcuts = make(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents);
    about = make(tr("&About FoleyForge"), {});

    auto* bar = window->menuBar();
    fileMenu = bar->addMenu(tr("&File"));
    fileMenu->addActions({newProject, open});
    recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addActions({save, saveAs});
    fileMenu->addSeparator();
    fileMenu->addActions({importOnsets, exportOnsets, exportMp4});
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    editMenu = bar->addMenu(tr("&Edit"));
    viewMenu = bar->addMenu(tr("&View"));
    viewMenu->addActions({zoomIn, zoomOut, zoomFit});
    viewMenu->addSeparator();
    playbackMenu = bar->addMenu(tr("&Playback"));
    playbackMenu->addActions({playPause, frameBack, frameForward, secondBack, secondForward});
    playbackMenu->addSeparator();
    playbackMenu->addActions({shuttleBack, shuttleStop, shuttleForward, goStart, goEnd});
    analyzeMenu = bar->addMenu(tr("&Analyze"));
    analyzeMenu->addActions({detectOnsets, detectOnsetsFromSound, applyCurveToMask, captionFromVideo});
    settingsMenu = bar->addMenu(tr("&Settings"));
    settingsMenu->addAction(modelPack);
    settingsMenu->addAction(soundLibraries);
    settingsMenu->addAction(captioning);
    helpMenu = bar->addMenu(tr("&Help"));
    helpMenu->addActions({shortcuts, about});
}

QList<QAction*> MainActions::shortcutActions() const
{
    QList<QAction*> result;
    for (QAction* action : m_window->actions())
        if (!action->shortcut().isEmpty()) result << action;
    return result;
}

}  // namespace foley::app
