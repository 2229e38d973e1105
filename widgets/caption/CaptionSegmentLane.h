#pragma once

#include "core/commands/CaptionCommands.h"
#include "widgets/onsets/GestureIdSource.h"
#include "core/model/Caption.h"
#include "core/timeline/TimelineState.h"

#include <QWidget>

class QLineEdit;

namespace foley::core {
class CaptionModel;
}

namespace foley::widgets {

// The timed captions on the shared timeline, as labelled bars (overlapping ones stack). Click selects a caption
// and its span on the timeline; drag moves it, drag an edge to resize (both snap to video frames); double-click
// edits its text in place; double-click on empty space adds one; Delete removes. Edits leave as intents.
class CaptionSegmentLane : public QWidget {
    Q_OBJECT
public:
    // Where this widget's gestures get their ids (the project's, from the app); without one its steps never merge.
    void setGestureIdSource(GestureIdSource source) { m_gestures = std::move(source); }
    CaptionSegmentLane(core::TimelineState* timeline, QWidget* parent = nullptr);
    ~CaptionSegmentLane() override;  // drops an edit in progress (widgets/common/PendingEdit.h)

    void setCaptionModel(const core::CaptionModel* model);
    core::SegmentId selectedSegment() const { return m_selected; }
    void selectSegment(core::SegmentId id);
    // Where the bar of `id` is drawn (empty if not visible); for tests and tooltips.
    QRect segmentRect(core::SegmentId id) const;
    QSize sizeHint() const override;

signals:
    void addCaptionSegmentRequested(const foley::core::CaptionSegment& segment);
    void editCaptionSegmentRequested(foley::core::SegmentId id, const foley::core::CaptionSegmentEdit& edit,
                                     foley::core::GestureId gesture);
    void removeCaptionSegmentRequested(foley::core::SegmentId id);
    void segmentSelected(foley::core::SegmentId id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    GestureIdSource m_gestures;
    enum class Grab { None, Body, Start, End };
    struct Drag {
        Grab grab = Grab::None;
        core::SegmentId id = core::kInvalidId;
        core::CaptionSegment original;
        int pressX = 0;
        core::GestureId gesture = core::kInvalidId;
        SampleTime sentStart = 0;
        SampleTime sentEnd = 0;
    };

    QList<core::CaptionSegment> shownSegments() const;  // drag preview applied
    QList<int> rowsOf(const QList<core::CaptionSegment>& segments) const;
    core::SegmentId segmentAt(QPoint pos, Grab* grab) const;
    void dragTo(int x);
    void openTextEditor(core::SegmentId id);

    core::TimelineState* m_timeline;
    const core::CaptionModel* m_model = nullptr;
    core::SegmentId m_selected = core::kInvalidId;
    Drag m_drag;
    QLineEdit* m_textEditor;
    core::SegmentId m_editing = core::kInvalidId;
};

}  // namespace foley::widgets
