#include "core/commands/AcceptCaptionCommand.h"

#include <QCoreApplication>

namespace foley::core {

AcceptCaptionCommand::AcceptCaptionCommand(CaptionModel* model, const CaptionProposalValues& proposal)
    : QUndoCommand(QCoreApplication::translate("foley::core::CaptionCommands", "Accept caption proposal")),
      m_model(model), m_before{model->caption(), model->negativePrompt(), model->segments()}, m_after(m_before)
{
    m_after.caption = proposal.caption;
    if (proposal.negative) m_after.negative = *proposal.negative;
    if (proposal.segments) {
        // Ids are allocated once, here, so redo after undo restores the very same segments.
        m_after.segments.clear();
        for (CaptionSegment segment : *proposal.segments) {
            segment = segment.normalized();
            segment.id = model->allocateSegmentId();
            m_after.segments.append(segment);
        }
    }
}

void AcceptCaptionCommand::redo() { apply(m_after); }
void AcceptCaptionCommand::undo() { apply(m_before); }

void AcceptCaptionCommand::apply(const Values& values)
{
    m_model->setCaption(values.caption);
    m_model->setNegativePrompt(values.negative);
    if (values.segments != m_model->segments()) m_model->resetSegments(values.segments);
}

}  // namespace foley::core
