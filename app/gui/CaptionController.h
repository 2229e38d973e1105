#pragma once

#include "app/services/captioning/CaptionRun.h"
#include "core/model/Project.h"

#include <QObject>

namespace foley::core {
class TimelineState;
}

namespace foley::widgets {
class CaptionEditor;
}

namespace foley::app {

// Analyze → Caption from Video… (and the caption dock's button): asks the captioning server set in Settings →
// Captioning… about the project's video (the timeline selection, else the whole clip) off the UI thread, shows the
// stages with Cancel in the caption editor, then the answer there as a proposal. Accepting it is the intent router's
// (one undo step); rejecting it changes nothing. A new project drops the run and the proposal.
class CaptionController : public QObject {
    Q_OBJECT
public:
    CaptionController(widgets::CaptionEditor* editor, core::TimelineState* timeline, QObject* parent = nullptr);

    void setProject(core::Project* project);
    void start();
    void cancel() { m_run.cancel(); }
    bool isRunning() const { return m_run.isRunning(); }

private:
    void onFinished(const captioning::CaptionOutcome& outcome);

    widgets::CaptionEditor* m_editor;
    core::TimelineState* m_timeline;
    core::Project* m_project = nullptr;
    captioning::CaptionRun m_run;
};

}  // namespace foley::app
