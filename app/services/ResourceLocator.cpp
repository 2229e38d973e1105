#include "app/services/ResourceLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace foley::app {

namespace {

QString installedResourcesDir()
{
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/" FOLEY_INSTALLED_RESOURCES)).absolutePath();
}

}  // namespace

QString ResourceLocator::resourcesDir()
{
    const QString fromEnv = qEnvironmentVariable("FOLEY_RESOURCES");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isDir()) return QDir(fromEnv).absolutePath();
    if (runsInstalled()) return installedResourcesDir();
    return QStringLiteral(FOLEY_SOURCE_RESOURCES);
}

QString ResourceLocator::defaultModelsDir()
{
    return resourcesDir() + QStringLiteral("/models");
}

bool ResourceLocator::runsInstalled()
{
    return QFileInfo(installedResourcesDir()).isDir();
}

}  // namespace foley::app
