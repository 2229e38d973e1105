#include "app/gui/EditorPanels.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SoundOnsetSettingsDialog.h"
#include "core/media/WavFile.h"
#include "widgets/caption/CaptionEditor.h"
#include "widgets/caption/CommitPlainTextEdit.h"
#include "widgets/onsets/OnsetTrackEditor.h"
#include "widgets/playback/PlaybackController.h"
#include "widgets/spectrogram/SpectrogramView.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <cstdlib>
#include <random>

using foley::app::MainWindow;
using foley::kProjectRate;

namespace {

// Closes any modal message box shortly after it opens, so error paths can be driven headless; counts them.
class ModalCloser : public QObject {
public:
    ModalCloser()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                m_lastText = box->text();
                ++m_closed;
                box->done(QMessageBox::No);
            }
        });
        m_timer.start();
    }
    int closed() const { return m_closed; }
    QString lastText() const { return m_lastText; }

private:
    QTimer m_timer;
    int m_closed = 0;
    QString m_lastText;
};

QString demoVideo()
{
    return qEnvironmentVariable("FOLEY_SOURCE_DIR") + QStringLiteral("/resources/demo/demo.mp4");
}

// 3 s of faint noise with clicks: a loud one at 1.0 s, a -17 dB one 120 ms later (inside the loud one's masking
// span), another loud one at 2.2 s.
bool writeClicks(const QString& path)
{
    std::vector<float> x(3 * 16000);
    std::mt19937 rng(2);
    std::normal_distribution<float> noise(0.0f, 0.002f);
    for (auto& v : x) v = noise(rng);
    const std::pair<double, float> clicks[] = {{1.0, 0.7f}, {1.12, 0.1f}, {2.2, 0.7f}};
    for (const auto& [t, a] : clicks)
        for (size_t i = 0; i < 40; ++i)
            x[static_cast<size_t>(t * 16000) + i] += a * static_cast<float>(std::exp(-static_cast<double>(i) / 6.0)) * (i % 2 ? -1.0f : 1.0f);
    return foley::media::writeWav(path.toStdString(), foley::AudioBuffer(x, 16000, 1)).ok();
}

// Answers the next SoundOnsetSettingsDialog with real key events: `typed` into the masking span, then Return (or
// Escape when `typed` is empty).
void answerSoundOnsetDialog(const QString& typed)
{
    QTimer::singleShot(50, [typed] {
        auto* dialog = qobject_cast<foley::app::SoundOnsetSettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog) return answerSoundOnsetDialog(typed);  // not open yet
        auto* span = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("maskingSeconds"));
        if (typed.isEmpty()) return QTest::keyClick(span, Qt::Key_Escape);
        QTest::keyClick(span, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(span, typed);
        QTest::keyClick(span, Qt::Key_Return);
    });
}

}  // namespace

class TstMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // recent files and layout go to a throw-away settings file
        QVERIFY2(QFile::exists(demoVideo()), qPrintable(demoVideo()));
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath(QStringLiteral("démo clip ü.mp4"));  // spaces and non-ASCII on purpose
        QVERIFY(QFile::copy(demoVideo(), m_video));
    }

    void opensAVideoAndComputesItsSpectrogramInTheBackground()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(m_video));
        const auto* timeline = window.session().timeline();
        QVERIFY(std::llabs(timeline->duration() - 6 * kProjectRate) < kProjectRate / 10);
        QCOMPARE(timeline->frameRate(), (foley::Rational{25, 1}));
        auto views = window.findChildren<foley::widgets::SpectrogramView*>();
        QVERIFY(!views.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(views.first()->pyramid() != nullptr, 20000);
        QVERIFY(views.first()->pyramid()->frameCount(0) > 500);  // 6 s at 100 frames per second
    }

    void keysMoveThePlayheadAndThePlayerFollows()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(m_video));
        auto* timeline = window.session().timeline();
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(timeline->playhead(), kProjectRate / 25);  // one frame at 25 fps
        QTest::keyClick(&window, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(timeline->playhead(), kProjectRate / 25 + kProjectRate);
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(timeline->playhead(), timeline->duration());
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(timeline->playhead(), 0);
        timeline->setPlayhead(2 * kProjectRate);
        QTRY_VERIFY_WITH_TIMEOUT(std::llabs(window.playback()->videoPositionMs() - 2000) <= 40, 10000);
    }

    void tappingAnOnsetIsUndoable()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(m_video));
        auto* editor = window.panels()->onsetEditor();
        auto* project = window.session().project();
        window.session().timeline()->setPlayhead(kProjectRate);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Semicolon);
        QCOMPARE(project->onsets().count(), 1);
        QCOMPARE(project->onsets().onsets().first().time, kProjectRate);
        QVERIFY(window.isWindowModified());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(project->onsets().count(), 0);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(project->onsets().count(), 1);
    }

    // Analyze → Detect Onsets from Sound… asks how long a louder hit masks a quieter one: 0 proposes every attack,
    // the default span folds the weak click into the loud one; Cancel detects nothing.
    void detectingFromSoundAsksForTheMaskingSpan()
    {
        const QString wav = m_dir.filePath(QStringLiteral("clicks ü.wav"));
        QVERIFY(writeClicks(wav));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(wav));
        auto* editor = window.panels()->onsetEditor();
        QAction* detect = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text().startsWith(QStringLiteral("Detect Onsets from &Sound"))) detect = a;
        QVERIFY(detect);

        answerSoundOnsetDialog(QStringLiteral("0"));
        detect->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(editor->proposals().size()), 3, 20000);
        QVERIFY(std::llabs(editor->proposals()[1].time - 112 * kProjectRate / 100) < kProjectRate / 100);

        answerSoundOnsetDialog(QStringLiteral("0.6"));
        detect->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(editor->proposals().size()), 2, 20000);

        emit editor->rejectProposalsRequested(editor->proposals());  // as "Reject all proposals" does
        QVERIFY(editor->proposals().isEmpty());
        answerSoundOnsetDialog({});
        detect->trigger();
        QTest::qWait(300);
        QCOMPARE(static_cast<int>(editor->proposals().size()), 0);
    }

    void savedProjectReopensWithItsEdits()
    {
        const QString path = m_dir.filePath(QStringLiteral("mon projet.foley"));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openPath(m_video));
            auto* editor = window.panels()->onsetEditor();
            editor->setFocus();
            for (int second : {1, 3}) {
                window.session().timeline()->setPlayhead(second * kProjectRate);
                QTest::keyClick(editor, Qt::Key_Semicolon);
            }
            QVERIFY(window.session().saveAs(path).ok());
            QVERIFY(!window.isWindowModified());
        }
        MainWindow reopened;
        reopened.show();
        QVERIFY(reopened.openPath(path));
        const auto& onsets = reopened.session().project()->onsets().onsets();
        QCOMPARE(onsets.size(), 2);
        QCOMPARE(onsets[0].time, kProjectRate);
        QCOMPARE(onsets[1].time, 3 * kProjectRate);
        QCOMPARE(reopened.session().project()->mediaReference().path(), m_video);
    }

    // A field commits when it is left; Save (here its shortcut, typed while the caption box still has the focus)
    // must not save the project without what is being typed. Fails if saving reads the project as it is.
    void savingWhileTypingACaptionSavesWhatWasTyped()
    {
        const QString path = m_dir.filePath(QStringLiteral("typed caption.foley"));
        const QString typed = QStringLiteral("glass shatters on a tiled floor");
        {
            MainWindow window;
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(window.openPath(m_video));
            QVERIFY(window.session().saveAs(path).ok());
            auto* caption = window.panels()->captionEditor()->captionEdit();
            QTest::mouseClick(caption->viewport(), Qt::LeftButton);
            QTRY_VERIFY(caption->hasFocus());
            QTest::keyClick(caption, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(caption, typed);
            QCOMPARE(window.session().project()->captions().caption().text == typed, false);  // not committed yet
            QTest::keyClick(caption, Qt::Key_S, Qt::ControlModifier);  // File > Save
            QCOMPARE(window.session().project()->captions().caption().text, typed);
            QVERIFY(!window.isWindowModified());
            QTest::keyClicks(caption, QStringLiteral(" and more"));  // destroyed mid-edit: nothing committed, no crash
        }
        MainWindow reopened;
        reopened.show();
        QVERIFY(reopened.openPath(path));
        QCOMPARE(reopened.session().project()->captions().caption().text, typed);
    }

    void corruptMediaAndBrokenProjectsLeaveTheOpenProjectIntact()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(m_video));
        window.session().timeline()->setPlayhead(kProjectRate / 2);
        window.panels()->onsetEditor()->tapAtPlayhead();
        auto* before = window.session().project();
        QCOMPARE(before->onsets().count(), 1);

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.mp4"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        const QString broken = m_dir.filePath(QStringLiteral("broken.foley"));
        QFile project(broken);
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.write("{\"format\": \"foleyforge-project\", \"version\": 1, \"onsets\": [");
        project.close();

        ModalCloser closer;
        QVERIFY(!window.openPath(garbage));
        QVERIFY(!window.openPath(broken));
        QCOMPARE(closer.closed(), 2);
        QVERIFY(closer.lastText().contains(QStringLiteral("broken.foley")));
        QCOMPARE(window.session().project(), before);
        QCOMPARE(before->onsets().count(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_video;
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
