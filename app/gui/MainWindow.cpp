#include "app/gui/MainWindow.h"

#include "app/gui/SoundLibrariesDialog.h"

#include "app/gui/EditorPanels.h"
#include "app/gui/ExportController.h"
#include "app/gui/GenerationController.h"
#include "app/gui/MainActions.h"
#include "app/gui/CaptionController.h"
#include "app/gui/CaptioningSettingsDialog.h"
#include "app/gui/OnsetDetectionController.h"
#include "app/gui/OnsetFileDialogs.h"
#include "app/gui/ShortcutsDialog.h"
#include "app/gui/SoundOnsetSettingsDialog.h"
#include "app/gui/SpectrogramMenus.h"
#include "app/gui/SpectrogramLoader.h"
#include "widgets/common/PendingEdit.h"
#include "widgets/playback/PlaybackController.h"
#include "widgets/playback/TransportBar.h"
#include "widgets/spectrogram/SpectrogramView.h"
#include "widgets/takes/TakesListView.h"
#include "widgets/timeline/TimeAxis.h"
#include "widgets/timeline/TimeRuler.h"
#include "widgets/timeline/TimelineScrollBar.h"
#include "core/project/ProjectFormat.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace foley::app {

namespace {

constexpr int kTakeViewRate = 48000;
constexpr int kMaxRecentFiles = 8;
constexpr int kStatusMessageMs = 6000;
const char* const kRecentKey = "recentFiles";
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    m_actions = new MainActions(this);
    m_playback = new widgets::PlaybackController(m_session.timeline(), this);
    setCentralWidget(createCentralArea());
    createDocks();
    connectActions();
    m_statusTime = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusTime);
    connect(&m_session, &EditorSession::projectReplaced, this, &MainWindow::onProjectReplaced);
    connect(&m_session, &EditorSession::autosaveFailed, this,
            [this](const QString& message) { showStatus(tr("Autosave failed: %1").arg(message)); });
    connect(m_playback, &widgets::PlaybackController::audioUnavailable, this,
            [this] { showStatus(tr("No audio output device: the video plays without sound.")); });
    connect(m_playback, &widgets::PlaybackController::errorOccurred, this,
            [this](const QString& message) { showStatus(tr("Playback: %1").arg(message)); });
    connect(m_session.timeline(), &core::TimelineState::playheadChanged, this,
            [this](SampleTime t) { m_statusTime->setText(widgets::formatTime(t)); });
    onProjectReplaced(m_session.project());
    resize(1400, 900);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    widgets::abandonPendingEdit(this);  // a window destroyed without closing commits nothing into a dying project
    m_generation->shutdown();  // before the project goes: no result may arrive for it any more
}

QWidget* MainWindow::createCentralArea()
{
    auto* timeline = m_session.timeline();
    auto* splitter = new QSplitter(Qt::Vertical, this);

    auto* videoPane = new QWidget(splitter);
    auto* videoLayout = new QVBoxLayout(videoPane);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    m_video = new QVideoWidget(videoPane);
    m_video->setMinimumSize(320, 180);
    m_playback->setVideoOutput(m_video);
    videoLayout->addWidget(m_video, 1);
    videoLayout->addWidget(new widgets::TransportBar(timeline, m_playback, videoPane));

    auto* timelinePane = new QWidget(splitter);
    timelinePane->setObjectName(QStringLiteral("timelinePane"));
    auto* timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(1);
    timelineLayout->addWidget(new widgets::TimeRuler(timeline, timelinePane));
    m_originalSpectrogram = new widgets::SpectrogramView(timeline, timelinePane);
    m_originalSpectrogram->setTitle(tr("Original sound"));
    m_takeSpectrogram = new widgets::SpectrogramView(timeline, timelinePane);
    m_takeSpectrogram->setTitle(tr("Active take"));
    timelineLayout->addWidget(m_originalSpectrogram, 3);
    timelineLayout->addWidget(m_takeSpectrogram, 2);
    m_onsetArea = new QVBoxLayout();
    timelineLayout->addLayout(m_onsetArea, 3);
    timelineLayout->addWidget(new widgets::TimelineScrollBar(timeline, timelinePane));
    m_originalLoader = new SpectrogramLoader(m_originalSpectrogram, this);
    m_takeLoader = new SpectrogramLoader(m_takeSpectrogram, this);
    m_takeLoader->setSampleRate(kTakeViewRate);  // takes are full band: show up to 24 kHz
    connect(m_originalLoader, &SpectrogramLoader::failed, this,
            [this](const QString& message) { showStatus(tr("No spectrogram of the original: %1").arg(message)); });
    connect(m_takeLoader, &SpectrogramLoader::failed, this,
            [this](const QString& message) { showStatus(tr("No spectrogram of the take: %1").arg(message)); });

    splitter->addWidget(videoPane);
    splitter->addWidget(timelinePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    return splitter;
}

void MainWindow::createDocks()
{
    SpectrogramMenus::install(m_actions->viewMenu, {m_originalSpectrogram, m_takeSpectrogram}, {m_originalLoader, m_takeLoader}, this);
    m_panels = new EditorPanels(this, m_session.timeline(), m_session.proposals(), m_onsetArea, m_actions->viewMenu);
    m_detection = new OnsetDetectionController(m_session.proposals(), m_panels->onsetEditor(), statusBar(), this);
    connect(m_detection, &OnsetDetectionController::finished, this, [this](int count) {
        showStatus(tr("%n onset(s) proposed: Enter accepts the selected ones, Delete rejects them.", nullptr, count));
    });
    connect(m_detection, &OnsetDetectionController::failed, this,
            [this](const QString& message) { showError(tr("Onset detection failed"), message); });
    connect(m_detection, &OnsetDetectionController::curveAvailable, m_actions->applyCurveToMask, &QAction::setEnabled);
    m_captioning = new CaptionController(m_panels->captionEditor(), m_session.timeline(), this);
    m_generation = new GenerationController(m_panels->generationPanel(), this, this);
    connect(m_generation, &GenerationController::statusMessage, this, &MainWindow::showStatus);
    connect(m_actions->modelPack, &QAction::triggered, m_generation, &GenerationController::choosePackFolder);
    connect(m_actions->soundLibraries, &QAction::triggered, this, [this] {
        SoundLibrariesDialog dialog(LibraryDatabase::defaultPath(), this);
        dialog.exec();
    });
    connect(m_panels->takesList(), &widgets::TakesListView::abListenRequested, this, [this](core::TakeId id) {
        const auto& takes = m_session.project()->takes();
        const auto take = id == core::kInvalidId ? takes.activeTake() : takes.take(id);
        m_playback->setTakeSource(take ? QUrl::fromLocalFile(take->audioPath) : QUrl());
    });
}

void MainWindow::connectActions()
{
    auto* timeline = m_session.timeline();
    auto* a = m_actions;
    connect(a->newProject, &QAction::triggered, this, [this] {
        if (maybeSave()) m_session.newProject();
    });
    connect(a->open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(a->save, &QAction::triggered, this, [this] { saveProject(false); });
    connect(a->saveAs, &QAction::triggered, this, [this] { saveProject(true); });
    connect(a->exportMp4, &QAction::triggered, this, &MainWindow::exportDialog);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->importOnsets, &QAction::triggered, this,
            [this] { OnsetFileDialogs::importOnsets(this, m_session.project()); });
    connect(a->exportOnsets, &QAction::triggered, this,
            [this] { OnsetFileDialogs::exportOnsets(this, m_session.project()); });
    connect(a->detectOnsets, &QAction::triggered, this, [this] { m_detection->start(OnsetSource::Auto); });
    connect(a->detectOnsetsFromSound, &QAction::triggered, this, [this] {
        if (const auto settings = SoundOnsetSettingsDialog::ask(this)) m_detection->start(OnsetSource::Audio, *settings);
    });
    connect(a->applyCurveToMask, &QAction::triggered, this, [this] { m_detection->applyCurveToMask(); });
    connect(a->captionFromVideo, &QAction::triggered, m_captioning, &CaptionController::start);
    connect(a->captioning, &QAction::triggered, this, [this] { CaptioningSettingsDialog::edit(this); });
    connect(a->playPause, &QAction::triggered, m_playback, &widgets::PlaybackController::togglePlay);
    connect(a->frameBack, &QAction::triggered, timeline, [timeline] { timeline->stepFrames(-1); });
    connect(a->frameForward, &QAction::triggered, timeline, [timeline] { timeline->stepFrames(1); });
    connect(a->secondBack, &QAction::triggered, timeline, [timeline] { timeline->stepSeconds(-1.0); });
    connect(a->secondForward, &QAction::triggered, timeline, [timeline] { timeline->stepSeconds(1.0); });
    connect(a->goStart, &QAction::triggered, timeline, [timeline] { timeline->setPlayhead(0); });
    connect(a->goEnd, &QAction::triggered, timeline, [timeline] { timeline->setPlayhead(timeline->duration()); });
    connect(a->shuttleStop, &QAction::triggered, m_playback, [this] { m_playback->setRate(0.0); });
    connect(a->shuttleForward, &QAction::triggered, m_playback, [this] {
        const double r = m_playback->rate();
        m_playback->setRate(m_session.timeline()->isPlaying() && r > 0 ? std::min(r * 2.0, 8.0) : 1.0);
    });
    connect(a->shuttleBack, &QAction::triggered, m_playback, [this] {
        const double r = m_playback->rate();
        m_playback->setRate(m_session.timeline()->isPlaying() && r < 0 ? std::max(r * 2.0, -8.0) : -1.0);
    });
    auto zoomAround = [timeline](double factor) { timeline->zoomBy(factor, timeline->playhead()); };
    connect(a->zoomIn, &QAction::triggered, timeline, [zoomAround] { zoomAround(1.5); });
    connect(a->zoomOut, &QAction::triggered, timeline, [zoomAround] { zoomAround(1.0 / 1.5); });
    connect(a->zoomFit, &QAction::triggered, timeline, &core::TimelineState::zoomToFit);
    connect(a->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About FoleyForge"),
                           tr("<b>FoleyForge %1</b><br>AI-assisted foley: correct captions and onsets, regenerate "
                              "synchronized sound, export finished video.").arg(QCoreApplication::applicationVersion()));
    });
    connect(a->recentMenu, &QMenu::aboutToShow, this, [this] {
        m_actions->recentMenu->clear();
        for (const QString& path : QSettings().value(kRecentKey).toStringList())
            m_actions->recentMenu->addAction(path, this, [this, path] { if (maybeSave()) openPath(path); });
    });
}

void MainWindow::onProjectReplaced(core::Project* project)
{
    m_panels->setProject(project);
    m_detection->setProject(project);
    m_captioning->setProject(project);
    m_generation->setProject(project);
    m_actions->editMenu->clear();
    delete m_actions->undo;  // they belong to the previous project's stack
    delete m_actions->redo;
    m_actions->undo = project->undoStack().createUndoAction(this, tr("&Undo"));
    m_actions->undo->setShortcut(QKeySequence::Undo);
    m_actions->redo = project->undoStack().createRedoAction(this, tr("&Redo"));
    m_actions->redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_actions->editMenu->addActions({m_actions->undo, m_actions->redo});
    connect(project, &core::Project::modifiedChanged, this, &MainWindow::updateTitle);
    connect(project, &core::Project::filePathChanged, this, &MainWindow::updateTitle);
    const QString media = project->mediaReference().path();
    const bool mediaPresent = !media.isEmpty() && QFileInfo::exists(media);
    m_playback->setSource(mediaPresent ? QUrl::fromLocalFile(media) : QUrl());
    m_originalLoader->load(mediaPresent ? media : QString());
    connect(&project->takes(), &core::TakeList::activeTakeChanged, this, &MainWindow::showActiveTake);
    showActiveTake();
    updateTitle();
}

void MainWindow::showActiveTake()
{
    const auto take = m_session.project()->takes().activeTake();
    const bool takePresent = take && QFileInfo::exists(take->audioPath);
    m_playback->setTakeSource(takePresent ? QUrl::fromLocalFile(take->audioPath) : QUrl());
    m_takeLoader->load(takePresent ? take->audioPath : QString());
}

void MainWindow::updateTitle()
{
    const auto* project = m_session.project();
    setWindowTitle(tr("%1[*] — FoleyForge").arg(project->displayName()));
    setWindowModified(project->isModified());
}

bool MainWindow::openPath(const QString& path)
{
    bool recover = false;
    if (m_session.hasNewerAutosave(path)) {
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved work?"),
            tr("FoleyForge found unsaved changes to %1 from a session that did not close normally. Recover them?")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        recover = answer == QMessageBox::Yes;
    }
    const auto status = m_session.open(path, recover);
    if (!status) {
        showError(tr("Cannot open"), QString::fromStdString(status.error().message));
        return false;
    }
    addRecentFile(path);
    if (!m_session.lastWarning().isEmpty()) showStatus(m_session.lastWarning());
    else showStatus(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::openDialog()
{
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project or video"), QString(),
        tr("Projects and videos (*.foley *.mp4 *.mov *.mkv *.m4v *.webm *.avi);;All files (*)"));
    if (!path.isEmpty()) openPath(path);
}

bool MainWindow::saveProject(bool askForPath)
{
    widgets::commitPendingEdit(this);  // Ctrl+S while typing a caption saves the caption as typed
    QString path = m_session.project()->filePath();
    if (askForPath || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save project"), path, tr("FoleyForge projects (*.foley)"));
        if (path.isEmpty()) return false;
        path = core::withProjectSuffix(path);
    }
    const auto status = m_session.saveAs(path);
    if (!status) {
        showError(tr("Cannot save"), QString::fromStdString(status.error().message));
        return false;
    }
    addRecentFile(path);
    showStatus(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::maybeSave()
{
    widgets::commitPendingEdit(this);  // the question about unsaved changes counts the field being typed in
    if (!m_session.project()->isModified()) return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("Save the changes to %1?").arg(m_session.project()->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) return false;
    return answer == QMessageBox::Discard || saveProject(false);
}

void MainWindow::exportDialog()
{
    widgets::commitPendingEdit(this);
    ExportController::run(this, m_session.project());
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_actions->shortcutActions(), this);
    dialog.exec();
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentFiles) recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    showStatus(message);
    QMessageBox::warning(this, title, message);
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, kStatusMessageMs);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_playback->pause();
    m_originalLoader->cancel();
    m_takeLoader->cancel();
    m_detection->cancel();
    m_generation->cancelAll();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    if (maybeSave()) openPath(urls.first().toLocalFile());
    event->acceptProposedAction();
}

}  // namespace foley::app
