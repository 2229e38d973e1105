// The Export MP4 dialog driven with real input events: the loudness preset chosen from the keyboard, stems switched on
// with a click, Export pressed; the file it writes is measured by FFmpeg's ebur128 and the stems exist beside it with
// the project's onsets as cue points.
#include "app/gui/ExportController.h"
#include "core/commands/OnsetCommands.h"
#include "core/commands/TakeCommands.h"
#include "core/media/BroadcastWav.h"
#include "core/project/ProjectFile.h"

#include "../media/MediaFixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cmath>

using namespace foley;

class TstExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_report;
    bool m_dialogDriven = false;

    // Fills the dialog as a user would once it is open, then waits for the result box and keeps its text.
    void driveDialog(const QString& out)
    {
        QTimer::singleShot(50, this, [this, out] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("exportDialog")) return driveDialog(out);
            auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("outputPath"));
            QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(path, out);
            auto* preset = dialog->findChild<QComboBox*>(QStringLiteral("loudnessPreset"));
            preset->setFocus();
            QTest::keyClick(preset, Qt::Key_Down);
            QTest::keyClick(preset, Qt::Key_Down);  // Off → Broadcast → Web (-16 LUFS)
            auto* stems = dialog->findChild<QCheckBox*>(QStringLiteral("writeStems"));
            QTest::mouseClick(stems, Qt::LeftButton, {}, QPoint(5, stems->height() / 2));
            m_dialogDriven = stems->isChecked() && preset->currentIndex() == 2;
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            catchReport();
        });
    }

    void catchReport()
    {
        QTimer::singleShot(50, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return catchReport();
            m_report = box->text();
            box->accept();
        });
    }

private slots:
    void exportsNormalisedWithStems()
    {
        MediaFixtures media(m_dir.path());
        const QString video = media.videoWithAudio("clip.mp4", 3.0);
        const QString take = media.path("take.wav");
        QVERIFY(media.ffmpeg({"-f", "lavfi", "-i", "anoisesrc=d=3:c=pink:a=0.05:r=48000:seed=3", take}));
        const QString projectPath = m_dir.filePath("clip.foley");
        const CliResult made = runFoleyCli({"new", video, "--out", projectPath, "--caption", "rain on a tin roof"});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        auto loaded = core::ProjectFile::load(projectPath, core::MediaPolicy::RequirePresent);
        QVERIFY(loaded.ok());
        core::Project& project = *loaded->project;
        core::Take generated;
        generated.name = QStringLiteral("Take 1");
        generated.audioPath = take;
        project.push(new core::AddTakeCommand(&project.takes(), generated));
        project.push(new core::AddOnsetCommand(&project.onsets(), core::Onset{core::kInvalidId, 24000, 1.0, QStringLiteral("drip"), core::OnsetOrigin::Manual}));

        QWidget parent;
        parent.show();
        const QString out = m_dir.filePath("delivered.mp4");
        driveDialog(out);
        app::ExportController::run(&parent, &project);
        QTRY_VERIFY_WITH_TIMEOUT(!m_report.isEmpty(), 120000);
        QVERIFY(m_dialogDriven);
        QVERIFY2(m_report.contains("Loudness after:"), qPrintable(m_report));
        const IndependentLoudness check = media.ebur128(out);
        QVERIFY(check.ok);
        QVERIFY(std::abs(check.integratedLufs - -16.0) <= 0.5);
        QVERIFY(check.truePeakDbtp <= -1.0);
        const auto stem = media::readBroadcastWavInfo(m_dir.filePath("stems/delivered.take.wav").toStdString());
        QVERIFY2(stem.ok(), qPrintable(m_report));
        QCOMPARE(QString::fromStdString(stem->bext->description), QStringLiteral("rain on a tin roof"));
        QCOMPARE(stem->cues.size(), size_t{1});
        QCOMPARE(stem->cues[0].label, std::string("drip"));
        QVERIFY(QFileInfo::exists(m_dir.filePath("stems/delivered.mix.wav")));
    }
};

QTEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"
