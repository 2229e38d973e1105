#include "app/services/InferenceService.h"

#include "app/services/InferenceWorker.h"

namespace foley::app {

InferenceService::InferenceService(QObject* parent) : QObject(parent), m_worker(new InferenceWorker)
{
    qRegisterMetaType<foley::app::GenerationJob>();
    qRegisterMetaType<foley::app::GenerationOutcome>();
    qRegisterMetaType<foley::app::PackStatus>();
    qRegisterMetaType<foley::app::PackLoadJob>();
    qRegisterMetaType<foley::Error>();
    qRegisterMetaType<foley::app::JobId>("foley::app::JobId");
    m_pack.error = makeError(ErrorCode::InferencePackMissing, "no model pack is loaded");
    m_thread.setObjectName(QStringLiteral("inference"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &InferenceWorker::packLoaded, this, [this](const PackStatus& status) {
        m_loadsPending = std::max(0, m_loadsPending - 1);
        m_pack = status;
        emit packLoaded(status);
    });
    connect(m_worker, &InferenceWorker::packLoadProgressed, this, &InferenceService::packLoadProgressed);
    connect(m_worker, &InferenceWorker::progressed, this, [this](JobId id, double fraction, int step, int steps) {
        if (m_controls.contains(id)) emit progressed(id, fraction, step, steps);
    });
    connect(m_worker, &InferenceWorker::finished, this, [this](const GenerationOutcome& outcome) {
        m_controls.remove(outcome.id);
        emit finished(outcome);
    });
    connect(m_worker, &InferenceWorker::failed, this, [this](JobId id, const Error& error) {
        m_controls.remove(id);
        emit failed(id, error);
    });
    m_thread.start();
}

InferenceService::~InferenceService()
{
    shutdown();
}

void InferenceService::loadPack(const QString& folder)
{
    ++m_loadsPending;
    if (m_loadControl) m_loadControl->cancel();  // a newer pack supersedes one still loading
    PackLoadJob job{folder, std::make_shared<RunControl>()};
    m_loadControl = job.control;
    QMetaObject::invokeMethod(m_worker, "loadPack", Qt::QueuedConnection, Q_ARG(foley::app::PackLoadJob, job));
}

JobId InferenceService::submit(GenerationJob job)
{
    job.id = m_nextId++;
    if (!job.control) job.control = std::make_shared<RunControl>();
    m_controls.insert(job.id, job.control);
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(foley::app::GenerationJob, job));
    return job.id;
}

void InferenceService::cancel(JobId id)
{
    if (const auto control = m_controls.value(id)) control->cancel();
}

void InferenceService::cancelAll()
{
    for (const auto& control : std::as_const(m_controls)) control->cancel();
}

void InferenceService::cancelLoading()
{
    if (m_loadControl) m_loadControl->cancel();
}

void InferenceService::shutdown(int timeoutMs)
{
    if (!m_thread.isRunning()) return;
    cancelAll();
    cancelLoading();
    m_thread.quit();
    if (m_thread.wait(timeoutMs)) return;
    // Work between two cancellation checks is still running (a forward pass, the weights being read). Destroying
    // the QThread now would crash; the work ends at its next check, so wait for it.
    qWarning("inference thread did not stop within %d ms; waiting for the running work to end", timeoutMs);
    m_thread.wait();
}

}  // namespace foley::app
