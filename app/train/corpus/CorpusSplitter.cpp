#include "app/train/corpus/CorpusSplitter.h"

#include <QCryptographicHash>

namespace foley::app::train {
namespace {

QByteArray digest(const QString& salt, const QString& package, const QString& source)
{
    return QCryptographicHash::hash((salt + package + QLatin1Char('\n') + source).toUtf8(), QCryptographicHash::Sha1);
}

}  // namespace

QString CorpusSplitter::clipId(const QString& package, const QString& source)
{
    return QString::fromLatin1(digest(QString(), package, source).toHex().left(12));
}

QString CorpusSplitter::splitFor(const QString& package, const QString& source)
{
    if (isReservedPackage(package)) return QStringLiteral("reserved");
    const QByteArray hash = digest(QStringLiteral("split:"), package, source);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) value = (value << 8) | static_cast<quint8>(hash[i]);
    const quint32 bucket = value % 100;
    if (bucket < 80) return QStringLiteral("train");
    if (bucket < 90) return QStringLiteral("val");
    return QStringLiteral("test");
}

bool CorpusSplitter::isReservedPackage(const QString& package)
{
    return package == QLatin1String("openttd-opensfx") || package == QLatin1String("tuxpaint-stamps-default") ||
           package == QLatin1String("gcompris-qt-data") || package == QLatin1String("scratch");
}

}  // namespace foley::app::train
