#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace foley::app::train {

// How the class rules judged one file.
struct ClassDecision {
    enum class Kind { Classified, Excluded, Other };
    Kind kind = Kind::Other;
    QString className;  // set when Classified
};

// The corpus' 27-class foley taxonomy (the classes of inference/text/SoundClassVocabulary; docs/ARCHITECTURE.md,
// section 10): the music/speech exclusion rule, the package overrides (bucklespring, hydrogen, animal folders,
// Freedoom's coded lump names), then the class regexes in order (first match wins), then per-package fallbacks
// (lincity-ng-data → ambience). Rules are PCRE, case-insensitive, matched against "/dir/basename" (the last two
// components of the path; for archives, of the member path; group suffixes such as ".ocg" are stripped from the
// directory). bell_chime is merged into ui_beep.
class FoleyTaxonomy {
public:
    FoleyTaxonomy();

    ClassDecision classify(const QString& package, const QString& path) const;
    // Classifies free text (a user's caption) with the class regexes only; empty when nothing matches.
    QString classifyText(const QString& text) const;

    QStringList classNames() const;
    bool isClassName(const QString& name) const;

    // "/dir/basename" as the rules see it.
    static QString matchKey(const QString& path);

private:
    struct ClassRule {
        QString name;
        QRegularExpression pattern;
    };
    std::vector<ClassRule> m_rules;
    QRegularExpression m_exclusion;
    QRegularExpression m_animalPath;
};

}  // namespace foley::app::train
