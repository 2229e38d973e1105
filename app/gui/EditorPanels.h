#pragma once

#include "core/model/OnsetProposals.h"
#include "widgets/library/LibraryPanel.h"
#include "core/model/Project.h"
#include "core/timeline/TimelineState.h"

#include <QObject>

class QMainWindow;
class QMenu;
class QToolBar;
class QUndoView;
class QVBoxLayout;

namespace foley::widgets {
class CaptionEditor;
class CaptionSegmentLane;
class GenerationPanel;
class OnsetSelection;
class OnsetTableView;
class OnsetTrackEditor;
class TakesListView;
}  // namespace foley::widgets

namespace foley::app {

class IntentRouter;

// The editing widgets of the main window — onset/mask editor and caption lane on the timeline, docks for
// captions, generation, takes, the onset table and the undo history, the edit-tool bar — bound to whichever
// project is open. Keeps MainWindow about layout and document life, not about every panel.
class EditorPanels : public QObject {
    Q_OBJECT
public:
    EditorPanels(QMainWindow* window, core::TimelineState* timeline, core::OnsetProposals* proposals, QVBoxLayout* timelineArea,
                 QMenu* viewMenu);
    ~EditorPanels() override;

    void setProject(core::Project* project);

    widgets::OnsetTrackEditor* onsetEditor() const { return m_onsetEditor; }
    widgets::OnsetTableView* onsetTable() const { return m_onsetTable; }
    widgets::LibraryPanel* libraryPanel() const { return m_library; }
    widgets::CaptionEditor* captionEditor() const { return m_captionEditor; }
    widgets::GenerationPanel* generationPanel() const { return m_generationPanel; }
    widgets::TakesListView* takesList() const { return m_takesList; }
    IntentRouter* router() const { return m_router; }

private:
    void createTimelineLanes(QVBoxLayout* timelineArea);
    void createDocks(QMenu* viewMenu);
    void createToolBar(QMenu* viewMenu);

    QMainWindow* m_window;
    core::TimelineState* m_timeline;
    IntentRouter* m_router;
    widgets::OnsetSelection* m_selection;
    widgets::OnsetTrackEditor* m_onsetEditor = nullptr;
    widgets::CaptionSegmentLane* m_segmentLane = nullptr;
    widgets::OnsetTableView* m_onsetTable = nullptr;
    widgets::LibraryPanel* m_library = nullptr;
    widgets::CaptionEditor* m_captionEditor = nullptr;
    widgets::GenerationPanel* m_generationPanel = nullptr;
    widgets::TakesListView* m_takesList = nullptr;
    QUndoView* m_history = nullptr;
};

}  // namespace foley::app
