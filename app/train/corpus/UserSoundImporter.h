#pragma once

#include "app/train/corpus/CorpusBuilder.h"

#include <QString>

namespace foley::app::train {

// Feeds a user's own sounds to the corpus builder (package "user", licence "user"):
//  - a folder with one sub-folder per class (the sub-folder name is the class; nested folders belong to it);
//  - a CSV of `file,caption` or `file,class` rows (optional header `file,...`; files relative to the CSV).
//    A second field that names a taxonomy class is used as is; otherwise the caption goes through the class rules,
//    and a single word that no rule matches becomes the user's own class.
class UserSoundImporter {
public:
    explicit UserSoundImporter(CorpusBuilder& builder, const FoleyTaxonomy& taxonomy) : m_builder(builder), m_taxonomy(taxonomy) {}

    Status importFolder(const QString& folder);
    Status importCsv(const QString& csvPath);

    // A class name as a clip folder name: lower case, [a-z0-9_-], spaces become '_'.
    static QString sanitizeClassName(const QString& name);

private:
    void importOne(const QString& file, const QString& source, const QString& label);

    CorpusBuilder& m_builder;
    const FoleyTaxonomy& m_taxonomy;
};

}  // namespace foley::app::train
