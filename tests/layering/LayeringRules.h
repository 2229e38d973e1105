#pragma once

#include <QString>
#include <QStringList>

// The dependency rule (docs/ARCHITECTURE.md, section 1) as data: which #include targets each source folder may use.
struct LayerViolation {
    QString file;
    int line = 0;
    QString include;
    QString reason;
};

class LayeringRules {
public:
    // Checks every .h/.cpp under `root`'s layer folders; returns all forbidden includes found.
    static QList<LayerViolation> check(const QString& root);

    // The verdict for one include seen in a file at `relativePath` (empty = allowed).
    static QString forbiddenReason(const QString& relativePath, const QString& include);
};
