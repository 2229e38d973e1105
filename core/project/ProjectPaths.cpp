#include "core/project/ProjectPaths.h"

#include <QDir>
#include <QFileInfo>

namespace foley::core {

QString ProjectPaths::autosavePath(const QString& projectFilePath)
{
    return projectFilePath + QStringLiteral(".autosave");
}

QString ProjectPaths::takesFolder(const QString& projectFilePath)
{
    const QFileInfo info(projectFilePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".takes"));
}

QString ProjectPaths::toStored(const QString& absolutePath, const QString& projectFilePath)
{
    if (absolutePath.isEmpty()) return {};
    const QString cleaned = QDir::cleanPath(QFileInfo(absolutePath).absoluteFilePath());
    if (projectFilePath.isEmpty()) return cleaned;
    const QString relative = QFileInfo(projectFilePath).absoluteDir().relativeFilePath(cleaned);
    const bool inside = !relative.startsWith(QLatin1String("../")) && relative != QLatin1String("..")
        && !QDir::isAbsolutePath(relative);
    return inside ? relative : cleaned;
}

QString ProjectPaths::fromStored(const QString& storedPath, const QString& projectFilePath)
{
    if (storedPath.isEmpty()) return {};
    if (QDir::isAbsolutePath(storedPath) || projectFilePath.isEmpty()) return QDir::cleanPath(storedPath);
    return QDir::cleanPath(QFileInfo(projectFilePath).absoluteDir().filePath(storedPath));
}

}  // namespace foley::core
