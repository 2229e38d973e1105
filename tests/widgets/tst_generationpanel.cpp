// GenerationPanel: the values set with real input reach the intents; Generate is off (and says why) without an
// engine; render and take rate choices (variation belongs to the neural render); region mode follows the timeline
// selection; progress and Cancel; slider gestures are one undo step.
#include "WidgetTestSupport.h"

#include "app/gui/IntentRouter.h"
#include "core/model/Project.h"
#include "core/timeline/TimelineState.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/generation/SliderSpinBox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QToolButton>

#include <memory>

using namespace foley;
using foley::core::GenerationParameters;
using foley::core::TakeRender;
using foley::widgets::GenerationPanel;

class TstGenerationPanel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void generateIsOffWithoutEngineAndSaysWhy();
    void generateSendsTheValuesSet();
    void seedLockAndNewSeed();
    void regionModeNeedsASelection();
    void progressAndCancel();
    void sliderDragIsOneUndoStep();

private:
    std::unique_ptr<core::TimelineState> m_timeline;
    std::unique_ptr<core::Project> m_project;
    std::unique_ptr<GenerationPanel> m_panel;
    std::unique_ptr<app::IntentRouter> m_router;
};

void TstGenerationPanel::init()
{
    m_timeline = std::make_unique<core::TimelineState>();
    m_timeline->setDuration(30 * kProjectRate);
    m_project = std::make_unique<core::Project>();
    m_panel = std::make_unique<GenerationPanel>(m_timeline.get());
    m_panel->setSettings(&m_project->settings());
    m_panel->setGestureIdSource(testing::projectGestures(*m_project));
    // The app's own wiring: settings intents become commands on the project's stack. Generate is not routed (it
    // goes to the generation controller), so the tests read generateRequested with a spy.
    m_router = std::make_unique<app::IntentRouter>();
    m_router->setProject(m_project.get());
    m_router->route(m_panel.get());
    m_panel->resize(420, 460);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TstGenerationPanel::cleanup()
{
    m_router.reset();
    m_panel.reset();
    m_project.reset();
    m_timeline.reset();
}

void TstGenerationPanel::generateIsOffWithoutEngineAndSaysWhy()
{
    QSignalSpy spy(m_panel.get(), &GenerationPanel::generateRequested);
    QVERIFY(!m_panel->generateButton()->isEnabled());  // the default: no engine until the app says so
    m_panel->setEngineAvailable(false, QStringLiteral("No model pack in /opt/foley/models (model.json missing)"));
    QVERIFY(!m_panel->generateButton()->isEnabled());
    QVERIFY(m_panel->statusLabel()->isVisible());
    QVERIFY(m_panel->statusLabel()->text().contains(QStringLiteral("model.json missing")));
    QTest::mouseClick(m_panel->generateButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 0);
    m_panel->setEngineAvailable(true);
    QVERIFY(m_panel->generateButton()->isEnabled());
    QVERIFY(!m_panel->statusLabel()->isVisible());
}

void TstGenerationPanel::generateSendsTheValuesSet()
{
    m_panel->setEngineAvailable(true);
    QSignalSpy spy(m_panel.get(), &GenerationPanel::generateRequested);
    // Steps: type 40 and Enter.
    QDoubleSpinBox* steps = m_panel->stepsControl()->spinBox();
    steps->setFocus();
    steps->selectAll();
    QTest::keyClicks(steps, "40");
    QTest::keyClick(steps, Qt::Key_Return);
    // Guidance: three steps up with the keyboard on the slider (0.1 each).
    QSlider* guidance = m_panel->guidanceControl()->slider();
    guidance->setFocus();
    for (int i = 0; i < 3; ++i) QTest::keyClick(guidance, Qt::Key_Right);
    // Temporal strength: End key on the slider = maximum (2.0).
    QTest::keyClick(m_panel->temporalControl()->slider(), Qt::Key_End);
    // Take rate: from recordings (the default), 96 kHz with the keyboard (End = the last choice).
    QVERIFY(m_panel->rateControl()->isEnabled());
    QVERIFY(!m_panel->variationControl()->isEnabled());  // variation is the neural render's
    QTest::keyClick(m_panel->rateControl(), Qt::Key_End);
    QCOMPARE(m_project->settings().parameters().sampleRate, 96000);
    // Render: neural (Down on the combo), which enables variation and disables the take rate.
    QTest::keyClick(m_panel->renderControl(), Qt::Key_Down);
    QVERIFY(m_project->settings().parameters().render == TakeRender::Neural);
    QVERIFY(m_panel->variationControl()->isEnabled());
    QVERIFY(!m_panel->rateControl()->isEnabled());
    // Variation: Home on the slider = 0 (keep the retrieved recordings).
    QTest::keyClick(m_panel->variationControl()->slider(), Qt::Key_Home);
    // Seed: type it.
    QLineEdit* seed = m_panel->seedEdit();
    seed->setFocus();
    seed->selectAll();
    QTest::keyClicks(seed, "1234");
    QTest::keyClick(seed, Qt::Key_Return);
    QTest::mouseClick(m_panel->generateButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const auto p = spy[0][0].value<GenerationParameters>();
    QCOMPARE(p.steps, 40);
    QVERIFY(std::abs(p.guidance - (GenerationParameters::kDefaultGuidance + 0.3)) < 1e-9);
    QCOMPARE(p.temporalStrength, 2.0);
    QCOMPARE(p.variation, 0.0);
    QVERIFY(p.render == TakeRender::Neural);
    QCOMPARE(p.sampleRate, 96000);
    QCOMPARE(p.semanticStrength, GenerationParameters::kDefaultStrength);
    QCOMPARE(p.seed, qint64(1234));
    QVERIFY(!p.region);
    QCOMPARE(m_project->settings().parameters().steps, 40);  // the settings went through the commands
}

void TstGenerationPanel::seedLockAndNewSeed()
{
    QSignalSpy spy(m_panel.get(), &GenerationPanel::settingsEditRequested);
    QTest::mouseClick(m_panel->seedLockButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy[0][0].value<GenerationParameters>().seedLocked);
    QVERIFY(m_project->settings().parameters().seedLocked);
    QTest::mouseClick(m_panel->newSeedButton(), Qt::LeftButton);
    QTest::mouseClick(m_panel->newSeedButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 3);
    const qint64 first = spy[1][0].value<GenerationParameters>().seed;
    const qint64 second = spy[2][0].value<GenerationParameters>().seed;
    QVERIFY(first != second);  // two fresh draws (equal by a 1 in 2^31 chance)
    QCOMPARE(m_project->settings().parameters().seed, second);
    QCOMPARE(m_panel->seedEdit()->text(), QString::number(second));
    QVERIFY(m_project->settings().parameters().seedLocked);  // a new seed keeps the lock
    QCOMPARE(m_project->undoStack().count(), 3);  // three clicks, three steps
}

void TstGenerationPanel::regionModeNeedsASelection()
{
    m_panel->setEngineAvailable(true);
    QSignalSpy spy(m_panel.get(), &GenerationPanel::generateRequested);
    QTest::mouseClick(m_panel->regionButton(), Qt::LeftButton);
    QVERIFY(m_panel->regionButton()->isChecked());
    QVERIFY(!m_panel->generateButton()->isEnabled());  // nothing selected yet
    QVERIFY(m_panel->statusLabel()->isVisible());
    QTest::keyClick(m_panel->temporalControl()->slider(), Qt::Key_Home);  // another setting changes meanwhile
    QVERIFY(m_panel->regionButton()->isChecked());  // region mode still waits for a selection
    const core::SampleTimeRange span{4 * kProjectRate, 6 * kProjectRate};
    m_timeline->setSelection(span);
    QVERIFY(m_panel->generateButton()->isEnabled());
    QTest::mouseClick(m_panel->generateButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<GenerationParameters>().region, std::optional<core::SampleTimeRange>(span));
    QTest::mouseClick(m_panel->wholeClipButton(), Qt::LeftButton);
    QTest::mouseClick(m_panel->generateButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 2);
    QVERIFY(!spy[1][0].value<GenerationParameters>().region);
}

void TstGenerationPanel::progressAndCancel()
{
    m_panel->setEngineAvailable(true);
    QSignalSpy cancel(m_panel.get(), &GenerationPanel::cancelRequested);
    m_panel->setGenerating(true);
    QVERIFY(!m_panel->generateButton()->isEnabled());
    QVERIFY(m_panel->cancelButton()->isVisible() && m_panel->cancelButton()->isEnabled());
    m_panel->setProgress(0.5, QStringLiteral("step 10/20"));
    QCOMPARE(m_panel->progressBar()->value(), 500);
    QVERIFY(m_panel->progressBar()->isVisible());
    QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    m_panel->setGenerating(false);
    QVERIFY(m_panel->generateButton()->isEnabled());
    QVERIFY(!m_panel->cancelButton()->isVisible());
}

void TstGenerationPanel::sliderDragIsOneUndoStep()
{
    QSlider* slider = m_panel->semanticControl()->slider();
    const double before = m_project->settings().parameters().semanticStrength;
    // A real drag of the handle: press on it, move right in steps, release.
    const QRect groove = slider->rect();
    const int handleX = static_cast<int>(groove.width() * (before / 2.0));
    const int y = groove.center().y();
    testing::drag(slider, {QPoint(handleX, y), QPoint(handleX - 20, y), QPoint(handleX - 40, y), QPoint(handleX - 60, y)});
    const double after = m_project->settings().parameters().semanticStrength;
    QVERIFY(after < before);
    QCOMPARE(m_project->undoStack().count(), 1);  // many values, one step
    m_project->undoStack().undo();
    QCOMPARE(m_project->settings().parameters().semanticStrength, before);
    QCOMPARE(m_panel->semanticControl()->value(), before);  // the panel follows the model back
    m_project->undoStack().redo();
    QCOMPARE(m_panel->semanticControl()->value(), after);
}

QTEST_MAIN(TstGenerationPanel)
#include "tst_generationpanel.moc"
