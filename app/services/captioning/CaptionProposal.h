#pragma once

#include "app/services/captioning/CaptionAnswer.h"
#include "core/commands/AcceptCaptionCommand.h"

#include <QDateTime>
#include <QJsonObject>

namespace foley::app::captioning {

// A model's answer with where it came from: what the editor proposes and the CLI writes.
struct CaptionProposal {
    CaptionAnswer answer;
    QString model;
    QString server;      // the base URL asked
    QDateTime answered;  // UTC
};

// The values AcceptCaptionCommand applies: origin Mllm with the model, server and time as its source.
core::CaptionProposalValues proposalValues(const CaptionProposal& proposal);

// {caption, negative, segments: [{start, end, text}], model, endpoint} (negative "" and segments [] when not given).
QJsonObject proposalJson(const CaptionProposal& proposal);

}  // namespace foley::app::captioning
