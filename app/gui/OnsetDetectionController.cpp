#include "app/gui/OnsetDetectionController.h"

#include "app/services/BackgroundJob.h"
#include "core/commands/MaskCommands.h"
#include "widgets/onsets/OnsetTrackEditor.h"

#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace foley::app {

namespace {

// Linear interpolation of the detector's per-frame curve at the mask's frame times.
std::vector<float> resampleCurve(const OnsetDetectionResult& result, Rational rate, int frames)
{
    std::vector<float> values(static_cast<size_t>(std::max(0, frames)), 0.0f);
    const auto& times = result.frameTimes;
    const auto& curve = result.probability;
    if (times.empty() || curve.size() != times.size()) return values;
    size_t j = 0;
    for (int i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) * static_cast<double>(rate.den) / static_cast<double>(rate.num);
        while (j + 1 < times.size() && times[j + 1] < t) ++j;
        if (j + 1 >= times.size() || t <= times[j]) {
            values[static_cast<size_t>(i)] = curve[std::min(j, curve.size() - 1)];
            continue;
        }
        const double f = (t - times[j]) / (times[j + 1] - times[j]);
        values[static_cast<size_t>(i)] = static_cast<float>((1.0 - f) * curve[j] + f * curve[j + 1]);
    }
    return values;
}

}  // namespace

OnsetDetectionController::OnsetDetectionController(core::OnsetProposals* proposals, widgets::OnsetTrackEditor* editor,
                                                   QStatusBar* statusBar, QObject* parent)
    : QObject(parent), m_proposals(proposals), m_editor(editor), m_progress(new QProgressBar(statusBar)), m_cancel(new QToolButton(statusBar))
{
    m_progress->setRange(0, kJobProgressRange);
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("Detecting onsets… %p%"));
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    statusBar->addPermanentWidget(m_progress);
    statusBar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &OnsetDetectionController::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OnsetDetectionController::onFinished);
}

OnsetDetectionController::~OnsetDetectionController()
{
    cancel();
    m_watcher.waitForFinished();  // shutdown only: the job stops at its next frame
}

void OnsetDetectionController::setProject(core::Project* project)
{
    cancel();
    m_project = project;
    m_last = {};
    emit curveAvailable(false);
}

void OnsetDetectionController::start(OnsetSource source, const dsp::AudioOnsetConfig& audio)
{
    if (!m_project || isRunning()) return;
    const QString media = m_project->mediaReference().path();
    if (media.isEmpty()) {
        emit failed(tr("Open a video first."));
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_watcher.setFuture(runJob<OnsetDetectionResult>(
        [media, source, audio](RunControl& control) { return detectOnsets(media, source, control, audio); }));
}

void OnsetDetectionController::cancel()
{
    if (m_watcher.isRunning()) m_watcher.cancel();
}

void OnsetDetectionController::onFinished()
{
    m_progress->hide();
    m_cancel->hide();
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) return;
    auto result = m_watcher.result();
    if (!result) {
        if (!result.error().isCancelled()) emit failed(QString::fromStdString(result.error().message));
        return;
    }
    m_last = std::move(result).value();
    core::OnsetSampleTimeList proposals;
    std::vector<SampleTime> peaks;
    for (const auto& onset : m_last.onsets) {
        const SampleTime t = secondsToSamples(onset.seconds);
        proposals.append(core::Onset{core::kInvalidId, t, onset.strength, {}, core::OnsetOrigin::Detected});
        peaks.push_back(t);
    }
    m_proposals->set(proposals);
    m_editor->setDetectorPeaks(std::move(peaks));
    emit curveAvailable(hasCurve());
    emit finished(static_cast<int>(proposals.size()));
}

void OnsetDetectionController::applyCurveToMask()
{
    if (!m_project || !hasCurve()) return;
    auto& mask = m_project->mask();
    m_project->push(new core::PaintMaskCommand(&mask, 0, resampleCurve(m_last, mask.rate(), mask.frameCount())));
}

}  // namespace foley::app
