#pragma once

#include "core/commands/CaptionCommands.h"
#include "core/model/Caption.h"
#include "core/timeline/TimelineState.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace foley::core {
class CaptionModel;
}  // namespace foley::core

namespace foley::widgets {

class CaptionOriginBadge;
class CaptionProposalBox;
class CaptionSegmentTableModel;
class CommitPlainTextEdit;

// The text conditions: the global caption with a badge saying who wrote it, the negative prompt, the quality
// tag, and the time-ranged caption segments. Every field sends one intent per edit (on Ctrl+Enter, Enter or focus
// loss), never per keystroke; the app turns intents into commands, and the model's changes come back here.
class CaptionEditor : public QWidget {
    Q_OBJECT
public:
    explicit CaptionEditor(core::TimelineState* timeline, QWidget* parent = nullptr);
    ~CaptionEditor() override;  // drops an edit in progress (widgets/common/PendingEdit.h)

    void setCaptionModel(const core::CaptionModel* model);

    CommitPlainTextEdit* captionEdit() const { return m_caption; }
    CaptionOriginBadge* originBadge() const { return m_badge; }
    QLineEdit* negativeEdit() const { return m_negative; }
    QComboBox* qualityBox() const { return m_quality; }
    QTableView* segmentView() const { return m_segments; }
    QPushButton* addSegmentButton() const { return m_addSegment; }
    QPushButton* removeSegmentButton() const { return m_removeSegment; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* fromVideoButton() const { return m_fromVideo; }
    CaptionProposalBox* proposalBox() const { return m_proposalBox; }
    core::SegmentId segmentIdAtRow(int viewRow) const;

    // The span a new segment gets: the timeline selection, else two seconds from the playhead.
    core::SampleTimeRange newSegmentSpan() const;

signals:
    void captionEditRequested(const QString& text);
    void negativePromptEditRequested(const QString& text);
    void qualityTagEditRequested(const QString& text);
    void addCaptionSegmentRequested(const foley::core::CaptionSegment& segment);
    void editCaptionSegmentRequested(foley::core::SegmentId id, const foley::core::CaptionSegmentEdit& edit,
                                     foley::core::GestureId gesture);
    void removeCaptionSegmentRequested(foley::core::SegmentId id);
    void importCaptionRequested();  // the app asks for a file (JSON sidecar or plain text) and imports it
    void captionFromVideoRequested();  // the app asks a captioning model; the answer comes back as a proposal

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildCaptionRow();
    QWidget* buildSegmentBox();
    void showModel();
    void commitNegative();
    void commitQuality();
    void requestSegment();
    void removeSelectedSegments();
    void onSegmentRowsInserted(int first);
    void onSegmentPicked();

    core::TimelineState* m_timeline;
    const core::CaptionModel* m_model = nullptr;
    CommitPlainTextEdit* m_caption;
    CaptionOriginBadge* m_badge;
    QLineEdit* m_negative;
    QComboBox* m_quality;
    QPushButton* m_import;
    QPushButton* m_fromVideo;
    CaptionProposalBox* m_proposalBox;
    QTableView* m_segments;
    CaptionSegmentTableModel* m_segmentModel;
    QSortFilterProxyModel* m_segmentProxy;
    QPushButton* m_addSegment;
    QPushButton* m_removeSegment;
    bool m_editNextNewSegment = false;
};

}  // namespace foley::widgets
