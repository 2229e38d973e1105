#pragma once

#include "core/model/Project.h"

#include "core/model/OnsetProposals.h"

#include <QObject>

#include <functional>

namespace foley::widgets {
class CaptionEditor;
class CaptionSegmentLane;
class GenerationPanel;
class LibraryPanel;
class OnsetSelection;
class OnsetTableView;
class OnsetTrackEditor;
class TakesListView;
}  // namespace foley::widgets

namespace foley::app {

// Turns the widgets' edit intents into undo commands on the current project (widgets never mutate the model:
// docs/ARCHITECTURE.md, section 5). The widgets live as long as the window; the project is replaced on open, so
// every slot looks up the project it is given now rather than capturing one.
class IntentRouter : public QObject {
    Q_OBJECT
public:
    explicit IntentRouter(QObject* parent = nullptr);

    void setProject(core::Project* project) { m_project = project; }
    // Where accepted and rejected detector proposals are removed from (the editor session's).
    void setProposals(core::OnsetProposals* proposals) { m_proposals = proposals; }
    core::Project* project() const { return m_project; }

    void route(widgets::OnsetTrackEditor* editor);
    void route(widgets::OnsetTableView* table);
    // The Sound Library dock: its recording for the selected onsets, or the takes' own choice again.
    void route(widgets::LibraryPanel* panel, widgets::OnsetSelection* selection);
    void route(widgets::CaptionEditor* captions);
    void route(widgets::CaptionSegmentLane* lane);
    void route(widgets::GenerationPanel* panel);  // settings edits only; Generate goes to the generation controller
    void route(widgets::TakesListView* takes);

private:
    // Builds the command from the project only when there is one, and pushes it.
    void push(const std::function<QUndoCommand*(core::Project&)>& make);

    core::Project* m_project = nullptr;
    core::OnsetProposals* m_proposals = nullptr;
};

}  // namespace foley::app
