#include "app/gui/SpectrogramLoader.h"

#include "app/services/BackgroundJob.h"
#include "widgets/spectrogram/SpectrogramView.h"

namespace foley::app {

SpectrogramLoader::SpectrogramLoader(widgets::SpectrogramView* view, QObject* parent) : QObject(parent), m_view(view)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { m_view->setProgress(static_cast<double>(value) / kJobProgressRange); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SpectrogramLoader::onFinished);
}

SpectrogramLoader::~SpectrogramLoader()
{
    cancel();
    m_watcher.waitForFinished();  // the job only touches its own copies; this returns at the next chunk
}

void SpectrogramLoader::load(const QString& mediaPath)
{
    cancel();
    m_path = mediaPath;
    m_audio = {};
    m_view->setPyramid(nullptr);
    if (mediaPath.isEmpty()) {
        m_view->setProgress(-1);
        return;
    }
    start([mediaPath, frequency = m_frequency, rate = m_sampleRate](RunControl& control) {
        return computeSpectrogram(mediaPath, control, frequency, rate);
    });
}

void SpectrogramLoader::setFrequencyScale(dsp::FrequencyScale frequency)
{
    if (frequency == m_frequency) return;
    m_frequency = frequency;
    if (m_audio.isEmpty()) {
        if (!m_path.isEmpty()) load(m_path);  // still decoding (or failed): start over with the new scale
        return;
    }
    cancel();
    start([audio = m_audio, frequency](RunControl& control) { return computeSpectrogram(audio, control, frequency); });
}

void SpectrogramLoader::start(std::function<Result<SpectrogramJobResult>(RunControl&)> work)
{
    m_view->setProgress(0);
    m_watcher.setFuture(runJob<SpectrogramJobResult>(std::move(work)));
}

void SpectrogramLoader::cancel()
{
    if (m_watcher.isRunning()) m_watcher.cancel();
}

void SpectrogramLoader::onFinished()
{
    m_view->setProgress(-1);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) return;
    const auto result = m_watcher.result();
    if (!result) {
        if (!result.error().isCancelled()) emit failed(QString::fromStdString(result.error().message));
        return;
    }
    m_audio = result->audio;
    m_view->setPyramid(result->pyramid);
    emit loaded(result->audio);
}

}  // namespace foley::app
