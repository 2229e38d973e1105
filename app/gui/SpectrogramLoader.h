#pragma once

#include "app/services/SpectrogramJob.h"

#include <QFutureWatcher>
#include <QObject>

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
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void loaded(const foley::AudioBuffer& audio);
    void failed(const QString& message);

private:
    void onFinished();

    widgets::SpectrogramView* m_view;
    QFutureWatcher<Result<SpectrogramJobResult>> m_watcher;
};

}  // namespace foley::app
