#include "app/gui/CaptionController.h"

#include "core/timeline/TimelineState.h"
#include "widgets/caption/CaptionEditor.h"
#include "widgets/caption/CaptionProposalBox.h"

#include <QFileInfo>
#include <QSettings>

namespace foley::app {

CaptionController::CaptionController(widgets::CaptionEditor* editor, core::TimelineState* timeline, QObject* parent)
    : QObject(parent), m_editor(editor), m_timeline(timeline)
{
    auto* box = editor->proposalBox();
    connect(&m_run, &captioning::CaptionRun::stageChanged, box, &widgets::CaptionProposalBox::showRunning);
    connect(&m_run, &captioning::CaptionRun::finished, this, &CaptionController::onFinished);
    connect(box, &widgets::CaptionProposalBox::cancelRequested, this, &CaptionController::cancel);
    connect(editor, &widgets::CaptionEditor::captionFromVideoRequested, this, &CaptionController::start);
}

void CaptionController::setProject(core::Project* project)
{
    m_run.cancel();
    m_project = project;
    m_editor->proposalBox()->clear();
}

void CaptionController::start()
{
    auto* box = m_editor->proposalBox();
    const QString video = m_project ? m_project->mediaReference().path() : QString();
    if (video.isEmpty() || !QFileInfo::exists(video)) {
        box->showFailure(tr("open a video first"));
        return;
    }
    const captioning::CaptioningSettings settings = captioning::CaptioningSettings::load(QSettings());
    if (settings.model.isEmpty()) {
        box->showFailure(tr("choose a server and model in Settings → Captioning… first"));
        return;
    }
    captioning::KeyframeSpan span;
    const core::SampleTimeRange selection = m_timeline->selection();
    if (!selection.isEmpty()) span = {samplesToSeconds(selection.start), samplesToSeconds(selection.end)};
    m_run.start(settings, video, span);
}

void CaptionController::onFinished(const captioning::CaptionOutcome& outcome)
{
    auto* box = m_editor->proposalBox();
    if (!outcome) {
        if (outcome.error().isCancelled()) box->clear();
        else box->showFailure(QString::fromStdString(outcome.error().message));
        return;
    }
    const QString current = m_project ? m_project->captions().caption().text : QString();
    box->showProposal(captioning::proposalValues(*outcome), current);
}

}  // namespace foley::app
