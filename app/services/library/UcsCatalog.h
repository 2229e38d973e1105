#pragma once

#include "core/types/Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace foley::app {

// The Universal Category System's category IDs (resources/library/ucs-catids.csv: CatID, category, sub-category),
// and how a UCS file name reads: "CatID[-UserCategory]_FXName[_CreatorID[_SourceID[_UserData]]]", e.g.
// "DOORWood_Creaky Door Open_JD_Barn". The CatID is case-sensitive, as UCS defines it.
struct UcsCategory {
    QString catId;
    QString category;     // "DOORS"
    QString subCategory;  // "WOOD"
};

struct UcsName {
    UcsCategory category;
    QString userCategory;  // after "-" in the first block, if any
    QString fxName;        // the description
    QString creatorId;
    QString sourceId;
};

class UcsCatalog {
public:
    // The shipped table (ResourceLocator::resourcesDir()/library/ucs-catids.csv). IoReadFailed when it is missing.
    static Result<UcsCatalog> load();
    static Result<UcsCatalog> fromFile(const QString& path);

    std::optional<UcsCategory> find(const QString& catId) const;
    // The UCS reading of a file's base name (without extension); nullopt when its first block is no known CatID.
    std::optional<UcsName> parseFileName(const QString& baseName) const;
    int size() const { return static_cast<int>(m_byId.size()); }

private:
    QHash<QString, UcsCategory> m_byId;
};

}  // namespace foley::app
