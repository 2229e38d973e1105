#include "app/gui/EditorPanels.h"

#include "app/gui/LibrarySearch.h"

#include "app/gui/CaptionImport.h"
#include "app/gui/IntentRouter.h"
#include "widgets/caption/CaptionEditor.h"
#include "widgets/caption/CaptionSegmentLane.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/onsets/EditTool.h"
#include "widgets/onsets/GestureIdSource.h"
#include "widgets/onsets/OnsetSelection.h"
#include "widgets/onsets/OnsetTableView.h"
#include "widgets/onsets/OnsetTrackEditor.h"
#include "widgets/takes/TakesListView.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace foley::app {

namespace {

QDockWidget* addDock(QMainWindow* window, QWidget* content, const QString& title, const QString& name,
                     Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);  // saveState() needs names to restore the user's layout
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}

}  // namespace

EditorPanels::EditorPanels(QMainWindow* window, core::TimelineState* timeline, core::OnsetProposals* proposals,
                           QVBoxLayout* timelineArea, QMenu* viewMenu)
    : QObject(window), m_window(window), m_timeline(timeline), m_router(new IntentRouter(this)),
      m_selection(new widgets::OnsetSelection(this))
{
    m_router->setProposals(proposals);
    createTimelineLanes(timelineArea);
    m_onsetEditor->setProposalModel(proposals);
    createDocks(viewMenu);
    createToolBar(viewMenu);
}

void EditorPanels::createTimelineLanes(QVBoxLayout* timelineArea)
{
    m_segmentLane = new widgets::CaptionSegmentLane(m_timeline);
    m_onsetEditor = new widgets::OnsetTrackEditor(m_timeline, m_selection);
    timelineArea->addWidget(m_segmentLane);
    timelineArea->addWidget(m_onsetEditor, 1);
    m_router->route(m_onsetEditor);
    m_router->route(m_segmentLane);
}

void EditorPanels::createDocks(QMenu* viewMenu)
{
    m_captionEditor = new widgets::CaptionEditor(m_timeline);
    m_generationPanel = new widgets::GenerationPanel(m_timeline);
    m_takesList = new widgets::TakesListView();
    m_onsetTable = new widgets::OnsetTableView(m_selection, m_timeline);
    m_library = new widgets::LibraryPanel();
    connectLibrarySearch(m_library);
    m_history = new QUndoView();
    m_history->setEmptyLabel(tr("<opened>"));
    m_router->route(m_captionEditor);
    connect(m_captionEditor, &widgets::CaptionEditor::importCaptionRequested, this, [this] {
        CaptionImport::run(m_window, m_router->project());
    });
    m_router->route(m_generationPanel);
    m_router->route(m_takesList);
    m_router->route(m_onsetTable);
    m_router->route(m_library, m_selection);

    auto* caption = addDock(m_window, m_captionEditor, tr("Caption"), QStringLiteral("captionDock"), Qt::RightDockWidgetArea);
    auto* generation = addDock(m_window, m_generationPanel, tr("Generate"), QStringLiteral("generationDock"), Qt::RightDockWidgetArea);
    auto* takes = addDock(m_window, m_takesList, tr("Takes"), QStringLiteral("takesDock"), Qt::RightDockWidgetArea);
    auto* onsets = addDock(m_window, m_onsetTable, tr("Onsets"), QStringLiteral("onsetsDock"), Qt::RightDockWidgetArea);
    auto* library = addDock(m_window, m_library, tr("Sound Library"), QStringLiteral("libraryDock"), Qt::RightDockWidgetArea);
    auto* history = addDock(m_window, m_history, tr("History"), QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
    m_window->tabifyDockWidget(takes, onsets);
    m_window->tabifyDockWidget(onsets, library);
    m_window->tabifyDockWidget(library, history);
    takes->raise();
    for (auto* dock : {caption, generation, takes, onsets, library, history}) viewMenu->addAction(dock->toggleViewAction());
}

void EditorPanels::createToolBar(QMenu* viewMenu)
{
    auto* bar = m_window->addToolBar(tr("Edit tools"));
    bar->setObjectName(QStringLiteral("editToolBar"));
    auto* group = new QActionGroup(bar);
    const std::pair<widgets::EditTool, QKeySequence> tools[] = {
        {widgets::EditTool::Select, QKeySequence(Qt::Key_1)},
        {widgets::EditTool::Pencil, QKeySequence(Qt::Key_2)},
        {widgets::EditTool::Eraser, QKeySequence(Qt::Key_3)},
        {widgets::EditTool::Range, QKeySequence(Qt::Key_4)},
    };
    for (const auto& [tool, key] : tools) {
        auto* action = bar->addAction(widgets::editToolName(tool));
        action->setCheckable(true);
        action->setShortcut(key);
        action->setChecked(tool == widgets::EditTool::Select);
        group->addAction(action);
        connect(action, &QAction::triggered, m_onsetEditor, [this, tool = tool] { m_onsetEditor->setTool(tool); });
        connect(m_onsetEditor, &widgets::OnsetTrackEditor::toolChanged, action,
                [action, tool = tool](widgets::EditTool now) { action->setChecked(now == tool); });
    }
    bar->addSeparator();
    auto* snapFrames = bar->addAction(tr("Snap to frames"));
    snapFrames->setCheckable(true);
    snapFrames->setChecked(m_onsetEditor->snapToFrames());
    connect(snapFrames, &QAction::toggled, m_onsetEditor, &widgets::OnsetTrackEditor::setSnapToFrames);
    connect(m_onsetEditor, &widgets::OnsetTrackEditor::snappingChanged, snapFrames, [this, snapFrames] {
        snapFrames->setChecked(m_onsetEditor->snapToFrames());
    });
    auto* snapPeaks = bar->addAction(tr("Snap to detected peaks"));
    snapPeaks->setCheckable(true);
    snapPeaks->setChecked(m_onsetEditor->snapToPeaks());
    connect(snapPeaks, &QAction::toggled, m_onsetEditor, &widgets::OnsetTrackEditor::setSnapToPeaks);
    connect(m_onsetEditor, &widgets::OnsetTrackEditor::snappingChanged, snapPeaks, [this, snapPeaks] {
        snapPeaks->setChecked(m_onsetEditor->snapToPeaks());
    });
    viewMenu->addAction(bar->toggleViewAction());
}

EditorPanels::~EditorPanels() = default;

void EditorPanels::setProject(core::Project* project)
{
    // Widget gestures draw ids from the project, so they never collide with the app's own gesture ids.
    const widgets::GestureIdSource gestures([project] { return project->newGestureId(); });
    m_onsetEditor->setGestureIdSource(gestures);
    m_onsetTable->setGestureIdSource(gestures);
    m_segmentLane->setGestureIdSource(gestures);
    m_generationPanel->setGestureIdSource(gestures);
    m_router->setProject(project);
    m_selection->setTrack(&project->onsets());
    m_onsetEditor->setOnsetTrack(&project->onsets());
    m_onsetEditor->setTemporalMask(&project->mask());
    m_segmentLane->setCaptionModel(&project->captions());
    m_onsetTable->setOnsetTrack(&project->onsets());
    m_captionEditor->setCaptionModel(&project->captions());
    m_generationPanel->setSettings(&project->settings());
    m_takesList->setTakeList(&project->takes());
    m_history->setStack(&project->undoStack());
}

}  // namespace foley::app
