#pragma once

#include "app/services/InferenceJobs.h"
#include "inference/Engine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace foley::app {

// Owns the Engine on the single inference thread (InferenceService moves it there). Every slot runs on that thread,
// in the order it was invoked (first in, first out). Video features are computed once per video file (path, size,
// modification time) and reused until another pack is loaded.
class InferenceWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kProgressIntervalMs = 50;  // at most ~20 progress signals per second

    explicit InferenceWorker(QObject* parent = nullptr);
    ~InferenceWorker() override;

public slots:
    // A cancelled load leaves no pack loaded and reports ErrorCode::Cancelled.
    void loadPack(const foley::app::PackLoadJob& job);
    void run(const foley::app::GenerationJob& job);

signals:
    void packLoaded(const foley::app::PackStatus& status);
    void packLoadProgressed(double fraction);  // throttled like progressed()
    // fraction 0..1 of the sampler steps (step of steps done), throttled.
    void progressed(foley::app::JobId id, double fraction, int step, int steps);
    void finished(const foley::app::GenerationOutcome& outcome);
    void failed(foley::app::JobId id, const foley::Error& error);  // ErrorCode::Cancelled after a cancel

private:
    Result<GenerationOutcome> generate(const GenerationJob& job);
    Result<GenerationMedia> loadMedia(const GenerationJob& job, bool& reusedFeatures);
    Result<inference::VideoFeatures> videoFeatures(const GenerationSnapshot& snapshot, const RunControl& control,
                                                   bool& reused);

    std::unique_ptr<inference::Engine> m_engine;
    PackStatus m_pack;
    QHash<QString, inference::VideoFeatures> m_featureCache;  // key: path|size|mtime
};

}  // namespace foley::app

Q_DECLARE_METATYPE(foley::app::GenerationJob)
