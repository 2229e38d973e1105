#include "app/gui/EditorPanels.h"
#include "app/gui/GenerationController.h"
#include "app/gui/MainWindow.h"
#include "app/services/GenerationMediaDecoder.h"
#include "inference/pack/RandomPack.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/generation/SliderSpinBox.h"
#include "widgets/onsets/OnsetTrackEditor.h"
#include "widgets/spectrogram/SpectrogramView.h"
#include "widgets/takes/TakeTableModel.h"
#include "widgets/takes/TakesListView.h"

#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using foley::kProjectRate;
using foley::app::GenerationMediaDecoder;
using foley::app::MainWindow;

// The editor's Generate button end to end: the real MainWindow, real clicks and keys, the real engine on a tiny
// random-weight pack (its audio is noise: these tests check the plumbing — one undo step, cancel, region, errors).
class TstGeneration : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_video;
    QString m_pack;

    static QString demoVideo()
    {
        return qEnvironmentVariable("FOLEY_SOURCE_DIR") + QStringLiteral("/resources/demo/demo.mp4");
    }

    static foley::widgets::GenerationPanel* panel(MainWindow& window) { return window.panels()->generationPanel(); }

    // Opens the video copy and loads the random pack; returns when Generate is enabled.
    bool prepare(MainWindow& window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openPath(m_video)) return false;
        window.generation()->loadPack(m_pack);
        return QTest::qWaitFor([&] { return panel(window)->generateButton()->isEnabled(); }, 60000);
    }

    // Types a step count into the panel's spin box, as a user would.
    static void typeSteps(MainWindow& window, int steps)
    {
        QDoubleSpinBox* spin = panel(window)->stepsControl()->spinBox();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(steps));
        QTest::keyClick(spin, Qt::Key_Return);
    }

    // Waits for the running generation to end; true when the project then has `count` takes (else says why).
    static bool waitForTakes(MainWindow& window, int count)
    {
        const bool ended = QTest::qWaitFor([&] { return !panel(window)->isGenerating(); }, 180000);
        const int takes = window.session().project()->takes().count();
        if (ended && takes == count) return true;
        qWarning("generation %s with %d take(s); status: %s", ended ? "ended" : "still running", takes,
                 qPrintable(window.statusBar()->currentMessage()));
        return false;
    }

    static void tapOnsets(MainWindow& window, const QList<double>& seconds)
    {
        auto* editor = window.panels()->onsetEditor();
        editor->setFocus();
        for (double s : seconds) {
            window.session().timeline()->setPlayhead(static_cast<foley::SampleTime>(s * kProjectRate));
            QTest::keyClick(editor, Qt::Key_Semicolon);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QLatin1String(foley::app::GenerationController::kPackSettingsKey));  // no earlier run's pack
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath(QStringLiteral("clip ü.mp4"));
        QVERIFY(QFile::copy(demoVideo(), m_video));
        m_pack = m_dir.filePath(QStringLiteral("pack"));
        QVERIFY(foley::inference::makeRandomPack(m_pack.toStdString(), {}).ok());
    }

    void generateAddsOneUndoableActiveTake()
    {
        MainWindow window;
        QVERIFY(prepare(window));
        tapOnsets(window, {1.0, 2.5, 4.0});
        typeSteps(window, 4);
        auto* project = window.session().project();
        QCOMPARE(project->settings().parameters().steps, 4);
        const int undoIndex = project->undoStack().index();
        const qint64 videoSize = QFileInfo(m_video).size();

        QTest::mouseClick(panel(window)->generateButton(), Qt::LeftButton);
        QVERIFY(panel(window)->isGenerating());
        QVERIFY(waitForTakes(window, 1));
        QCOMPARE(project->undoStack().index(), undoIndex + 1);  // exactly one step
        const foley::core::Take take = project->takes().takes().first();
        QCOMPARE(project->takes().activeTakeId(), take.id);
        QCOMPARE(take.settings.steps, 4);
        QCOMPARE(take.onsets.size(), 3);
        QVERIFY(take.metrics.value(QStringLiteral("onsetF1")).isDouble());
        QVERIFY2(take.audioPath.startsWith(m_dir.filePath(QStringLiteral("clip ü.takes/"))), qPrintable(take.audioPath));
        QCOMPARE(QFileInfo(m_video).size(), videoSize);  // the source is never touched
        const auto audio = GenerationMediaDecoder::decodeModelAudio(take.audioPath);
        QVERIFY(audio.ok());
        QVERIFY(std::llabs(static_cast<long long>(audio->frameCount()) - 6 * foley::kModelRate) < foley::kModelRate / 10);
        const auto* model = window.panels()->takesList()->takeModel();
        const QString f1 = model->index(0, foley::widgets::TakeTableModel::OnsetF1Column).data().toString();
        QCOMPARE(f1, QString::number(take.metrics.value(QStringLiteral("onsetF1")).toDouble(), 'f', 2));

        // The new active take is what the take lane shows.
        auto* takeView = window.findChildren<foley::widgets::SpectrogramView*>().at(1);
        QTRY_VERIFY_WITH_TIMEOUT(takeView->pyramid() != nullptr, 20000);
        QVERIFY(std::llabs(takeView->pyramid()->frameCount(0) - 601) <= 10);  // 6 s at 100 frames per second

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(project->takes().count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(takeView->pyramid() == nullptr, 5000);
        QCOMPARE(project->takes().activeTakeId(), foley::core::kInvalidId);
        QCOMPARE(project->undoStack().index(), undoIndex);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(project->takes().count(), 1);
        QCOMPARE(project->takes().activeTakeId(), take.id);
        QCOMPARE(project->takes().takes().first(), take);
        QVERIFY(QFile::exists(take.audioPath));
    }

    void cancelStopsTheRunWithoutATake()
    {
        MainWindow window;
        QVERIFY(prepare(window));
        typeSteps(window, 200);
        auto* project = window.session().project();
        QCOMPARE(project->settings().parameters().steps, 200);
        QTest::mouseClick(panel(window)->generateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel(window)->progressBar()->maximum() > 0 && panel(window)->progressBar()->value() > 0, 60000);
        QVERIFY(panel(window)->cancelButton()->isVisible());
        QTest::mouseClick(panel(window)->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel(window)->isGenerating(), 20000);
        QCOMPARE(project->takes().count(), 0);
        QVERIFY(panel(window)->generateButton()->isEnabled());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }

    void regionRegenerationKeepsTheRestOfTheActiveTake()
    {
        MainWindow window;
        QVERIFY(prepare(window));
        typeSteps(window, 2);
        auto* project = window.session().project();
        QTest::mouseClick(panel(window)->generateButton(), Qt::LeftButton);
        QVERIFY(waitForTakes(window, 1));
        const QString first = project->takes().activeTake()->audioPath;

        window.session().timeline()->setSelection({2 * kProjectRate, 3 * kProjectRate});
        QTest::mouseClick(panel(window)->regionButton(), Qt::LeftButton);
        QVERIFY(panel(window)->regionButton()->isChecked());
        QTest::mouseClick(panel(window)->generateButton(), Qt::LeftButton);
        QVERIFY(waitForTakes(window, 2));
        const auto take = project->takes().activeTake();
        QVERIFY(take && take->audioPath != first);
        QVERIFY(take->settings.region.has_value());
        const auto before = GenerationMediaDecoder::decodeModelAudio(first);
        const auto after = GenerationMediaDecoder::decodeModelAudio(take->audioPath);
        QVERIFY(before.ok() && after.ok());
        QCOMPARE(after->frameCount(), before->frameCount());
        const size_t start = 2 * foley::kModelRate;
        const size_t end = 3 * foley::kModelRate;
        bool outsideSame = true;
        bool insideChanged = false;
        for (size_t i = 0; i < after->frameCount(); ++i) {
            const bool same = after->at(i) == before->at(i);
            if (i < start || i >= end) outsideSame = outsideSame && same;
            else insideChanged = insideChanged || !same;
        }
        QVERIFY(outsideSame);
        QVERIFY(insideChanged);
    }

    void generatedTakeSurvivesSaveAndReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("clip ü.foley"));  // its takes folder is where they went
        foley::core::Take generated;
        {
            MainWindow window;
            QVERIFY(prepare(window));
            tapOnsets(window, {2.0});
            typeSteps(window, 2);
            QTest::mouseClick(panel(window)->generateButton(), Qt::LeftButton);
            QVERIFY(waitForTakes(window, 1));
            generated = *window.session().project()->takes().activeTake();
            QVERIFY(window.session().saveAs(path).ok());
        }
        MainWindow reopened;
        reopened.show();
        QVERIFY(reopened.openPath(path));
        const auto& takes = reopened.session().project()->takes();
        QCOMPARE(takes.count(), 1);
        QCOMPARE(takes.activeTake()->audioPath, generated.audioPath);
        QCOMPARE(takes.activeTake()->settings.seed, generated.settings.seed);
        QCOMPARE(takes.activeTake()->metrics, generated.metrics);
        QVERIFY(QFile::exists(generated.audioPath));
    }

    void closingTheWindowWhileGeneratingStopsTheJob()
    {
        QElapsedTimer timer;
        {
            MainWindow window;
            QVERIFY(prepare(window));
            typeSteps(window, 200);
            QTest::mouseClick(panel(window)->generateButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(panel(window)->progressBar()->maximum() > 0 && panel(window)->progressBar()->value() > 0, 60000);
            timer.start();
        }  // the window goes while the engine samples: the job is cancelled and the thread joined
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    // The pack the product ships, loaded the way the editor loads it: Generate becomes enabled and says which pack.
    void shippedPackEnablesGenerate()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(m_video));
        window.generation()->loadPack(qEnvironmentVariable("FOLEY_SOURCE_DIR") + QStringLiteral("/resources/models/default"));
        QVERIFY(QTest::qWaitFor([&] { return panel(window)->generateButton()->isEnabled(); }, 60000));
        QVERIFY(window.generation()->packStatus().loaded);
        QCOMPARE(window.generation()->packStatus().name, QStringLiteral("foleyforge-default"));
    }

    void missingPackKeepsGenerateDisabledAndSaysWhy()
    {
        MainWindow window;
        QVERIFY(prepare(window));
        window.generation()->loadPack(m_dir.filePath(QStringLiteral("no-such-pack")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.generation()->packStatus().loaded
                                     && panel(window)->statusLabel()->text().contains(QStringLiteral("no-such-pack")), 20000);
        const QString engineMessage = QString::fromStdString(window.generation()->packStatus().error.message);
        QVERIFY(!engineMessage.isEmpty());
        QVERIFY(!panel(window)->generateButton()->isEnabled());
        QVERIFY(panel(window)->generateButton()->toolTip().contains(engineMessage));
        QVERIFY(panel(window)->statusLabel()->text().contains(engineMessage));
        // A damaged pack (a weight file changed after packing) is refused with the engine's own reason.
        const QString broken = m_dir.filePath(QStringLiteral("broken-pack"));
        QVERIFY(QDir().mkpath(broken));
        for (const QString& name : QDir(m_pack).entryList(QDir::Files)) QVERIFY(QFile::copy(QDir(m_pack).filePath(name), QDir(broken).filePath(name)));
        QFile vocabulary(QDir(broken).filePath(QStringLiteral("vocab.txt")));
        QVERIFY(vocabulary.open(QIODevice::Append));
        vocabulary.write("tampered\n");
        vocabulary.close();
        window.generation()->loadPack(broken);
        QTRY_VERIFY_WITH_TIMEOUT(!window.generation()->packStatus().loaded
                                     && window.generation()->packStatus().folder == broken, 20000);
        QCOMPARE(window.generation()->packStatus().error.code, foley::ErrorCode::InferencePackChecksum);
        QVERIFY(!panel(window)->generateButton()->isEnabled());
        QVERIFY(panel(window)->statusLabel()->text().contains(
            QString::fromStdString(window.generation()->packStatus().error.message)));
        window.generation()->loadPack(m_dir.filePath(QStringLiteral("no-such-pack")));
        QTRY_VERIFY_WITH_TIMEOUT(window.generation()->packStatus().folder.endsWith(QStringLiteral("no-such-pack")), 20000);
        // The choice is remembered: the next window loads the same (broken) folder.
        QCOMPARE(foley::app::GenerationController::configuredPackFolder(), m_dir.filePath(QStringLiteral("no-such-pack")));
    }
};

QTEST_MAIN(TstGeneration)
#include "tst_generation.moc"
