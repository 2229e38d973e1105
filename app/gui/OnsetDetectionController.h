#pragma once

#include "app/services/OnsetDetection.h"
#include "core/model/OnsetProposals.h"
#include "core/model/Project.h"

#include <QFutureWatcher>
#include <QObject>

class QProgressBar;
class QStatusBar;
class QToolButton;

namespace foley::widgets {
class OnsetTrackEditor;
}

namespace foley::app {

// Analyze → Detect Onsets: runs the detector on the project's video in the background (progress and Cancel in
// the status bar), then shows the results as proposals in the onset editor for the user to accept or reject.
// The visual detector's probability curve can then be applied to the mask as one undoable stroke.
class OnsetDetectionController : public QObject {
    Q_OBJECT
public:
    // Results go to `proposals` (the editor session's); the editor gets the detector's peaks to snap to.
    OnsetDetectionController(core::OnsetProposals* proposals, widgets::OnsetTrackEditor* editor, QStatusBar* statusBar,
                             QObject* parent = nullptr);
    ~OnsetDetectionController() override;

    void setProject(core::Project* project);
    // `audio` tunes the audio detector when the onsets come from the soundtrack.
    void start(OnsetSource source = OnsetSource::Auto, const dsp::AudioOnsetConfig& audio = {});
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    bool hasCurve() const { return !m_last.probability.empty(); }
    // Pushes the last visual probability curve, resampled to the mask's rate, as one mask edit.
    void applyCurveToMask();

signals:
    void finished(int proposals);
    void failed(const QString& message);
    void curveAvailable(bool available);

private:
    void onFinished();

    core::OnsetProposals* m_proposals;
    widgets::OnsetTrackEditor* m_editor;
    core::Project* m_project = nullptr;
    QFutureWatcher<Result<OnsetDetectionResult>> m_watcher;
    OnsetDetectionResult m_last;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

}  // namespace foley::app
