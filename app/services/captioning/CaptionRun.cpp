#include "app/services/captioning/CaptionRun.h"

#include "app/services/BackgroundJob.h"

#include <QEventLoop>

namespace foley::app::captioning {

CaptionRun::CaptionRun(QObject* parent) : QObject(parent)
{
    connect(&m_keyframes, &QFutureWatcherBase::finished, this, &CaptionRun::onKeyframesReady);
    connect(&m_client, &CaptionClient::stageChanged, this, &CaptionRun::stageChanged);
    connect(&m_client, &CaptionClient::captionAnswered, this, [this](const CaptionAnswer& answer) {
        finish(CaptionProposal{answer, m_settings.model, m_settings.baseUrl, QDateTime::currentDateTimeUtc()});
    });
    connect(&m_client, &CaptionClient::failed, this, [this](const Error& error) { finish(error); });
}

CaptionRun::~CaptionRun()
{
    // The decoding job only reads the video; it is told to stop and waited for so it never outlives its watcher.
    m_keyframes.disconnect(this);
    m_keyframes.cancel();
    m_keyframes.waitForFinished();
}

void CaptionRun::start(const CaptioningSettings& settings, const QString& videoPath, const KeyframeSpan& span)
{
    cancel();
    m_settings = settings;
    m_running = true;
    emit stageChanged(tr("choosing keyframes"));
    const int count = settings.keyframeCount;
    m_keyframes.setFuture(runJob<QList<Keyframe>>([videoPath, count, span](RunControl& control) {
        return selectKeyframes(videoPath, count, span, control);
    }));
}

void CaptionRun::cancel()
{
    if (!m_running) return;
    if (m_client.isBusy()) {
        m_client.cancel();  // ends the run through failed(Cancelled)
        return;
    }
    m_keyframes.cancel();
    finish(makeError(ErrorCode::Cancelled, "cancelled"));
}

void CaptionRun::onKeyframesReady()
{
    if (!m_running || m_keyframes.isCanceled()) return;
    const Result<QList<Keyframe>> keyframes = m_keyframes.result();
    if (!keyframes) {
        finish(keyframes.error());
        return;
    }
    m_client.requestCaption(m_settings, *keyframes);
}

void CaptionRun::finish(const CaptionOutcome& outcome)
{
    if (!m_running) return;
    m_running = false;
    emit finished(outcome);
}

CaptionOutcome CaptionRun::runToEnd(const CaptioningSettings& settings, const QString& videoPath,
                                    const KeyframeSpan& span)
{
    CaptionRun run;
    QEventLoop loop;
    CaptionOutcome outcome = makeError(ErrorCode::Cancelled, "cancelled");
    connect(&run, &CaptionRun::finished, &loop, [&](const CaptionOutcome& result) {
        outcome = result;
        loop.quit();
    });
    run.start(settings, videoPath, span);
    if (run.isRunning()) loop.exec();
    return outcome;
}

}  // namespace foley::app::captioning
