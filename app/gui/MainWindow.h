#pragma once

#include "app/gui/EditorSession.h"

#include <QMainWindow>

class QLabel;
class QVBoxLayout;
class QVideoWidget;

namespace foley::widgets {
class PlaybackController;
class SpectrogramView;
}  // namespace foley::widgets

namespace foley::app {

class CaptionController;
class EditorPanels;
class GenerationController;
class MainActions;
class OnsetDetectionController;
class SpectrogramLoader;

// The editor window: video, shared timeline (ruler, spectrograms, onset track), docks for captions, generation,
// takes and history. It builds and wires the object graph; the document lives in EditorSession.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    EditorSession& session() { return m_session; }
    // Opens a project or video, offering crash recovery; errors are shown in a message box and the status bar.
    bool openPath(const QString& path);
    widgets::PlaybackController* playback() const { return m_playback; }
    EditorPanels* panels() const { return m_panels; }
    GenerationController* generation() const { return m_generation; }
    CaptionController* captioning() const { return m_captioning; }
    MainActions* actions() const { return m_actions; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createCentralArea();
    void createDocks();
    void connectActions();
    void onProjectReplaced(core::Project* project);
    void updateTitle();
    void showActiveTake();
    bool maybeSave();  // false = the user cancelled
    bool saveProject(bool askForPath);
    void showError(const QString& title, const QString& message);
    void showStatus(const QString& message);
    void openDialog();
    void exportDialog();
    void showShortcuts();
    void addRecentFile(const QString& path);

    EditorSession m_session;
    MainActions* m_actions = nullptr;
    widgets::PlaybackController* m_playback = nullptr;
    QVideoWidget* m_video = nullptr;
    widgets::SpectrogramView* m_originalSpectrogram = nullptr;
    widgets::SpectrogramView* m_takeSpectrogram = nullptr;
    SpectrogramLoader* m_originalLoader = nullptr;
    SpectrogramLoader* m_takeLoader = nullptr;
    EditorPanels* m_panels = nullptr;
    OnsetDetectionController* m_detection = nullptr;
    GenerationController* m_generation = nullptr;
    CaptionController* m_captioning = nullptr;
    QVBoxLayout* m_onsetArea = nullptr;  // the onset/mask editor goes here
    QLabel* m_statusTime = nullptr;
};

}  // namespace foley::app
