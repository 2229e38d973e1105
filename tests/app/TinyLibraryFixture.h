// The tiny sound library the library tests share, made at test time in a temporary folder: UCS names, folders,
// FLAC/OGG/WAV with embedded tags, a duplicate, a corrupt file, a symlink loop, non-ASCII names; and the helpers
// that index it, make a built-in library beside it and ask it for a caption.
#pragma once

#include "app/services/GenerationRequestBuilder.h"
#include "app/services/library/LibraryDatabase.h"
#include "app/services/library/LibraryIndexer.h"
#include "app/services/library/UcsCatalog.h"
#include "app/services/library/UserLibraryRetrieval.h"
#include "core/media/WavFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>
#include <random>

namespace foley::app::testing {


// A hit (noise burst with a decay) or a steady noise, at `rate`.
inline AudioBuffer sound(double seconds, int rate, bool steady, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 0.2f);
    std::vector<float> x(static_cast<size_t>(seconds * rate));
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = static_cast<double>(i) / rate;
        x[i] = n(rng) * static_cast<float>(steady ? 0.5 : std::exp(-t * 12.0) * (t > 0.05 ? 1.0 : 0.0));
    }
    return AudioBuffer(std::move(x), rate, 1);
}

// `count` hits 0.15 s apart: a recording with several attacks.
inline AudioBuffer hits(int count, int rate, unsigned seed)
{
    AudioBuffer one = sound(0.15, rate, false, seed);
    std::vector<float> x;
    for (int i = 0; i < count; ++i) x.insert(x.end(), one.samples().begin(), one.samples().end());
    return AudioBuffer(std::move(x), rate, 1);
}

inline bool ffmpeg(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), QStringList{QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y")} + args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

inline Result<UserMatch> captionMatch(const QString& index, const std::string& caption, const std::string& negative = {})
{
    Result<UserLibraryMatches> matches = matchUserLibraries(index, LibraryQuery{caption, {}, negative, {}});
    if (!matches) return matches.error();
    return std::move(matches)->caption;
}

inline QStringList paths(const std::vector<SearchHit>& hits)
{
    QStringList out;
    for (const SearchHit& h : hits) out << QFileInfo(h.path).fileName();
    return out;
}


// Held by a test class beside QObject: m_root is the tiny library (after makeTinyLibrary, called from initTestCase).
class TinyLibraryFixture {
protected:
    QTemporaryDir m_dir;
    QString m_root;

    QString file(const QString& relative) const { return QDir(m_root).filePath(relative); }

    bool writeWav(const QString& relative, const AudioBuffer& audio) const
    {
        QDir().mkpath(QFileInfo(file(relative)).absolutePath());
        return media::writeWav(QFile::encodeName(file(relative)).toStdString(), audio).ok();
    }

    std::unique_ptr<LibraryDatabase> freshIndex(const QString& name)
    {
        Result<std::unique_ptr<LibraryDatabase>> db = LibraryDatabase::open(m_dir.filePath(name));
        return db ? std::move(db).value() : nullptr;
    }

    // An installed library of two built-in classes (door, glass), two recordings each, made at test time.
    std::shared_ptr<const inference::SoundLibrary> builtInLibrary()
    {
        std::vector<inference::LibraryClip> clips;
        for (const char* cls : {"door", "glass"})
            for (int i = 0; i < 2; ++i) {
                const QString name = QStringLiteral("built-in %1 %2.wav").arg(QLatin1String(cls)).arg(i);
                const QString path = m_dir.filePath(QStringLiteral("built-in/") + name);
                QDir().mkpath(QFileInfo(path).absolutePath());
                if (!media::writeWav(QFile::encodeName(path).toStdString(), sound(0.4, 48000, false, 30u + static_cast<unsigned>(i))).ok())
                    return nullptr;
                inference::LibraryClip clip;
                clip.id = name.toStdString();
                clip.soundClass = cls;
                clip.split = "train";
                clip.path = clip.nativePath = QFile::encodeName(path).toStdString();
                clip.durationSeconds = 0.4;
                clips.push_back(clip);
            }
        return std::make_shared<const inference::SoundLibrary>(inference::SoundLibrary::fromClips(clips));
    }

    // A 2 s clip with onsets at 0.5 and 1.5 s.
    static GenerationSnapshot twoOnsets(const char* caption)
    {
        GenerationSnapshot snapshot;
        snapshot.caption = core::Caption{QString::fromUtf8(caption), core::CaptionOrigin::User};
        snapshot.qualityTag.clear();
        snapshot.mediaDuration = 2 * kProjectRate;
        snapshot.onsets.append(core::Onset{1, kProjectRate / 2, 1.0, {}, core::OnsetOrigin::Manual});
        snapshot.onsets.append(core::Onset{2, 3 * kProjectRate / 2, 0.8, {}, core::OnsetOrigin::Manual});
        return snapshot;
    }

    Result<ScanReport> scanInto(LibraryDatabase& db, const QString& libraryName, const QString& root)
    {
        Result<LibraryEntry> library = db.library(libraryName);
        if (!library) library = db.addLibrary(libraryName, root);
        if (!library) return library.error();
        Result<UcsCatalog> ucs = UcsCatalog::load();
        if (!ucs) return ucs.error();
        return LibraryIndexer(db, *ucs).scan(*library);
    }


    // Writes the tiny library under m_root; points the CLI's index (XDG_DATA_HOME) into the temporary folder.
    void makeTinyLibrary()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg data"))));  // the CLI's index too
        qunsetenv("FOLEYFORGE_LIBRARY_INDEX");  // (set aside by the hermetic test support: here the index is the test's)
        m_root = m_dir.filePath(QStringLiteral("My Library ä"));
        QVERIFY(writeWav(QStringLiteral("Doors/DOORWood_Creaky Door Open_JD_Barn.wav"), sound(0.6, 48000, false, 1)));
        QVERIFY(writeWav(QStringLiteral("Doors/DOORMetl_Slam_JD.wav"), sound(0.5, 44100, false, 2)));
        QVERIFY(writeWav(QStringLiteral("copy/DOORWood_Creaky Door Open_JD_Barn.wav"), sound(0.6, 48000, false, 1)));  // same bytes
        QVERIFY(writeWav(QStringLiteral("Bells/hand.wav"), sound(0.8, 48000, false, 3)));
        QVERIFY(ffmpeg({QStringLiteral("-i"), file(QStringLiteral("Bells/hand.wav")), QStringLiteral("-metadata"),
                        QStringLiteral("comment=small brass hand bell rung once"), file(QStringLiteral("Bells/bell tagged.wav"))}));
        QVERIFY(QFile::remove(file(QStringLiteral("Bells/hand.wav"))));
        QVERIFY(writeWav(QStringLiteral("tmp-rain.wav"), sound(8.0, 44100, true, 4)));
        QDir().mkpath(file(QStringLiteral("Ambience")));
        QDir().mkpath(file(QStringLiteral("Foley")));
        QVERIFY(ffmpeg({QStringLiteral("-i"), file(QStringLiteral("tmp-rain.wav")), QStringLiteral("-metadata"),
                        QStringLiteral("description=heavy rain on a tin roof"), file(QStringLiteral("Ambience/rain loop.flac"))}));
        QVERIFY(ffmpeg({QStringLiteral("-i"), file(QStringLiteral("tmp-rain.wav")), QStringLiteral("-t"), QStringLiteral("1"),
                        QStringLiteral("-c:a"), QStringLiteral("libvorbis"), file(QStringLiteral("Foley/zipper pull ü.ogg"))})
                || ffmpeg({QStringLiteral("-i"), file(QStringLiteral("tmp-rain.wav")), QStringLiteral("-t"), QStringLiteral("1"),
                           file(QStringLiteral("Foley/zipper pull ü.ogg"))}));
        QVERIFY(QFile::remove(file(QStringLiteral("tmp-rain.wav"))));
        QFile broken(file(QStringLiteral("Doors/broken.wav")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(4000, '\x5a'));
        broken.close();
        QFile notes(file(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not audio");
        notes.close();
        QVERIFY(QFile::link(m_root, file(QStringLiteral("Doors/loop"))));  // a symlink loop
    }
};

}  // namespace foley::app::testing
