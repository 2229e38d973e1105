#pragma once

#include "app/services/SpectrogramJob.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace foley::widgets {
class SpectrogramView;
}

namespace foley::app {

// Computes a file's spectrogram in the background for one view: shows progress on the view, cancels a previous
// computation when a new file is requested, and hands the pyramid (and the decoded audio) over when done.
class SpectrogramLoader : public QObject {
    Q_OBJECT
public:
    SpectrogramLoader(widgets::SpectrogramView* view, QObject* parent = nullptr);
    ~SpectrogramLoader() override;

    void load(const QString& mediaPath);  // empty path clears the view
    // The rate files are decoded at for the view (16 kHz, what the model hears, by default; 48 kHz shows a full-band
    // take's highs). Applies from the next load().
    void setSampleRate(int hz) { m_sampleRate = hz; }
    // Mel or linear bands: recomputes the shown file's pyramid from its decoded audio (no second decode).
    void setFrequencyScale(dsp::FrequencyScale frequency);
    dsp::FrequencyScale frequencyScale() const { return m_frequency; }
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void loaded(const foley::AudioBuffer& audio);
    void failed(const QString& message);

private:
    void onFinished();

    void start(std::function<Result<SpectrogramJobResult>(RunControl&)> work);

    widgets::SpectrogramView* m_view;
    QFutureWatcher<Result<SpectrogramJobResult>> m_watcher;
    dsp::FrequencyScale m_frequency = dsp::FrequencyScale::Mel;
    QString m_path;       // the file shown (or being computed)
    AudioBuffer m_audio;  // its decoded audio, once known
    int m_sampleRate = 16000;
};

}  // namespace foley::app
