#pragma once

#include "core/types/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>

namespace foley::app::train {

// Why files did not become clips.
struct CorpusDropCounts {
    int excluded = 0;     // music/speech rule
    int other = 0;        // no class rule matched
    int tooLong = 0;      // > max seconds
    int tooShort = 0;     // < min seconds
    int silent = 0;       // digital silence
    int duplicate = 0;    // same decoded audio as a kept clip
    int undecodable = 0;  // unreadable member or FFmpeg could not decode
    int unreadableContainers = 0;
};

// Per-package progress figures.
struct PackageCounts {
    int seen = 0;      // audio files and members looked at
    int kept = 0;      // clips written
    int excluded = 0;  // music/speech rule
    int other = 0;     // no class rule matched
};

// Counts of the corpus per class × split (clips and seconds), what was dropped and why, and per package;
// rendered as OUT/report.txt (a table, also printed) and OUT/report.json.
class CorpusReport {
public:
    void addClip(const QString& className, const QString& split, double seconds);
    CorpusDropCounts& drops() { return m_drops; }
    const CorpusDropCounts& drops() const { return m_drops; }
    PackageCounts& package(const QString& name) { return m_packages[name]; }

    int clipCount(const QString& className, const QString& split) const;
    int totalClips() const;

    QString toText() const;
    QJsonObject toJson() const;
    Status write(const QString& textPath, const QString& jsonPath) const;

    static QStringList splits();

private:
    struct Cell {
        int clips = 0;
        double seconds = 0;
    };
    std::map<QString, std::map<QString, Cell>> m_cells;  // class → split → cell
    std::map<QString, PackageCounts> m_packages;
    CorpusDropCounts m_drops;
};

}  // namespace foley::app::train
