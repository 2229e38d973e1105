#pragma once

#include "app/services/InferenceJobs.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

namespace foley::app {

class InferenceWorker;

// The app's one long-lived inference thread (docs/ARCHITECTURE.md, section 4): starts the thread, moves an
// InferenceWorker onto it, forwards pack loads and jobs to it (first in, first out) and its results back to the UI
// thread. Lives on the UI thread; nothing here blocks it except shutdown(), which cancels every job, quits the thread
// and waits for it.
class InferenceService : public QObject {
    Q_OBJECT
public:
    explicit InferenceService(QObject* parent = nullptr);
    ~InferenceService() override;

    // Loads a pack on the inference thread (the previous engine is released first, a load still running is
    // cancelled); packLoadProgressed() and packLoaded() report.
    void loadPack(const QString& folder);
    void cancelLoading();
    const PackStatus& packStatus() const { return m_pack; }
    bool isLoadingPack() const { return m_loadsPending > 0; }

    // Queues a job and returns its id (the job's own id is replaced). Runs after every job queued before it.
    JobId submit(GenerationJob job);
    // Sets the job's cancel flag: a queued job never starts, a running one stops at its next sampler step.
    void cancel(JobId id);
    void cancelAll();
    int pendingJobs() const { return static_cast<int>(m_controls.size()); }

    // Cancels every job and a pack load, and stops the thread. Work still running after `timeoutMs` (between two
    // cancellation checks) is waited for, never cut off: the thread is not destroyed while it runs.
    void shutdown(int timeoutMs = 10000);
    bool isRunning() const { return m_thread.isRunning(); }

signals:
    void packLoaded(const foley::app::PackStatus& status);
    void packLoadProgressed(double fraction);
    void progressed(foley::app::JobId id, double fraction, int step, int steps);
    void finished(const foley::app::GenerationOutcome& outcome);
    void failed(foley::app::JobId id, const foley::Error& error);

private:
    QThread m_thread;
    InferenceWorker* m_worker;  // lives on m_thread, deleted when it finishes
    PackStatus m_pack;
    int m_loadsPending = 0;
    JobId m_nextId = 1;
    QHash<JobId, std::shared_ptr<RunControl>> m_controls;  // jobs not finished yet
    std::shared_ptr<RunControl> m_loadControl;              // the latest pack load
};

}  // namespace foley::app
