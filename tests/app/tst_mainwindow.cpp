#include "app/gui/EditorPanels.h"
#include "app/gui/MainWindow.h"
#include "widgets/onsets/OnsetTrackEditor.h"
#include "widgets/playback/PlaybackController.h"
#include "widgets/spectrogram/SpectrogramView.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cstdlib>

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
