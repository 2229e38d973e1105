#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Fake sound packages made at test time: tones written with writeWav, OGG through the ffmpeg CLI, zips, c4groups and
// WADs built byte by byte, and .deb files through `dpkg-deb --build` (no root needed).
// Generators return false on failure and leave the reason in lastError().
class CorpusFixtures {
public:
    // A 16-bit mono sine WAV; different frequencies give different (non-duplicate) audio.
    static bool writeTone(const QString& path, double seconds, int frequency, int rate = 22050);
    static QByteArray toneWavBytes(double seconds, int frequency, int rate = 22050);
    static bool writeBytes(const QString& path, const QByteArray& bytes);

    bool writeOgg(const QString& path, double seconds, int frequency);
    // A zip of `members` of `folder` (files, or folders taken whole; paths relative to folder), deflated or stored.
    bool zipFolder(const QString& zipPath, const QString& folder, const QStringList& members, bool store);
    // `dpkg-deb --build` of `root` (which gets DEBIAN/control for package/version).
    bool buildDeb(const QString& root, const QString& package, const QString& version, const QString& debPath);

    // A c4group (gzip with the 1e 8c magic, scrambled header) holding `files` and one child group
    // `childName` holding `childFiles`.
    using Files = QList<QPair<QString, QByteArray>>;
    static QByteArray c4Group(const Files& files, const QString& childName, const Files& childFiles);
    static QByteArray c4GroupRaw(const Files& files, const QList<QPair<QString, QByteArray>>& childGroups);
    // A PWAD with DMX sound lumps (name, rate, unsigned 8-bit samples) plus one non-sound lump "MAP01".
    static QByteArray wad(const QList<QPair<QString, QByteArray>>& soundLumps, int rate);

    // An OpenTTD sound set: (offset | bit 31, size) table, then per entry a length byte, the name and the RIFF WAV.
    static QByteArray openTtdCat(const QList<QPair<QString, QByteArray>>& namedWavs);

    const QString& lastError() const { return m_lastError; }

private:
    bool run(const QString& program, const QStringList& args, const QString& workingDir = QString());
    QString m_lastError;
};
