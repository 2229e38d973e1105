#include "widgets/caption/CaptionProposalBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace foley::widgets {

CaptionProposalBox::CaptionProposalBox(QWidget* parent)
    : QFrame(parent), m_status(new QLabel(this)), m_proposed(new QPlainTextEdit(this)), m_details(new QLabel(this)),
      m_accept(new QPushButton(tr("Accept"), this)), m_reject(new QPushButton(tr("Reject"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setFrameShape(QFrame::StyledPanel);
    m_status->setWordWrap(true);
    m_details->setWordWrap(true);
    m_proposed->setReadOnly(true);
    m_proposed->setMaximumHeight(fontMetrics().height() * 5);
    m_accept->setToolTip(tr("Use the proposal as the caption (one undo step)"));
    m_reject->setToolTip(tr("Keep the caption as it is"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_status);
    layout->addWidget(m_proposed);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (!m_proposal) return;
        const core::CaptionProposalValues proposal = *m_proposal;
        clear();
        emit acceptRequested(proposal);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        clear();
        emit rejected();
    });
    connect(m_cancel, &QPushButton::clicked, this, &CaptionProposalBox::cancelRequested);
    clear();
}

void CaptionProposalBox::showRunning(const QString& stage)
{
    m_proposal.reset();
    m_status->setText(tr("Captioning: %1…").arg(stage));
    showButtons(true, false);
    show();
}

void CaptionProposalBox::showProposal(const core::CaptionProposalValues& proposal, const QString& currentCaption)
{
    m_proposal = proposal;
    m_status->setText(tr("Proposed by %1:").arg(proposal.caption.source.model));
    m_proposed->setPlainText(proposal.caption.text);
    m_details->setText(detailsOf(proposal, currentCaption));
    showButtons(false, true);
    show();
}

void CaptionProposalBox::showFailure(const QString& message)
{
    m_proposal.reset();
    m_status->setText(tr("Captioning failed: %1").arg(message));
    showButtons(false, false);
    m_reject->setText(tr("Dismiss"));
    m_reject->show();
    show();
}

void CaptionProposalBox::clear()
{
    m_proposal.reset();
    m_proposed->clear();
    hide();
}

void CaptionProposalBox::showButtons(bool running, bool proposal)
{
    m_cancel->setVisible(running);
    m_accept->setVisible(proposal);
    m_reject->setVisible(proposal);
    m_reject->setText(tr("Reject"));
    m_proposed->setVisible(proposal);
    m_details->setVisible(proposal);
}

QString CaptionProposalBox::detailsOf(const core::CaptionProposalValues& proposal, const QString& currentCaption) const
{
    QStringList lines;
    lines << tr("Replaces: %1").arg(currentCaption.isEmpty() ? tr("(no caption)") : currentCaption);
    if (proposal.negative) lines << tr("Negative prompt: %1").arg(*proposal.negative);
    if (proposal.segments) lines << tr("%n timed caption(s), replacing the current ones", nullptr, static_cast<int>(proposal.segments->size()));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace foley::widgets
