// Which recordings a take is made of, against the tiny library made at test time (TinyLibraryFixture): the user's
// own recordings against a built-in class, timed caption segments for onsets and mask, and acoustic fit.
#include "TinyLibraryFixture.h"

#include "app/services/GenerationRequestBuilder.h"
#include "inference/render/RecordingRenderer.h"

using namespace foley;
using namespace foley::app;
using namespace foley::app::testing;

class TstLibraryRetrieval : public QObject, protected TinyLibraryFixture {
    Q_OBJECT

private slots:
    void initTestCase() { makeTinyLibrary(); }

    // A caption whose words the user's recordings carry takes them (the negative prompt's words excluded), and the
    // take is made of them: events from their one-shots, provenance naming their files.
    void aCaptionTakesTheUsersOwnRecordings()
    {
        const QString index = m_dir.filePath(QStringLiteral("retrieval.sqlite"));
        {
            std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("retrieval.sqlite"));
            QVERIFY(db && scanInto(*db, QStringLiteral("mine"), m_root));
        }
        Result<UserMatch> doors = captionMatch(index, "a creaky door opens");
        QVERIFY2(doors, doors ? "" : doors.error().message.c_str());
        QVERIFY(doors->hasEvents());
        QVERIFY(!doors->hasTextures());
        QCOMPARE(QFileInfo(QString::fromStdString(doors->clips.front().path)).fileName(), QStringLiteral("DOORWood_Creaky Door Open_JD_Barn.wav"));
        Result<UserMatch> notMetal = captionMatch(index, "door", "metal slam");
        QVERIFY(notMetal);
        for (const auto& clip : notMetal->clips) QVERIFY(!QString::fromStdString(clip.path).contains(QStringLiteral("Metl")));
        QVERIFY(captionMatch(index, "glockenspiel")->clips.empty());
        QVERIFY(captionMatch(m_dir.filePath(QStringLiteral("no index.sqlite")), "door")->clips.empty());

        GenerationSnapshot snapshot;
        snapshot.caption = core::Caption{QStringLiteral("a creaky door slams twice"), core::CaptionOrigin::User};
        snapshot.qualityTag.clear();
        snapshot.mediaDuration = 2 * kProjectRate;
        snapshot.onsets.append(core::Onset{1, kProjectRate / 2, 1.0, {}, core::OnsetOrigin::Manual});
        snapshot.onsets.append(core::Onset{2, 3 * kProjectRate / 2, 0.8, {}, core::OnsetOrigin::Manual});
        GenerationMedia media;
        media.userMatches.caption = *doors;
        std::string note;
        Result<inference::GenerationRequest> request = buildGenerationRequest(snapshot, std::move(media), &note);
        QVERIFY(request);
        QVERIFY2(QString::fromStdString(note).contains(QStringLiteral("your sound libraries")), note.c_str());
        QCOMPARE(QString::fromStdString(request->recordings.plan.soundClass), QString::fromLatin1(kUserEventClass));
        Result<inference::RenderedTake> take = inference::RecordingRenderer(*request->recordings.library)
                                                   .render(request->recordings.plan, {}, {48000, 2 * 48000, 3, 0});
        QVERIFY2(take, take ? "" : take.error().message.c_str());
        QCOMPARE(take->provenance.events.size(), size_t{2});
        for (const auto& event : take->provenance.events) {
            QVERIFY(QString::fromStdString(event.recording.file).startsWith(m_root));
            QCOMPARE(QString::fromStdString(event.recording.package), QStringLiteral("mine"));
        }
    }

    // The built-in classes are the fallback vocabulary: a caption whose words the user's recordings carry at least
    // as well as the class it names takes the user's; one that names the class better ("heavy", "wooden" and
    // "creaks" are the door class's words, none of them the user's) takes the class's recordings.
    void retrievalPrefersTheBetterMatchingLibrary()
    {
        const QString index = m_dir.filePath(QStringLiteral("better.sqlite"));
        {
            std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("better.sqlite"));
            QVERIFY(db && scanInto(*db, QStringLiteral("mine"), m_root));
        }
        const std::shared_ptr<const inference::SoundLibrary> builtIn = builtInLibrary();
        QVERIFY(builtIn);
        const auto takeFiles = [&](const char* caption) {
            GenerationSnapshot snapshot = twoOnsets(caption);
            GenerationMedia media;
            media.soundLibrary = builtIn;
            if (Result<UserLibraryMatches> user = matchUserLibraries(index, libraryQueryOf(snapshot))) media.userMatches = *user;
            std::string note;
            Result<inference::GenerationRequest> request = buildGenerationRequest(snapshot, std::move(media), &note);
            QStringList files;
            if (!request || request->recordings.plan.isEmpty()) return QStringList{QString::fromStdString(note)};
            Result<inference::RenderedTake> take = inference::RecordingRenderer(*request->recordings.library)
                                                       .render(request->recordings.plan, {}, {48000, 2 * 48000, 5, 0});
            if (!take) return QStringList{QString::fromStdString(take.error().message)};
            for (const auto& event : take->provenance.events) files << QFileInfo(QString::fromStdString(event.recording.file)).fileName();
            return files;
        };
        const QString creaky = QStringLiteral("DOORWood_Creaky Door Open_JD_Barn.wav");
        QCOMPARE(takeFiles("a creaky door opens"), (QStringList{creaky, creaky}));  // 3 words: the user's; the class has 2
        const QStringList heavy = takeFiles("a heavy wooden door creaks");          // the class 4, the user's 1 ("door")
        QCOMPARE(heavy.size(), 2);
        for (const QString& f : heavy) QVERIFY2(f.startsWith(QStringLiteral("built-in door")), qPrintable(heavy.join(u',')));
    }

    // A timed caption segment names the recordings of the onsets inside it: "a small brass hand bell" (the user's
    // tagged bell) over one second, "glass shatters" (a built-in class) over the next; the onset outside both keeps
    // the caption's door.
    void timedSegmentsChooseTheirOwnRecordings()
    {
        const QString index = m_dir.filePath(QStringLiteral("segments.sqlite"));
        {
            std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("segments.sqlite"));
            QVERIFY(db && scanInto(*db, QStringLiteral("mine"), m_root));
        }
        GenerationSnapshot snapshot = twoOnsets("a heavy wooden door creaks");
        snapshot.mediaDuration = 3 * kProjectRate;
        snapshot.onsets.append(core::Onset{3, 5 * kProjectRate / 4, 1.0, {}, core::OnsetOrigin::Manual});
        snapshot.onsets.append(core::Onset{4, 5 * kProjectRate / 2, 1.0, {}, core::OnsetOrigin::Manual});
        // Onsets at 0.5 (door), 1.25 and 1.5 (bell), 2.5 s (glass).
        snapshot.segments.append(core::CaptionSegment{1, kProjectRate, 2 * kProjectRate, QStringLiteral("a small brass hand bell"), {}});
        snapshot.segments.append(core::CaptionSegment{2, 2 * kProjectRate, 3 * kProjectRate, QStringLiteral("glass shatters"), {}});
        GenerationMedia media;
        media.soundLibrary = builtInLibrary();
        Result<UserLibraryMatches> user = matchUserLibraries(index, libraryQueryOf(snapshot));
        QVERIFY(user);
        QCOMPARE(user->segments.size(), size_t{2});
        QVERIFY(user->segments[0].hasEvents());
        media.userMatches = *user;
        std::string note;
        Result<inference::GenerationRequest> request = buildGenerationRequest(snapshot, std::move(media), &note);
        QVERIFY(request);
        QVERIFY2(QString::fromStdString(note).contains(QStringLiteral("2 onset(s) of \"a small brass hand bell\" from your sound libraries")), note.c_str());
        Result<inference::RenderedTake> take = inference::RecordingRenderer(*request->recordings.library)
                                                   .render(request->recordings.plan, {}, {48000, 3 * 48000, 7, 0});
        QVERIFY2(take, take ? "" : take.error().message.c_str());
        QStringList files;
        for (const auto& event : take->provenance.events) files << QFileInfo(QString::fromStdString(event.recording.file)).fileName();
        QCOMPARE(files.size(), 4);
        QVERIFY2(files[0].startsWith(QStringLiteral("built-in door")), qPrintable(files.join(u',')));
        QCOMPARE(files[1], QStringLiteral("bell tagged.wav"));
        QCOMPARE(files[2], QStringLiteral("bell tagged.wav"));
        QVERIFY2(files[3].startsWith(QStringLiteral("built-in glass")), qPrintable(files.join(u',')));
    }

    // A timed segment that names a texture ("heavy rain on a tin roof", the user's rain loop) fills the mask's span
    // that starts inside it; a span outside it keeps the caption's texture (here none: the built-in library has no
    // ambience to lay a bed from).
    void aTimedSegmentNamesTheTextureOfItsMask()
    {
        const QString index = m_dir.filePath(QStringLiteral("textures.sqlite"));
        {
            std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("textures.sqlite"));
            QVERIFY(db && scanInto(*db, QStringLiteral("mine"), m_root));
        }
        GenerationSnapshot snapshot = twoOnsets("a heavy wooden door creaks");
        snapshot.segments.append(core::CaptionSegment{1, 0, kProjectRate, QStringLiteral("heavy rain on a tin roof"), {}});
        snapshot.maskRate = Rational{25, 1};
        snapshot.maskValues.assign(50, 0.0f);
        for (int k = 5; k < 15; ++k) snapshot.maskValues[static_cast<size_t>(k)] = 0.8f;   // 0.2–0.6 s, inside the segment
        for (int k = 30; k < 45; ++k) snapshot.maskValues[static_cast<size_t>(k)] = 0.8f;  // 1.2–1.8 s, outside it
        GenerationMedia media;
        media.soundLibrary = builtInLibrary();
        Result<UserLibraryMatches> user = matchUserLibraries(index, libraryQueryOf(snapshot));
        QVERIFY(user);
        QVERIFY(user->segments.at(0).hasTextures());
        media.userMatches = *user;
        std::string note;
        Result<inference::GenerationRequest> request = buildGenerationRequest(snapshot, std::move(media), &note);
        QVERIFY(request);
        QVERIFY2(QString::fromStdString(note).contains(QStringLiteral("the mask under \"heavy rain on a tin roof\" from your sound libraries")),
                 note.c_str());
        Result<inference::RenderedTake> take = inference::RecordingRenderer(*request->recordings.library)
                                                   .render(request->recordings.plan, {}, {48000, 2 * 48000, 3, 0});
        QVERIFY2(take, take ? "" : take.error().message.c_str());
        QCOMPARE(take->provenance.textures.size(), size_t{1});
        QCOMPARE(QFileInfo(QString::fromStdString(take->provenance.textures[0].recording.file)).fileName(), QStringLiteral("rain loop.flac"));
        QVERIFY(std::abs(take->provenance.textures[0].startSeconds - 0.2) < 0.05);
        QVERIFY(!take->provenance.textures[0].bed);
    }

    // Among recordings with the same words, the one that fits its use ranks first: one clean attack for an onset
    // before a rattle of four; and only the recordings carrying the most of the caption's words are offered.
    void acousticFitRanksRecordingsWithTheSameWords()
    {
        const QString root = m_dir.filePath(QStringLiteral("Impacts"));
        QDir().mkpath(root);
        for (const auto& [name, audio] : {std::pair{QStringLiteral("wood knock rattle.wav"), hits(4, 48000, 21)},
                                          std::pair{QStringLiteral("wood knock single.wav"), sound(0.3, 48000, false, 22)},
                                          std::pair{QStringLiteral("wood plank.wav"), sound(0.3, 48000, false, 23)}})
            QVERIFY(media::writeWav(QFile::encodeName(QDir(root).filePath(name)).toStdString(), audio).ok());
        const QString index = m_dir.filePath(QStringLiteral("fit.sqlite"));
        {
            std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("fit.sqlite"));
            QVERIFY(db && scanInto(*db, QStringLiteral("knocks"), root));
        }
        Result<UserMatch> knock = captionMatch(index, "wood knock");
        QVERIFY(knock);
        QStringList names;
        for (const auto& clip : knock->clips) names << QFileInfo(QString::fromStdString(clip.path)).fileName();
        QCOMPARE(names, (QStringList{QStringLiteral("wood knock single.wav"), QStringLiteral("wood knock rattle.wav")}));
        QCOMPARE(knock->eventWords, 2);
    }

};

QTEST_MAIN(TstLibraryRetrieval)
#include "tst_libraryretrieval.moc"
