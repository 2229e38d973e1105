#include "app/services/captioning/CaptionProposal.h"

#include "core/types/SampleTime.h"

#include <QJsonArray>

namespace foley::app::captioning {

core::CaptionProposalValues proposalValues(const CaptionProposal& proposal)
{
    core::CaptionProposalValues values;
    values.caption = core::Caption{proposal.answer.caption, core::CaptionOrigin::Mllm,
                                   core::CaptionSource{proposal.model, proposal.server, proposal.answered}};
    values.negative = proposal.answer.negative;
    if (proposal.answer.segments) {
        core::CaptionSegmentList segments;
        for (const TimedCaption& t : *proposal.answer.segments) {
            core::CaptionSegment segment;
            segment.start = secondsToSamples(t.startSeconds);
            segment.end = secondsToSamples(t.endSeconds);
            segment.text = t.text;
            segment.origin = core::CaptionOrigin::Mllm;
            segments.append(segment);
        }
        values.segments = segments;
    }
    return values;
}

QJsonObject proposalJson(const CaptionProposal& proposal)
{
    QJsonArray segments;
    for (const TimedCaption& t : proposal.answer.segments.value_or(QList<TimedCaption>{})) {
        segments.append(QJsonObject{{QStringLiteral("start"), t.startSeconds},
                                    {QStringLiteral("end"), t.endSeconds},
                                    {QStringLiteral("text"), t.text}});
    }
    return QJsonObject{{QStringLiteral("caption"), proposal.answer.caption},
                       {QStringLiteral("negative"), proposal.answer.negative.value_or(QString())},
                       {QStringLiteral("segments"), segments},
                       {QStringLiteral("model"), proposal.model},
                       {QStringLiteral("endpoint"), proposal.server}};
}

}  // namespace foley::app::captioning
