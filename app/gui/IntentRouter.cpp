#include "app/gui/IntentRouter.h"

#include "core/commands/CaptionCommands.h"
#include "core/commands/MaskCommands.h"
#include "core/commands/OnsetCommands.h"
#include "core/commands/SettingsCommands.h"
#include "core/commands/TakeCommands.h"
#include "widgets/caption/CaptionEditor.h"
#include "widgets/caption/CaptionSegmentLane.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/onsets/OnsetTableView.h"
#include "widgets/onsets/OnsetTrackEditor.h"
#include "widgets/takes/TakesListView.h"

namespace foley::app {

IntentRouter::IntentRouter(QObject* parent) : QObject(parent) {}

void IntentRouter::push(QUndoCommand* command)
{
    if (m_project) m_project->push(command);
    else delete command;
}

void IntentRouter::route(widgets::OnsetTrackEditor* editor)
{
    using widgets::OnsetTrackEditor;
    connect(editor, &OnsetTrackEditor::addOnsetRequested, this, [this](SampleTime time, double strength) {
        push(new core::AddOnsetCommand(&m_project->onsets(),
                                       {core::kInvalidId, time, strength, {}, core::OnsetOrigin::Manual}));
    });
    connect(editor, &OnsetTrackEditor::removeOnsetsRequested, this, [this](const QList<core::OnsetId>& ids) {
        push(new core::RemoveOnsetsCommand(&m_project->onsets(), ids));
    });
    connect(editor, &OnsetTrackEditor::moveOnsetsRequested, this,
            [this](const QList<core::OnsetId>& ids, SampleTime delta, core::GestureId gesture) {
                push(core::MoveOnsetsCommand::byOffset(&m_project->onsets(), ids, delta, gesture));
            });
    connect(editor, &OnsetTrackEditor::setOnsetStrengthRequested, this,
            [this](const QHash<core::OnsetId, double>& strengths, core::GestureId gesture) {
                push(new core::SetOnsetStrengthCommand(&m_project->onsets(), strengths, gesture));
            });
    connect(editor, &OnsetTrackEditor::relabelOnsetRequested, this, [this](core::OnsetId id, const QString& label) {
        push(new core::RelabelOnsetsCommand(&m_project->onsets(), {id}, label));
    });
    connect(editor, &OnsetTrackEditor::acceptProposalsRequested, this, [this, editor](const core::OnsetList& accepted) {
        push(new core::AcceptOnsetProposalsCommand(&m_project->onsets(), accepted));
        core::OnsetList remaining;
        for (const auto& proposal : editor->proposals())
            if (!accepted.contains(proposal)) remaining.append(proposal);
        editor->setProposals(remaining);
    });
    connect(editor, &OnsetTrackEditor::rejectProposalsRequested, this, [editor](const core::OnsetList& rejected) {
        core::OnsetList remaining;
        for (const auto& proposal : editor->proposals())
            if (!rejected.contains(proposal)) remaining.append(proposal);
        editor->setProposals(remaining);
    });
    connect(editor, &OnsetTrackEditor::paintMaskRequested, this,
            [this](int firstFrame, const std::vector<float>& values, core::GestureId stroke) {
                push(new core::PaintMaskCommand(&m_project->mask(), firstFrame, values, stroke));
            });
}

void IntentRouter::route(widgets::OnsetTableView* table)
{
    using widgets::OnsetTableView;
    connect(table, &OnsetTableView::removeOnsetsRequested, this, [this](const QList<core::OnsetId>& ids) {
        push(new core::RemoveOnsetsCommand(&m_project->onsets(), ids));
    });
    connect(table, &OnsetTableView::moveOnsetsRequested, this,
            [this](const QList<core::OnsetId>& ids, SampleTime delta, core::GestureId gesture) {
                push(core::MoveOnsetsCommand::byOffset(&m_project->onsets(), ids, delta, gesture));
            });
    connect(table, &OnsetTableView::setOnsetStrengthRequested, this,
            [this](const QHash<core::OnsetId, double>& strengths, core::GestureId gesture) {
                push(new core::SetOnsetStrengthCommand(&m_project->onsets(), strengths, gesture));
            });
    connect(table, &OnsetTableView::relabelOnsetRequested, this, [this](core::OnsetId id, const QString& label) {
        push(new core::RelabelOnsetsCommand(&m_project->onsets(), {id}, label));
    });
}

void IntentRouter::route(widgets::CaptionEditor* captions)
{
    using widgets::CaptionEditor;
    connect(captions, &CaptionEditor::captionEditRequested, this, [this](const QString& text) {
        push(new core::EditCaptionTextCommand(&m_project->captions(), text));
    });
    connect(captions, &CaptionEditor::negativePromptEditRequested, this, [this](const QString& text) {
        push(new core::SetPromptFieldCommand(&m_project->captions(), core::PromptField::NegativePrompt, text));
    });
    connect(captions, &CaptionEditor::qualityTagEditRequested, this, [this](const QString& text) {
        push(new core::SetPromptFieldCommand(&m_project->captions(), core::PromptField::QualityTag, text));
    });
    connect(captions, &CaptionEditor::addCaptionSegmentRequested, this, [this](const core::CaptionSegment& segment) {
        push(new core::AddCaptionSegmentCommand(&m_project->captions(), segment));
    });
    connect(captions, &CaptionEditor::editCaptionSegmentRequested, this,
            [this](core::SegmentId id, const core::CaptionSegmentEdit& edit, core::GestureId gesture) {
                push(new core::EditCaptionSegmentCommand(&m_project->captions(), id, edit, gesture));
            });
    connect(captions, &CaptionEditor::removeCaptionSegmentRequested, this, [this](core::SegmentId id) {
        push(new core::RemoveCaptionSegmentCommand(&m_project->captions(), id));
    });
}

void IntentRouter::route(widgets::CaptionSegmentLane* lane)
{
    using widgets::CaptionSegmentLane;
    connect(lane, &CaptionSegmentLane::addCaptionSegmentRequested, this, [this](const core::CaptionSegment& segment) {
        push(new core::AddCaptionSegmentCommand(&m_project->captions(), segment));
    });
    connect(lane, &CaptionSegmentLane::editCaptionSegmentRequested, this,
            [this](core::SegmentId id, const core::CaptionSegmentEdit& edit, core::GestureId gesture) {
                push(new core::EditCaptionSegmentCommand(&m_project->captions(), id, edit, gesture));
            });
    connect(lane, &CaptionSegmentLane::removeCaptionSegmentRequested, this, [this](core::SegmentId id) {
        push(new core::RemoveCaptionSegmentCommand(&m_project->captions(), id));
    });
}

void IntentRouter::route(widgets::GenerationPanel* panel)
{
    connect(panel, &widgets::GenerationPanel::settingsEditRequested, this,
            [this](const core::GenerationParameters& parameters, core::GestureId gesture) {
                push(new core::ChangeGenerationSettingsCommand(&m_project->settings(), parameters, gesture));
            });
}

void IntentRouter::route(widgets::TakesListView* takes)
{
    using widgets::TakesListView;
    connect(takes, &TakesListView::setActiveTakeRequested, this, [this](core::TakeId id) {
        push(new core::SetActiveTakeCommand(&m_project->takes(), id));
    });
    connect(takes, &TakesListView::renameTakeRequested, this, [this](core::TakeId id, const QString& name) {
        push(new core::RenameTakeCommand(&m_project->takes(), id, name));
    });
    connect(takes, &TakesListView::removeTakesRequested, this, [this](const QList<core::TakeId>& ids) {
        if (ids.size() > 1) m_project->undoStack().beginMacro(tr("Delete %n take(s)", nullptr, static_cast<int>(ids.size())));
        for (core::TakeId id : ids) push(new core::RemoveTakeCommand(&m_project->takes(), id));
        if (ids.size() > 1) m_project->undoStack().endMacro();
    });
}

}  // namespace foley::app
