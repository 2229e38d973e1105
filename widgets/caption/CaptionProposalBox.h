#pragma once

#include "core/commands/AcceptCaptionCommand.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace foley::widgets {

// Below the caption: a captioning run in progress (its stage and Cancel), then the model's proposal shown against
// the current caption with Accept and Reject, or what went wrong. Hidden when there is nothing to show. It only
// sends intents: Accept carries the proposal's values for the app to apply in one undo step.
class CaptionProposalBox : public QFrame {
    Q_OBJECT
public:
    explicit CaptionProposalBox(QWidget* parent = nullptr);

    void showRunning(const QString& stage);
    void showProposal(const core::CaptionProposalValues& proposal, const QString& currentCaption);
    void showFailure(const QString& message);
    void clear();
    bool hasProposal() const { return m_proposal.has_value(); }

    QPlainTextEdit* proposedText() const { return m_proposed; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void acceptRequested(const foley::core::CaptionProposalValues& proposal);
    void rejected();
    void cancelRequested();

private:
    void showButtons(bool running, bool proposal);
    QString detailsOf(const core::CaptionProposalValues& proposal, const QString& currentCaption) const;

    QLabel* m_status;
    QPlainTextEdit* m_proposed;
    QLabel* m_details;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_cancel;
    std::optional<core::CaptionProposalValues> m_proposal;
};

}  // namespace foley::widgets
