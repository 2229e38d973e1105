#include "core/model/MediaReference.h"

#include <QFileInfo>

namespace foley::core {

MediaReference::MediaReference(QObject* parent) : QObject(parent) {}

MediaState MediaReference::checkOnDisk() const
{
    if (m_description.isEmpty()) return MediaState::NoMedia;
    const QFileInfo info(m_description.path);
    if (!info.exists() || !info.isFile()) return MediaState::Missing;
    const bool sizeDiffers = m_description.sizeBytes != MediaDescription::kUnknown && info.size() != m_description.sizeBytes;
    const bool timeDiffers = m_description.modifiedMs != MediaDescription::kUnknown
        && info.lastModified().toMSecsSinceEpoch() != m_description.modifiedMs;
    return (sizeDiffers || timeDiffers) ? MediaState::Changed : MediaState::Present;
}

bool MediaReference::setFileFromDisk(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) return false;
    MediaDescription d;
    const QString absolute = info.absoluteFilePath();
    if (absolute == m_description.path) d = m_description;
    d.path = absolute;
    d.sizeBytes = info.size();
    d.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    setDescription(d);
    return true;
}

void MediaReference::setDescription(const MediaDescription& description)
{
    if (description == m_description) return;
    m_description = description;
    emit mediaChanged();
}

void MediaReference::setProbedFacts(SampleTime duration, Rational fps, int width, int height)
{
    MediaDescription d = m_description;
    d.duration = duration;
    d.fps = fps;
    d.width = width;
    d.height = height;
    if (d == m_description) return;
    m_description = d;
    emit factsChanged();
}

}  // namespace foley::core
