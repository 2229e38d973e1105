#pragma once

#include "core/model/MediaDescription.h"

#include <QObject>

namespace foley::core {

// What a check of the media file on disk found.
enum class MediaState {
    NoMedia,  // the project has no media yet
    Present,  // the file is where the project says, with the recorded size and time (or none recorded)
    Changed,  // the file exists but its size or modification time differs: warn, keep going
    Missing,  // no file at the recorded path: ask the user to locate it
};

// The project's source video. Set by the loader, and by the app when it creates a project from a
// video, relinks a moved one, or fills in probed facts after opening.
class MediaReference : public QObject {
    Q_OBJECT

public:
    explicit MediaReference(QObject* parent = nullptr);

    const MediaDescription& description() const { return m_description; }
    const QString& path() const { return m_description.path; }

    // Compares the file on disk with the recorded size and modification time.
    MediaState checkOnDisk() const;

    // Reads size and modification time of `path` (absolute) from disk; keeps probed facts only
    // if the path is unchanged. Returns false if the file does not exist (nothing is changed).
    bool setFileFromDisk(const QString& path);
    // Sets everything (loader, relink); emits mediaChanged() on a real change.
    void setDescription(const MediaDescription& description);
    // Fills in the probed facts without touching the file facts; emits factsChanged().
    void setProbedFacts(SampleTime duration, Rational fps, int width, int height);

signals:
    void mediaChanged();
    void factsChanged();

private:
    MediaDescription m_description;
};

}  // namespace foley::core
