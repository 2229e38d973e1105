#include "app/services/ResourceLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace foley::app {

QString ResourceLocator::resourcesDir()
{
    const QString fromEnv = qEnvironmentVariable("FOLEY_RESOURCES");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isDir()) return QDir(fromEnv).absolutePath();
    const QString exeDir = QCoreApplication::applicationDirPath();
    const QString installed = exeDir + QStringLiteral("/../share/foleyforge");
    if (QFileInfo(installed).isDir()) return QDir(installed).absolutePath();
    return QStringLiteral(FOLEY_SOURCE_RESOURCES);
}

QString ResourceLocator::defaultModelsDir()
{
    return resourcesDir() + QStringLiteral("/models");
}

}  // namespace foley::app
