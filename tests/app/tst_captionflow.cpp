// Caption from Video in the real window, through real input events, against a stand-in server on 127.0.0.1:
// propose -> accept -> undo -> redo, reject, a failure, cancel, and Settings -> Captioning's Test connection.
#include "app/gui/CaptionController.h"
#include "app/gui/CaptioningSettingsDialog.h"
#include "app/gui/EditorPanels.h"
#include "app/gui/MainActions.h"
#include "app/gui/MainWindow.h"
#include "tests/support/StandInChatServer.h"
#include "widgets/caption/CaptionEditor.h"
#include "widgets/caption/CaptionOriginBadge.h"
#include "widgets/caption/CaptionProposalBox.h"
#include "widgets/caption/CommitPlainTextEdit.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using foley::app::MainWindow;
using foley::app::captioning::CaptioningSettings;
using foley::test::StandInChatServer;
using foley::test::StandInReply;

class TstCaptionFlow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_video;
    StandInChatServer m_server;

    static foley::widgets::CaptionEditor* editorOf(MainWindow& window) { return window.panels()->captionEditor(); }
    static foley::widgets::CaptionProposalBox* boxOf(MainWindow& window) { return editorOf(window)->proposalBox(); }

    void useServer(int timeoutSeconds = 30)
    {
        CaptioningSettings s;
        s.baseUrl = m_server.baseUrl();
        s.model = QStringLiteral("moondream");
        s.keyframeCount = 2;
        s.timeoutSeconds = timeoutSeconds;
        QSettings store;
        s.save(store);
    }

    // Opens the video in a shown window with a caption typed by hand (one undo step).
    bool openWithTypedCaption(MainWindow& window)
    {
        window.show();
        if (!window.openPath(m_video)) return false;
        auto* edit = editorOf(window)->captionEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("typed by hand"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        return window.session().project()->captions().caption().text == QStringLiteral("typed by hand");
    }

    static void click(QPushButton* button)
    {
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // the captioning settings go to a throw-away settings file
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(QFile::copy(qEnvironmentVariable("FOLEY_SOURCE_DIR") + QStringLiteral("/resources/demo/demo.mp4"), m_video));
        useServer();
    }

    void proposeAcceptUndoRedo()
    {
        m_server.setReply(StandInReply::chat(QStringLiteral(
            "```json\n{\"caption\": \"Boots crunch on gravel\", \"negative\": \"music\", \"segments\": "
            "[{\"start\": 0.5, \"end\": 1.5, \"text\": \"a door creaks\"}]}\n```")));
        MainWindow window;
        QVERIFY(openWithTypedCaption(window));
        auto* project = window.session().project();
        const int steps = project->undoStack().count();
        auto* box = boxOf(window);

        click(editorOf(window)->fromVideoButton());
        QTRY_VERIFY_WITH_TIMEOUT(box->acceptButton()->isVisible(), 60000);
        QCOMPARE(box->proposedText()->toPlainText(), QStringLiteral("Boots crunch on gravel"));
        QVERIFY(box->statusLabel()->text().contains(QStringLiteral("moondream")));
        // A proposal only: nothing has changed yet.
        QCOMPARE(project->captions().caption().text, QStringLiteral("typed by hand"));
        QCOMPARE(project->undoStack().count(), steps);

        click(box->acceptButton());
        QVERIFY(!box->isVisible());
        QCOMPARE(project->undoStack().count(), steps + 1);
        const auto accepted = [&] {
            QCOMPARE(project->captions().caption().text, QStringLiteral("Boots crunch on gravel"));
            QCOMPARE(project->captions().caption().origin, foley::core::CaptionOrigin::Mllm);
            QCOMPARE(project->captions().caption().source.server, m_server.baseUrl());
            QCOMPARE(project->captions().negativePrompt(), QStringLiteral("music"));
            QCOMPARE(project->captions().segments().size(), 1);
            QVERIFY(editorOf(window)->originBadge()->text().contains(QStringLiteral("moondream")));
            QCOMPARE(editorOf(window)->captionEdit()->toPlainText(), QStringLiteral("Boots crunch on gravel"));
        };
        accepted();

        window.actions()->undo->trigger();
        QCOMPARE(project->captions().caption().text, QStringLiteral("typed by hand"));
        QCOMPARE(project->captions().caption().origin, foley::core::CaptionOrigin::User);
        QVERIFY(project->captions().negativePrompt().isEmpty());
        QVERIFY(project->captions().segments().isEmpty());
        QCOMPARE(editorOf(window)->originBadge()->origin(), foley::core::CaptionOrigin::User);
        window.actions()->redo->trigger();
        accepted();
    }

    void rejectChangesNothing()
    {
        m_server.setReply(StandInReply::chat(QStringLiteral("Rain on a tin roof.")));
        MainWindow window;
        QVERIFY(openWithTypedCaption(window));
        auto* project = window.session().project();
        const int steps = project->undoStack().count();
        window.actions()->captionFromVideo->trigger();  // the Analyze menu's entry
        QTRY_VERIFY_WITH_TIMEOUT(boxOf(window)->rejectButton()->isVisible(), 60000);
        click(boxOf(window)->rejectButton());
        QVERIFY(!boxOf(window)->isVisible());
        QCOMPARE(project->captions().caption().text, QStringLiteral("typed by hand"));
        QCOMPARE(project->undoStack().count(), steps);
    }

    void aFailureIsShownAndChangesNothing()
    {
        m_server.setReply(StandInReply::json(R"({"error":"model is loading"})", 503, "Service Unavailable"));
        MainWindow window;
        QVERIFY(openWithTypedCaption(window));
        auto* project = window.session().project();
        const int steps = project->undoStack().count();
        click(editorOf(window)->fromVideoButton());
        QTRY_VERIFY_WITH_TIMEOUT(boxOf(window)->statusLabel()->text().contains(QStringLiteral("503: model is loading")), 60000);
        QVERIFY(!boxOf(window)->acceptButton()->isVisible());
        QCOMPARE(project->captions().caption().text, QStringLiteral("typed by hand"));
        QCOMPARE(project->undoStack().count(), steps);
        click(boxOf(window)->rejectButton());  // Dismiss
        QVERIFY(!boxOf(window)->isVisible());
    }

    void cancelStopsTheRequest()
    {
        StandInReply silent;
        silent.silent = true;
        m_server.setReply(silent);
        m_server.clearRequests();
        MainWindow window;
        QVERIFY(openWithTypedCaption(window));
        auto* project = window.session().project();
        const int steps = project->undoStack().count();
        click(editorOf(window)->fromVideoButton());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests().size(), 1, 60000);
        QVERIFY(boxOf(window)->statusLabel()->text().contains(QStringLiteral("keyframe")) ||
                boxOf(window)->statusLabel()->text().contains(QStringLiteral("waiting for the model")));
        click(boxOf(window)->cancelButton());
        QVERIFY(!window.captioning()->isRunning());
        QVERIFY(!boxOf(window)->isVisible());
        QCOMPARE(project->undoStack().count(), steps);
    }

    void testConnectionListsTheModels()
    {
        m_server.setReply(StandInReply::json(R"({"object":"list","data":[{"id":"moondream"},{"id":"qwen2.5vl:3b"}]})"));
        foley::app::CaptioningSettingsDialog dialog;
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("baseUrl"));
        url->selectAll();
        QTest::keyClicks(url, m_server.baseUrl());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult()->text().contains(QStringLiteral("qwen2.5vl:3b")), 10000);
        QCOMPARE(dialog.settings().baseUrl, m_server.baseUrl());

        foley::app::CaptioningSettingsDialog refused;
        auto* badUrl = refused.findChild<QLineEdit*>(QStringLiteral("baseUrl"));
        badUrl->selectAll();
        QTest::keyClicks(badUrl, QStringLiteral("http://127.0.0.1:%1/v1").arg(StandInChatServer::closedPort()));
        QTest::mouseClick(refused.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(refused.testResult()->text().contains(QStringLiteral("connection refused")), 10000);
    }
};

QTEST_MAIN(TstCaptionFlow)
#include "tst_captionflow.moc"
