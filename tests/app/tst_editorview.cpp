#include "app/gui/MainWindow.h"
#include "app/gui/SpectrogramMenus.h"
#include "widgets/playback/PlaybackController.h"
#include "widgets/playback/TransportBar.h"
#include "widgets/spectrogram/SpectrogramView.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

using foley::app::MainWindow;

// Editor view options through the real window: the linear-frequency spectrogram toggle and the monitor mix gains.
class TstEditorView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_video;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(QFile::copy(qEnvironmentVariable("FOLEY_SOURCE_DIR") + QStringLiteral("/resources/demo/demo.mp4"), m_video));
    }

    void viewMenuSwitchesTheSpectrogramToLinearFrequencyAndBack()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(m_video));
        auto* view = window.findChildren<foley::widgets::SpectrogramView*>().first();
        QTRY_VERIFY_WITH_TIMEOUT(view->pyramid() != nullptr, 20000);
        QCOMPARE(view->pyramid()->frequencyScale(), foley::dsp::FrequencyScale::Mel);
        QCOMPARE(view->pyramid()->binCount(), 64);

        auto* linear = window.findChild<QAction*>(QLatin1String(foley::app::SpectrogramMenus::kLinearActionName));
        QVERIFY(linear);
        auto* menu = qobject_cast<QMenu*>(linear->parent());  // the View menu
        QVERIFY(menu);
        menu->popup(window.mapToGlobal(QPoint(40, 40)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(linear).center());
        QVERIFY(linear->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(view->pyramid() && view->pyramid()->frequencyScale() == foley::dsp::FrequencyScale::Linear, 20000);
        QCOMPARE(view->pyramid()->binCount(), 128);
        QVERIFY(view->shownTitle().contains(QStringLiteral("linear")));
        QVERIFY(view->pyramid()->frameCount(0) > 500);
        QVERIFY(view->refresh() > 0);

        menu->popup(window.mapToGlobal(QPoint(40, 40)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(linear).center());
        QTRY_VERIFY_WITH_TIMEOUT(view->pyramid() && view->pyramid()->frequencyScale() == foley::dsp::FrequencyScale::Mel, 20000);
        QVERIFY(!view->shownTitle().contains(QStringLiteral("linear")));
    }

    void mixSlidersSetTheMonitorGains()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* transport = window.findChild<foley::widgets::TransportBar*>();
        QVERIFY(transport);
        auto* playback = window.playback();
        QCOMPARE(transport->originalGainSlider()->value(), 100);
        QCOMPARE(playback->originalGain(), 1.0f);

        // A click in the groove moves the handle one page (10 %) towards the click, as in any Qt slider.
        QSlider* original = transport->originalGainSlider();
        const QPoint leftEnd(2, original->height() / 2);
        for (int i = 0; i < 10; ++i) QTest::mouseClick(original, Qt::LeftButton, {}, leftEnd);
        QCOMPARE(original->value(), 0);
        QCOMPARE(playback->originalGain(), 0.0f);
        QTest::mouseClick(original, Qt::LeftButton, {}, QPoint(original->width() - 2, original->height() / 2));
        QCOMPARE(playback->originalGain(), 0.1f);

        QSlider* take = transport->takeGainSlider();
        QTest::mouseClick(take, Qt::LeftButton, {}, QPoint(2, take->height() / 2));
        QCOMPARE(take->value(), 90);
        QCOMPARE(playback->takeGain(), 0.9f);
        QCOMPARE(playback->originalGain(), 0.1f);  // independent
    }
};

QTEST_MAIN(TstEditorView)
#include "tst_editorview.moc"
