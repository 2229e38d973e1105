// Your own sound library (app/services/library): a tiny library made at test time (UCS names, folders, FLAC/OGG/WAV
// with embedded tags, a duplicate, a corrupt file, a symlink loop, non-ASCII names), indexed into the SQLite index,
// searched by words; every format FFmpeg decodes; incremental rescans, an offline library, a damaged and a future
// database; the Sound Libraries dialog, the Library dock and the CLI. (Retrieval for takes: tst_libraryretrieval.)
#include "TinyLibraryFixture.h"

#include "app/gui/EditorPanels.h"
#include "app/gui/MainWindow.h"
#include "widgets/onsets/OnsetLaneGeometry.h"
#include "widgets/onsets/OnsetTableModel.h"
#include "widgets/onsets/OnsetTableView.h"
#include "widgets/onsets/OnsetTrackEditor.h"
#include "app/gui/LibrarySearch.h"
#include "app/gui/SoundLibrariesDialog.h"
#include "core/project/ProjectFile.h"
#include "widgets/library/LibraryPanel.h"
#include "app/services/library/LibraryDatabase.h"
#include "app/services/library/LibraryIndexer.h"
#include "app/services/library/UcsCatalog.h"
#include "app/services/library/UserLibraryRetrieval.h"
#include "app/services/GenerationRequestBuilder.h"
#include "inference/render/RecordingRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "core/media/WavFile.h"

#include <QDir>
#include <QFile>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace foley;
using namespace foley::app;
using namespace foley::app::testing;


class TstSoundLibraryIndex : public QObject, protected testing::TinyLibraryFixture {
    Q_OBJECT

private slots:
    void initTestCase() { makeTinyLibrary(); }


    void ucsNamesAreRead()
    {
        Result<UcsCatalog> ucs = UcsCatalog::load();
        QVERIFY2(ucs, ucs ? "" : ucs.error().message.c_str());
        QVERIFY(ucs->size() > 600);
        const std::optional<UcsName> name = ucs->parseFileName(QStringLiteral("DOORWood-Barn_Creaky Door Open_JD_Field01"));
        QVERIFY(name);
        QCOMPARE(name->category.category, QStringLiteral("DOORS"));
        QCOMPARE(name->category.subCategory, QStringLiteral("WOOD"));
        QCOMPARE(name->userCategory, QStringLiteral("Barn"));
        QCOMPARE(name->fxName, QStringLiteral("Creaky Door Open"));
        QCOMPARE(name->creatorId, QStringLiteral("JD"));
        QCOMPARE(name->sourceId, QStringLiteral("Field01"));
        QVERIFY(!ucs->parseFileName(QStringLiteral("doorwood_creaky")));  // CatIDs are case-sensitive
        QVERIFY(!ucs->parseFileName(QStringLiteral("rain loop")));
    }

    void indexingFindsRecordingsByTheirWords()
    {
        std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("words.sqlite"));
        QVERIFY(db);
        Result<ScanReport> report = scanInto(*db, QStringLiteral("mine"), m_root);
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QCOMPARE(report->files, qint64(7));
        QCOMPARE(report->added, qint64(6));
        QCOMPARE(report->problems, qint64(1));
        const auto problems = db->problems(db->library(QStringLiteral("mine"))->id);
        QCOMPARE(problems.size(), size_t{1});
        QVERIFY(problems[0].first.endsWith(QStringLiteral("broken.wav")));
        QVERIFY(!problems[0].second.isEmpty());

        // The UCS name's category and description; the same recording in two folders is offered once.
        QCOMPARE(paths(*db->search(QStringLiteral("creaky"), 10)), QStringList{QStringLiteral("DOORWood_Creaky Door Open_JD_Barn.wav")});
        const std::vector<SearchHit> doors = *db->search(QStringLiteral("wooden door"), 10);
        QVERIFY(doors.size() >= 2);
        QCOMPARE(QFileInfo(doors[0].path).fileName(), QStringLiteral("DOORWood_Creaky Door Open_JD_Barn.wav"));  // door + wood
        QCOMPARE(doors[0].category, QStringLiteral("DOORS"));
        // Embedded tags (a WAV comment, a FLAC description), file names with non-ASCII letters, folders.
        QCOMPARE(paths(*db->search(QStringLiteral("brass bell"), 10)), QStringList{QStringLiteral("bell tagged.wav")});
        QCOMPARE(paths(*db->search(QStringLiteral("tin roof"), 10)), QStringList{QStringLiteral("rain loop.flac")});
        QCOMPARE(paths(*db->search(QStringLiteral("zipper"), 10)), QStringList{QStringLiteral("zipper pull ü.ogg")});
        QCOMPARE(paths(*db->search(QStringLiteral("ambience"), 10)), QStringList{QStringLiteral("rain loop.flac")});
        QVERIFY(db->search(QStringLiteral("glockenspiel"), 10)->empty());
        QVERIFY(db->search(QStringLiteral("  -- "), 10)->empty());
        // Descriptors: a long steady recording is a texture, a hit a one-shot; rates as recorded.
        const SearchHit rain = db->search(QStringLiteral("rain"), 1)->front();
        QVERIFY(!rain.oneShot);
        QCOMPARE(rain.sampleRate, 44100);
        QVERIFY(std::abs(rain.durationSeconds - 8.0) < 0.05);
        QVERIFY(db->search(QStringLiteral("slam"), 1)->front().oneShot);
    }

    // Any format FFmpeg decodes, at any rate and channel count: MP3 (22.05 kHz stereo), AIFF (96 kHz, 24-bit), M4A
    // (AAC) and a Broadcast WAV whose bext description carries its words.
    void everyFormatFfmpegDecodesIsIndexed()
    {
        const QString root = m_dir.filePath(QStringLiteral("Formats ß"));
        QDir().mkpath(root);
        const QString source = QDir(root).filePath(QStringLiteral("source.wav"));
        QVERIFY(media::writeWav(QFile::encodeName(source).toStdString(), sound(0.5, 48000, false, 41)).ok());
        const auto convert = [&](const char* name, QStringList options) {
            return ffmpeg(QStringList{QStringLiteral("-i"), source} + options + QStringList{QDir(root).filePath(QString::fromUtf8(name))});
        };
        QVERIFY(convert("cloth flap.mp3", {QStringLiteral("-ar"), QStringLiteral("22050"), QStringLiteral("-ac"), QStringLiteral("2"),
                                           QStringLiteral("-c:a"), QStringLiteral("libmp3lame")}));
        QVERIFY(convert("paper rip.aiff", {QStringLiteral("-ar"), QStringLiteral("96000"), QStringLiteral("-c:a"), QStringLiteral("pcm_s24be")}));
        QVERIFY(convert("keys jingle.m4a", {QStringLiteral("-c:a"), QStringLiteral("aac")}));
        QVERIFY(convert("take 12.wav", {QStringLiteral("-write_bext"), QStringLiteral("1"), QStringLiteral("-metadata"),
                                        QStringLiteral("description=leather saddle creak")}));
        QVERIFY(QFile::remove(source));
        std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("formats.sqlite"));
        QVERIFY(db);
        Result<ScanReport> report = scanInto(*db, QStringLiteral("formats"), root);
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QCOMPARE(report->added, qint64(4));
        QCOMPARE(report->problems, qint64(0));
        const auto only = [&](const char* words) {
            const std::vector<SearchHit> hits = *db->search(QString::fromUtf8(words), 10);
            return hits.size() == 1 ? hits.front() : SearchHit{};
        };
        QCOMPARE(only("cloth").sampleRate, 22050);
        QCOMPARE(only("paper").sampleRate, 96000);
        QCOMPARE(only("jingle").sampleRate, 48000);
        QCOMPARE(QFileInfo(only("saddle").path).fileName(), QStringLiteral("take 12.wav"));  // by its bext description only
        for (const char* words : {"cloth", "paper", "jingle", "saddle"})
            QVERIFY2(std::abs(only(words).durationSeconds - 0.5) < 0.06, words);  // AAC and MP3 pad a little
    }

    // A corpus folder (manifest.csv as `foleyforge-train corpus` writes it, the Debian library) is indexed by its
    // manifest: each native copy once (not its 16 kHz clip), with class, package, source words and licence.
    void aCorpusIsIndexedByItsManifest()
    {
        const QString corpus = m_dir.filePath(QStringLiteral("corpus"));
        QDir().mkpath(corpus + QStringLiteral("/native/door"));
        QDir().mkpath(corpus + QStringLiteral("/clips/door"));
        QVERIFY(media::writeWav((corpus + QStringLiteral("/native/door/abc123.wav")).toStdString(), sound(0.5, 44100, false, 21)));
        QVERIFY(media::writeWav((corpus + QStringLiteral("/clips/door/abc123.wav")).toStdString(), sound(0.5, 16000, false, 21)));
        QFile manifest(corpus + QStringLiteral("/manifest.csv"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("id,class,split,package,version,licence,source,duration_s,path,native_path,sample_rate,channels,"
                       "attacks_per_s,unsteadiness_db,hf_attacks_per_s\n"
                       "abc123,door,train,freedoom,0.12,\"BSD-3-clause\",sounds/dsbdopn.wav,0.5,clips/door/abc123.wav,"
                       "native/door/abc123.wav,44100,1,,,\n");
        manifest.close();
        std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("corpus.sqlite"));
        QVERIFY(db);
        Result<ScanReport> report = scanInto(*db, QStringLiteral("debian"), corpus);
        QVERIFY2(report, report ? "" : report.error().message.c_str());
        QCOMPARE(report->files, qint64(1));
        const std::vector<SearchHit> hits = *db->search(QStringLiteral("freedoom door"), 10);
        QCOMPARE(hits.size(), size_t{1});
        QVERIFY(hits[0].path.endsWith(QStringLiteral("native/door/abc123.wav")));
        QCOMPARE(hits[0].package, QStringLiteral("freedoom"));
        QCOMPARE(hits[0].licence, QStringLiteral("BSD-3-clause"));
        QCOMPARE(hits[0].sampleRate, 44100);
        QCOMPARE(hits[0].name, QStringLiteral("dsbdopn"));  // the source's own name, not the corpus copy's hash
        QCOMPARE(db->search(QStringLiteral("dsbdopn"), 10)->size(), size_t{1});
    }

    void rescansAreIncremental()
    {
        std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("incremental.sqlite"));
        QVERIFY(db);
        QVERIFY(scanInto(*db, QStringLiteral("mine"), m_root));
        Result<ScanReport> again = scanInto(*db, QStringLiteral("mine"), m_root);
        QVERIFY(again);
        QCOMPARE(again->added, qint64(0));
        QCOMPARE(again->unchanged, qint64(6));
        // One changed, one gone, one new.
        QVERIFY(writeWav(QStringLiteral("Doors/DOORMetl_Slam_JD.wav"), sound(1.5, 44100, false, 9)));
        QVERIFY(QFile::rename(file(QStringLiteral("Foley/zipper pull ü.ogg")), m_dir.filePath(QStringLiteral("zipper aside.ogg"))));
        QVERIFY(writeWav(QStringLiteral("Foley/FOLYClth_Jacket Rustle_JD.wav"), sound(0.7, 48000, false, 10)));
        Result<ScanReport> third = scanInto(*db, QStringLiteral("mine"), m_root);
        QVERIFY(third);
        QCOMPARE(third->added, qint64(2));
        QCOMPARE(third->removed, qint64(1));
        QCOMPARE(third->unchanged, qint64(4));
        QVERIFY(db->search(QStringLiteral("zipper"), 10)->empty());
        QCOMPARE(paths(*db->search(QStringLiteral("jacket"), 10)), QStringList{QStringLiteral("FOLYClth_Jacket Rustle_JD.wav")});
        QVERIFY(std::abs(db->search(QStringLiteral("slam"), 1)->front().durationSeconds - 1.5) < 0.01);
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("zipper aside.ogg")), file(QStringLiteral("Foley/zipper pull ü.ogg"))));
        QVERIFY(QFile::remove(file(QStringLiteral("Foley/FOLYClth_Jacket Rustle_JD.wav"))));
    }

    // A library on a disk that is gone: marked offline, its recordings kept but not offered, back when it returns.
    void anOfflineLibraryIsKeptButNotOffered()
    {
        std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("offline.sqlite"));
        QVERIFY(db);
        QVERIFY(scanInto(*db, QStringLiteral("mine"), m_root));
        const QString away = m_dir.filePath(QStringLiteral("unplugged"));
        QVERIFY(QDir().rename(m_root, away));
        // Unplugged since the scan: offline at once, nothing of it offered (a take never reaches for its files).
        QVERIFY(!db->library(QStringLiteral("mine"))->online);
        QVERIFY(db->search(QStringLiteral("creaky"), 10)->empty());
        Result<ScanReport> offline = scanInto(*db, QStringLiteral("mine"), m_root);
        QVERIFY(QDir().rename(away, m_root));
        QVERIFY(offline && !offline->online);
        QVERIFY(!db->library(QStringLiteral("mine"))->online);
        QVERIFY(db->library(QStringLiteral("mine"))->recordings > 0);
        QVERIFY(db->search(QStringLiteral("creaky"), 10)->empty());
        QVERIFY(scanInto(*db, QStringLiteral("mine"), m_root));
        QCOMPARE(db->search(QStringLiteral("creaky"), 10)->size(), size_t{1});
        QVERIFY(db->removeLibrary(QStringLiteral("mine")));
        QVERIFY(db->search(QStringLiteral("creaky"), 10)->empty());
        QCOMPARE(db->removeLibrary(QStringLiteral("mine")).error().code, ErrorCode::InvalidArgument);
    }

    void aDamagedIndexIsSetAsideAndANewerOneRefused()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile garbage(damaged);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x42'));
        garbage.close();
        Result<std::unique_ptr<LibraryDatabase>> reopened = LibraryDatabase::open(damaged);
        QVERIFY2(reopened, reopened ? "" : reopened.error().message.c_str());
        QVERIFY((*reopened)->warning().contains(QStringLiteral("set aside")));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("damaged.sqlite.corrupt-*")}).size() == 1);
        QVERIFY((*reopened)->addLibrary(QStringLiteral("fresh"), m_root));

        const QString future = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            sql.setDatabaseName(future);
            QVERIFY(sql.open());
            QSqlQuery(sql).exec(QStringLiteral("PRAGMA user_version = 99"));
            QSqlQuery(sql).exec(QStringLiteral("CREATE TABLE tomorrow(x)"));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = [&] { QFile f(future); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        Result<std::unique_ptr<LibraryDatabase>> refused = LibraryDatabase::open(future);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ProjectFutureVersion);
        QVERIFY(QString::fromStdString(refused.error().message).contains(QStringLiteral("newer FoleyForge")));
        QFile after(future);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);  // left as it was
    }

    // The dock's last search is there again, with its results, in the next session's dock.
    void theDockRemembersTheLastSearch()
    {
        const QString index = m_dir.filePath(QStringLiteral("remember.sqlite"));
        {
            std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("remember.sqlite"));
            QVERIFY(db && scanInto(*db, QStringLiteral("mine"), m_root));
        }
        qputenv("FOLEYFORGE_LIBRARY_INDEX", QFile::encodeName(index));
        {
            widgets::LibraryPanel first;
            connectLibrarySearch(&first);
            auto* query = first.findChild<QLineEdit*>(QStringLiteral("query"));
            query->clear();
            QTest::keyClicks(query, QStringLiteral("rain"));
            QTest::keyClick(query, Qt::Key_Return);
            QCOMPARE(first.findChild<QTableWidget*>(QStringLiteral("results"))->rowCount(), 1);
        }
        widgets::LibraryPanel next;
        connectLibrarySearch(&next);
        QCOMPARE(next.findChild<QLineEdit*>(QStringLiteral("query"))->text(), QStringLiteral("rain"));
        auto* results = next.findChild<QTableWidget*>(QStringLiteral("results"));
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->item(0, 0)->text(), QStringLiteral("rain loop"));
    }

    // Settings → Sound Libraries…: a folder typed in and added is indexed in the background (progress, the dialog
    // responsive), shows up with its count; rescan and remove through the buttons; a non-folder is refused.
    void theDialogAddsRescansAndRemovesThroughItsButtons()
    {
        const QString index = m_dir.filePath(QStringLiteral("dialog.sqlite"));
        SoundLibrariesDialog dialog(index);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("folder"));
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("add"));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("libraries"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
        QVERIFY(folder && add && table && status);
        QTest::keyClicks(folder, m_dir.filePath(QStringLiteral("no such folder")));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("not a folder")));
        QCOMPARE(table->rowCount(), 0);
        folder->clear();
        QGuiApplication::clipboard()->setText(m_root);  // a path with "ä" is pasted, as users do (keyClicks is ASCII)
        QTest::keyClick(folder, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(folder->text(), m_root);
        QTest::keyClick(folder, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning(), 60000);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("My Library ä"));
        QVERIFY2(table->item(0, 2)->text() == QStringLiteral("6"), qPrintable(status->text()));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));
        QVERIFY2(status->text().contains(QStringLiteral("6 new or changed")), qPrintable(status->text()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("rescan")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning(), 60000);
        QVERIFY2(status->text().contains(QStringLiteral("0 new or changed")), qPrintable(status->text()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("remove")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(QFile::exists(file(QStringLiteral("Doors/DOORMetl_Slam_JD.wav"))));  // files untouched
    }

    // The Sound Library dock in the real window: a search typed in finds the recording; "Use for Selected Onsets"
    // gives it to the selected onsets (one undo step: redo → undo → redo), saved with the project; the take made
    // from the project then plays that recording at each of them; "Let Takes Choose" gives the choice back.
    void theDockGivesARecordingToTheSelectedOnsets()
    {
        const QString index = m_dir.filePath(QStringLiteral("dock.sqlite"));
        {
            std::unique_ptr<LibraryDatabase> db = freshIndex(QStringLiteral("dock.sqlite"));
            QVERIFY(db && scanInto(*db, QStringLiteral("mine"), m_root));
        }
        qputenv("FOLEYFORGE_LIBRARY_INDEX", QFile::encodeName(index));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(qEnvironmentVariable("FOLEY_SOURCE_DIR") + QStringLiteral("/resources/demo/demo.foley")));
        core::Project& project = *window.session().project();
        const int onsets = static_cast<int>(project.onsets().count());
        QVERIFY(onsets >= 2);
        auto* editor = window.panels()->onsetEditor();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);  // select every onset

        widgets::LibraryPanel* panel = window.panels()->libraryPanel();
        auto* query = panel->findChild<QLineEdit*>(QStringLiteral("query"));
        auto* results = panel->findChild<QTableWidget*>(QStringLiteral("results"));
        QTest::keyClick(query, Qt::Key_A, Qt::ControlModifier);  // over the last search, which the dock shows again
        QTest::keyClicks(query, QStringLiteral("creaky door"));
        QCOMPARE(query->text(), QStringLiteral("creaky door"));
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(results->rowCount() >= 1);
        QCOMPARE(results->item(0, 0)->text(), QStringLiteral("DOORWood_Creaky Door Open_JD_Barn"));
        QCOMPARE(results->horizontalHeaderItem(5)->text(), QStringLiteral("Licence"));
        QCOMPARE(results->item(0, 5)->text(), QStringLiteral("your own"));  // no licence known: the user's own recording
        const QString chosen = panel->selectedPath();
        QVERIFY(chosen.endsWith(QStringLiteral("DOORWood_Creaky Door Open_JD_Barn.wav")));

        auto& stack = project.undoStack();
        const int before = stack.count();
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("use")), Qt::LeftButton);
        QCOMPARE(stack.count(), before + 1);
        auto allUse = [&](const QString& recording) {
            for (const core::Onset& o : project.onsets().onsets())
                if (o.recording != recording) return false;
            return true;
        };
        QVERIFY(allUse(chosen));
        // The onset table shows each onset's recording.
        QAbstractItemModel* table = window.panels()->onsetTable()->model();
        const int column = widgets::OnsetTableModel::RecordingColumn;
        QCOMPARE(table->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Recording"));
        QCOMPARE(table->index(0, column).data().toString(), QStringLiteral("DOORWood_Creaky Door Open_JD_Barn"));
        stack.undo();
        QVERIFY(allUse(QString()));
        stack.redo();
        QVERIFY(allUse(chosen));

        // Saved with the project and read back.
        const QString saved = m_dir.filePath(QStringLiteral("chosen ä.foley"));
        QVERIFY(core::ProjectFile::save(project, saved));
        Result<core::LoadedProject> loaded = core::ProjectFile::load(saved, core::MediaPolicy::AllowMissing);
        QVERIFY(loaded);
        for (const core::Onset& o : loaded->project->onsets().onsets()) QCOMPARE(o.recording, chosen);

        // The take plays the chosen recording at every onset (no installed library, no caption match needed).
        GenerationSnapshot snapshot = snapshotOf(project.state());
        snapshot.caption = core::Caption{QStringLiteral("glockenspiel"), core::CaptionOrigin::User};
        std::string note;
        Result<inference::GenerationRequest> request = buildGenerationRequest(snapshot, GenerationMedia{}, &note);
        QVERIFY2(request, request ? "" : request.error().message.c_str());
        QVERIFY2(QString::fromStdString(note).contains(QStringLiteral("use the recording chosen")), note.c_str());
        Result<inference::RenderedTake> take = inference::RecordingRenderer(*request->recordings.library)
                                                   .render(request->recordings.plan, {}, {48000, request->outputFrameCount(), 1, 0});
        QVERIFY2(take, take ? "" : take.error().message.c_str());
        QCOMPARE(static_cast<int>(take->provenance.events.size()), onsets);
        for (const auto& event : take->provenance.events) QCOMPARE(QString::fromStdString(event.recording.file), chosen);

        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("letTakesChoose")), Qt::LeftButton);
        QVERIFY(allUse(QString()));

        // Dragging the result onto an onset of the lane (in the selection: the whole selection takes it).
        std::unique_ptr<QMimeData> drag(results->model()->mimeData({results->model()->index(0, 0)}));
        QVERIFY(drag && drag->hasUrls());
        const widgets::OnsetLaneGeometry lane(window.session().timeline()->visibleRange(), editor->size());
        const QPointF onOnset(lane.xForTime(project.onsets().onsets().first().time), lane.baseline() - 2);
        QDragEnterEvent enter(onOnset.toPoint(), Qt::CopyAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(editor, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(onOnset, Qt::CopyAction, drag.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(editor, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(allUse(chosen));
        stack.undo();
        QVERIFY(allUse(QString()));
        QDropEvent offOnsets(QPointF(lane.xForTime(project.onsets().onsets().first().time) + 40, lane.baseline() - 2), Qt::CopyAction,
                             drag.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(editor, &offOnsets);  // between onsets: nothing to give it to
        QVERIFY(allUse(QString()));
        qunsetenv("FOLEYFORGE_LIBRARY_INDEX");
    }

    void theCliAddsListsSearchesAndRemoves()
    {
        auto cli = [](const QStringList& args, QByteArray* out = nullptr) {
            QProcess p;
            p.start(qEnvironmentVariable("FOLEY_CLI"), QStringList{QStringLiteral("library")} + args);
            p.waitForFinished(120000);
            if (out) *out = p.readAllStandardOutput();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("add"), m_root, QStringLiteral("--name"), QStringLiteral("mine")}, &out), 0);
        QVERIFY2(out.contains("6 indexed") && out.contains("1 unreadable") && out.contains("broken.wav"), out.constData());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("xdg data/foleyforge/sound-libraries.sqlite"))));
        QCOMPARE(cli({QStringLiteral("list")}, &out), 0);
        QVERIFY(out.startsWith("mine\t") && out.contains("6 recordings") && out.contains("online"));
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("creaky"), QStringLiteral("door"), QStringLiteral("--limit"), QStringLiteral("3")}, &out), 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines[0].contains("DOORWood_Creaky Door Open_JD_Barn.wav") && lines[0].contains("DOORS WOOD"), lines[0].constData());
        QVERIFY(lines.size() <= 3);
        QCOMPARE(cli({QStringLiteral("rescan"), QStringLiteral("mine")}, &out), 0);
        QVERIFY(out.contains("6 unchanged"));
        QCOMPARE(cli({QStringLiteral("add"), m_root, QStringLiteral("--name"), QStringLiteral("mine")}), 2);  // the name is taken
        QCOMPARE(cli({QStringLiteral("add"), m_dir.filePath(QStringLiteral("nowhere"))}), 2);
        QCOMPARE(cli({QStringLiteral("search")}), 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}), 2);
        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("mine")}), 0);
        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("mine")}), 2);
        QCOMPARE(cli({QStringLiteral("list")}, &out), 0);
        QVERIFY(out.trimmed().isEmpty());
    }
};

QTEST_MAIN(TstSoundLibraryIndex)
#include "tst_soundlibraryindex.moc"
