#include "app/services/library/UcsCatalog.h"

#include "app/services/ResourceLocator.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>

namespace foley::app {

Result<UcsCatalog> UcsCatalog::load()
{
    return fromFile(ResourceLocator::resourcesDir() + QStringLiteral("/library/ucs-catids.csv"));
}

Result<UcsCatalog> UcsCatalog::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::IoReadFailed, "cannot read the UCS category table '" + path.toStdString() + "'");
    UcsCatalog catalog;
    QTextStream in(&file);
    in.readLine();  // header: catid,category,subcategory
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char(','));
        if (fields.size() != 3 || fields[0].isEmpty()) continue;
        catalog.m_byId.insert(fields[0], UcsCategory{fields[0], fields[1], fields[2]});
    }
    if (catalog.m_byId.isEmpty()) return makeError(ErrorCode::IoReadFailed, "the UCS category table '" + path.toStdString() + "' is empty");
    return catalog;
}

std::optional<UcsCategory> UcsCatalog::find(const QString& catId) const
{
    const auto it = m_byId.constFind(catId);
    if (it == m_byId.constEnd()) return std::nullopt;
    return *it;
}

std::optional<UcsName> UcsCatalog::parseFileName(const QString& baseName) const
{
    const QStringList blocks = baseName.split(QLatin1Char('_'));
    if (blocks.size() < 2) return std::nullopt;
    const QString first = blocks[0];
    const qsizetype dash = first.indexOf(QLatin1Char('-'));
    const std::optional<UcsCategory> category = find(dash < 0 ? first : first.left(dash));
    if (!category) return std::nullopt;
    UcsName name;
    name.category = *category;
    if (dash >= 0) name.userCategory = first.mid(dash + 1);
    name.fxName = blocks[1].trimmed();
    if (blocks.size() > 2) name.creatorId = blocks[2];
    if (blocks.size() > 3) name.sourceId = blocks[3];
    return name;
}

}  // namespace foley::app
