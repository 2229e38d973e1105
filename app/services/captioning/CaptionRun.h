#pragma once

#include "app/services/captioning/CaptionClient.h"
#include "app/services/captioning/CaptionProposal.h"

#include <QFutureWatcher>
#include <QObject>

namespace foley::app::captioning {

using CaptionOutcome = Result<CaptionProposal>;

// One "caption this video" run, shared by the editor and the CLI: keyframes are chosen on the thread pool, then sent
// by a CaptionClient; the calling thread only runs its event loop. Ends with exactly one finished() (an error with
// code Cancelled after cancel()). A video without decodable frames fails before any request is made.
class CaptionRun : public QObject {
    Q_OBJECT
public:
    explicit CaptionRun(QObject* parent = nullptr);
    ~CaptionRun() override;

    void start(const CaptioningSettings& settings, const QString& videoPath, const KeyframeSpan& span = {});
    void cancel();
    bool isRunning() const { return m_running; }

    // Runs start() to the end in a local event loop (the CLI's way; never call it on the editor's UI thread).
    static CaptionOutcome runToEnd(const CaptioningSettings& settings, const QString& videoPath,
                                   const KeyframeSpan& span = {});

signals:
    void stageChanged(const QString& stage);
    void finished(const foley::app::captioning::CaptionOutcome& outcome);

private:
    void onKeyframesReady();
    void finish(const CaptionOutcome& outcome);

    CaptionClient m_client;
    QFutureWatcher<Result<QList<Keyframe>>> m_keyframes;
    CaptioningSettings m_settings;
    bool m_running = false;
};

}  // namespace foley::app::captioning
