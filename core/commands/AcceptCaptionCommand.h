#pragma once

#include "core/model/CaptionModel.h"

#include <QUndoCommand>

#include <optional>

namespace foley::core {

// Everything a captioning model proposed: the caption (with its origin and source) and, when the model gave them,
// a negative prompt and timed segments (their ids are allocated by the command).
struct CaptionProposalValues {
    Caption caption;
    std::optional<QString> negative = std::nullopt;
    std::optional<CaptionSegmentList> segments = std::nullopt;  // replace the project's segments when set
};

// Accepting a proposal: caption, negative prompt and segments change in one undo step.
class AcceptCaptionCommand : public QUndoCommand {
public:
    AcceptCaptionCommand(CaptionModel* model, const CaptionProposalValues& proposal);
    void redo() override;
    void undo() override;

private:
    struct Values {
        Caption caption;
        QString negative;
        CaptionSegmentList segments;
    };
    void apply(const Values& values);

    CaptionModel* m_model;
    Values m_before;
    Values m_after;
};

}  // namespace foley::core
