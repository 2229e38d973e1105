#pragma once

#include "app/train/corpus/CorpusManifest.h"
#include "app/train/corpus/CorpusReport.h"
#include "app/train/corpus/FoleyTaxonomy.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace foley::app::train {

struct CorpusBuildOptions {
    QString outDir;             // receives clips/, manifest.csv, report.txt, report.json; .work/ while building
    int sampleRate = 16000;     // clips are mono 16-bit PCM at this rate
    double minSeconds = 0.05;   // shorter clips are dropped
    double maxSeconds = 12.0;   // longer clips are dropped
    std::function<void(const QString&)> log;  // progress lines (one per package); may be empty
};

// One audio file offered to the corpus.
struct ClipCandidate {
    QString package;    // Debian package or "user"
    QString version;
    QString licence;
    QString source;     // path inside the package; "archive!member" for packed files
    QString matchPath;  // the path the class rules see (the member path for archives)
    QString label;      // a class given by the user (folder name or CSV); empty = the taxonomy decides
};

// Turns audio files into the corpus: class rules → decode (FFmpeg, mono, 16 kHz) → length, silence and
// duplicate (same decoded audio) filters → clips/<class>/<id>.wav (what training reads) and native/<class>/<id>.wav
// (the recording at its own rate and channel count, what takes are rendered from) → manifest row. Bad files are counted, never fatal.
class CorpusBuilder {
public:
    CorpusBuilder(CorpusBuildOptions options, const FoleyTaxonomy& taxonomy);

    // Creates OUT (clearing the clips of an earlier build) and OUT/.work.
    Status prepare();
    // The class the candidate gets, or empty when it is excluded or unclassified (counted as such).
    QString admit(const ClipCandidate& candidate);
    // Decodes `audioPath` and writes the clip if it passes the filters; returns whether it was kept.
    bool addClip(const ClipCandidate& candidate, const QString& className, const QString& audioPath);
    // Same for bytes read from a container (written to a temp file under .work with `suffix`).
    bool addClipBytes(const ClipCandidate& candidate, const QString& className, const QByteArray& bytes, const QString& suffix);
    void countUndecodable();
    // Fails with the first clip write error, if any (IoWriteFailed). Otherwise writes manifest.csv, report.txt,
    // report.json and unclassified.csv (package,source,reason: the files the class
    // rules excluded or could not place, for spot checks) and removes .work.
    Status finish();

    QString outDir() const { return m_options.outDir; }
    QString workDir() const;
    void log(const QString& line) const;
    const CorpusReport& report() const { return m_report; }
    CorpusReport& report() { return m_report; }
    const CorpusManifest& manifest() const { return m_manifest; }

private:
    struct NativeCopy {
        QString relativePath;
        int sampleRate = 0;
        int channels = 0;
        double highFrequencyAttacksPerSecond = -1.0;
    };
    Status writeUnclassified(const QString& path) const;
    Status writeNativeCopy(const QString& audioPath, const QString& className, const QString& id, NativeCopy& copy);

    CorpusBuildOptions m_options;
    const FoleyTaxonomy& m_taxonomy;
    CorpusManifest m_manifest;
    CorpusReport m_report;
    QSet<QByteArray> m_audioHashes;  // SHA-1 of the decoded clip samples
    QSet<QString> m_ids;
    QStringList m_unclassified;  // CSV lines of unclassified.csv
    std::optional<Error> m_writeError;  // the first clip that could not be written
    int m_tempCounter = 0;
};

}  // namespace foley::app::train
