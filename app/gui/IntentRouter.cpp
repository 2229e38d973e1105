#include "app/gui/IntentRouter.h"

#include "core/commands/AcceptCaptionCommand.h"
#include "core/commands/CaptionCommands.h"
#include "core/commands/MaskCommands.h"
#include "core/commands/OnsetCommands.h"
#include "core/commands/SettingsCommands.h"
#include "core/commands/TakeCommands.h"
#include "widgets/caption/CaptionEditor.h"
#include "widgets/caption/CaptionProposalBox.h"
#include "widgets/caption/CaptionSegmentLane.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/library/LibraryPanel.h"
#include "widgets/onsets/OnsetSelection.h"
#include "widgets/onsets/OnsetTableView.h"
#include "widgets/onsets/OnsetTrackEditor.h"
#include "widgets/takes/TakesListView.h"

namespace foley::app {

IntentRouter::IntentRouter(QObject* parent) : QObject(parent) {}

void IntentRouter::push(const std::function<QUndoCommand*(core::Project&)>& make)
{
    // No project (closing, or before one is open): nothing is built, so nothing is dereferenced.
    if (m_project) m_project->push(make(*m_project));
}

void IntentRouter::route(widgets::OnsetTrackEditor* editor)
{
    using widgets::OnsetTrackEditor;
    connect(editor, &OnsetTrackEditor::addOnsetRequested, this, [this](SampleTime time, double strength) {
        push([&](core::Project& project) { return new core::AddOnsetCommand(&project.onsets(),
                                       {core::kInvalidId, time, strength, {}, core::OnsetOrigin::Manual}); });
    });
    connect(editor, &OnsetTrackEditor::removeOnsetsRequested, this, [this](const QList<core::OnsetId>& ids) {
        push([&](core::Project& project) { return new core::RemoveOnsetsCommand(&project.onsets(), ids); });
    });
    connect(editor, &OnsetTrackEditor::moveOnsetsRequested, this,
            [this](const QList<core::OnsetId>& ids, SampleTime delta, core::GestureId gesture) {
                push([&](core::Project& project) { return core::MoveOnsetsCommand::byOffset(&project.onsets(), ids, delta, gesture); });
            });
    connect(editor, &OnsetTrackEditor::setOnsetStrengthRequested, this,
            [this](const QHash<core::OnsetId, double>& strengths, core::GestureId gesture) {
                push([&](core::Project& project) { return new core::SetOnsetStrengthCommand(&project.onsets(), strengths, gesture); });
            });
    connect(editor, &OnsetTrackEditor::relabelOnsetRequested, this, [this](core::OnsetId id, const QString& label) {
        push([&](core::Project& project) { return new core::RelabelOnsetsCommand(&project.onsets(), {id}, label); });
    });
    connect(editor, &OnsetTrackEditor::acceptProposalsRequested, this, [this](const core::OnsetSampleTimeList& accepted) {
        push([&](core::Project& project) { return new core::AcceptOnsetProposalsCommand(&project.onsets(), accepted); });
        if (m_proposals) m_proposals->remove(accepted);
    });
    connect(editor, &OnsetTrackEditor::rejectProposalsRequested, this, [this](const core::OnsetSampleTimeList& rejected) {
        if (m_proposals) m_proposals->remove(rejected);
    });
    connect(editor, &OnsetTrackEditor::chooseRecordingRequested, this, [this](const QList<core::OnsetId>& ids, const QString& recording) {
        push([&](core::Project& project) { return new core::ChooseOnsetRecordingCommand(&project.onsets(), ids, recording); });
    });
    connect(editor, &OnsetTrackEditor::paintMaskRequested, this,
            [this](int firstFrame, const std::vector<float>& values, core::GestureId stroke) {
                push([&](core::Project& project) { return new core::PaintMaskCommand(&project.mask(), firstFrame, values, stroke); });
            });
}

void IntentRouter::route(widgets::LibraryPanel* panel, widgets::OnsetSelection* selection)
{
    auto choose = [this, selection](const QString& recording) {
        const QList<core::OnsetId> ids = selection->ids().values();
        if (ids.isEmpty()) return;
        push([&](core::Project& project) { return new core::ChooseOnsetRecordingCommand(&project.onsets(), ids, recording); });
    };
    connect(panel, &widgets::LibraryPanel::useForSelectedOnsetsRequested, this, choose);
    connect(panel, &widgets::LibraryPanel::letTakesChooseRequested, this, [choose] { choose({}); });
}

void IntentRouter::route(widgets::OnsetTableView* table)
{
    using widgets::OnsetTableView;
    connect(table, &OnsetTableView::removeOnsetsRequested, this, [this](const QList<core::OnsetId>& ids) {
        push([&](core::Project& project) { return new core::RemoveOnsetsCommand(&project.onsets(), ids); });
    });
    connect(table, &OnsetTableView::moveOnsetsRequested, this,
            [this](const QList<core::OnsetId>& ids, SampleTime delta, core::GestureId gesture) {
                push([&](core::Project& project) { return core::MoveOnsetsCommand::byOffset(&project.onsets(), ids, delta, gesture); });
            });
    connect(table, &OnsetTableView::setOnsetStrengthRequested, this,
            [this](const QHash<core::OnsetId, double>& strengths, core::GestureId gesture) {
                push([&](core::Project& project) { return new core::SetOnsetStrengthCommand(&project.onsets(), strengths, gesture); });
            });
    connect(table, &OnsetTableView::relabelOnsetRequested, this, [this](core::OnsetId id, const QString& label) {
        push([&](core::Project& project) { return new core::RelabelOnsetsCommand(&project.onsets(), {id}, label); });
    });
}

void IntentRouter::route(widgets::CaptionEditor* captions)
{
    using widgets::CaptionEditor;
    connect(captions, &CaptionEditor::captionEditRequested, this, [this](const QString& text) {
        push([&](core::Project& project) { return new core::EditCaptionTextCommand(&project.captions(), text); });
    });
    connect(captions, &CaptionEditor::negativePromptEditRequested, this, [this](const QString& text) {
        push([&](core::Project& project) { return new core::SetPromptFieldCommand(&project.captions(), core::PromptField::NegativePrompt, text); });
    });
    connect(captions, &CaptionEditor::qualityTagEditRequested, this, [this](const QString& text) {
        push([&](core::Project& project) { return new core::SetPromptFieldCommand(&project.captions(), core::PromptField::QualityTag, text); });
    });
    connect(captions, &CaptionEditor::addCaptionSegmentRequested, this, [this](const core::CaptionSegment& segment) {
        push([&](core::Project& project) { return new core::AddCaptionSegmentCommand(&project.captions(), segment); });
    });
    connect(captions, &CaptionEditor::editCaptionSegmentRequested, this,
            [this](core::SegmentId id, const core::CaptionSegmentEdit& edit, core::GestureId gesture) {
                push([&](core::Project& project) { return new core::EditCaptionSegmentCommand(&project.captions(), id, edit, gesture); });
            });
    connect(captions, &CaptionEditor::removeCaptionSegmentRequested, this, [this](core::SegmentId id) {
        push([&](core::Project& project) { return new core::RemoveCaptionSegmentCommand(&project.captions(), id); });
    });
    connect(captions->proposalBox(), &widgets::CaptionProposalBox::acceptRequested, this,
            [this](const core::CaptionProposalValues& proposal) {
                push([&](core::Project& project) { return new core::AcceptCaptionCommand(&project.captions(), proposal); });
            });
}

void IntentRouter::route(widgets::CaptionSegmentLane* lane)
{
    using widgets::CaptionSegmentLane;
    connect(lane, &CaptionSegmentLane::addCaptionSegmentRequested, this, [this](const core::CaptionSegment& segment) {
        push([&](core::Project& project) { return new core::AddCaptionSegmentCommand(&project.captions(), segment); });
    });
    connect(lane, &CaptionSegmentLane::editCaptionSegmentRequested, this,
            [this](core::SegmentId id, const core::CaptionSegmentEdit& edit, core::GestureId gesture) {
                push([&](core::Project& project) { return new core::EditCaptionSegmentCommand(&project.captions(), id, edit, gesture); });
            });
    connect(lane, &CaptionSegmentLane::removeCaptionSegmentRequested, this, [this](core::SegmentId id) {
        push([&](core::Project& project) { return new core::RemoveCaptionSegmentCommand(&project.captions(), id); });
    });
}

void IntentRouter::route(widgets::GenerationPanel* panel)
{
    connect(panel, &widgets::GenerationPanel::settingsEditRequested, this,
            [this](const core::GenerationParameters& parameters, core::GestureId gesture) {
                push([&](core::Project& project) { return new core::ChangeGenerationSettingsCommand(&project.settings(), parameters, gesture); });
            });
}

void IntentRouter::route(widgets::TakesListView* takes)
{
    using widgets::TakesListView;
    connect(takes, &TakesListView::setActiveTakeRequested, this, [this](core::TakeId id) {
        push([&](core::Project& project) { return new core::SetActiveTakeCommand(&project.takes(), id); });
    });
    connect(takes, &TakesListView::renameTakeRequested, this, [this](core::TakeId id, const QString& name) {
        push([&](core::Project& project) { return new core::RenameTakeCommand(&project.takes(), id, name); });
    });
    connect(takes, &TakesListView::removeTakesRequested, this, [this](const QList<core::TakeId>& ids) {
        if (!m_project) return;
        if (ids.size() > 1) m_project->undoStack().beginMacro(tr("Delete %n take(s)", nullptr, static_cast<int>(ids.size())));
        for (core::TakeId id : ids) push([&](core::Project& project) { return new core::RemoveTakeCommand(&project.takes(), id); });
        if (ids.size() > 1) m_project->undoStack().endMacro();
    });
}

}  // namespace foley::app
