#include "LayeringRules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// Enforces the dependency rule (docs/ARCHITECTURE.md, section 1) on the real source tree, and proves the checker
// bites on a planted violation.
class TstLayering : public QObject {
    Q_OBJECT

private slots:
    void sourceTreeFollowsTheDependencyRule()
    {
        const QString root = qEnvironmentVariable("FOLEY_SOURCE_DIR");
        QVERIFY2(QDir(root + "/core").exists(), qPrintable("FOLEY_SOURCE_DIR not set to the repository: " + root));
        const auto violations = LayeringRules::check(root);
        QStringList report;
        for (const auto& v : violations)
            report << QString("%1:%2 includes <%3>: %4").arg(v.file).arg(v.line).arg(v.include, v.reason);
        QVERIFY2(violations.isEmpty(), qPrintable(report.join('\n')));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("include");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("core uses QtCore") << "core/model/Project.h" << "QObject" << true;
        QTest::newRow("core uses QUndoStack (QtGui)") << "core/model/Project.h" << "QUndoStack" << true;
        QTest::newRow("core uses widgets") << "core/model/Project.h" << "QWidget" << false;
        QTest::newRow("core uses QtWidgets module") << "core/model/Project.h" << "QtWidgets/QLabel" << false;
        QTest::newRow("core uses torch") << "core/model/Project.cpp" << "torch/torch.h" << false;
        QTest::newRow("core uses libav") << "core/project/X.cpp" << "libavformat/avformat.h" << false;
        QTest::newRow("core includes widgets/") << "core/model/X.cpp" << "widgets/SpectrogramView.h" << false;
        QTest::newRow("core includes dsp") << "core/model/X.cpp" << "core/dsp/MelSpectrogram.h" << true;
        QTest::newRow("dsp uses Qt") << "core/dsp/Stft.cpp" << "QVector" << false;
        QTest::newRow("dsp uses fftw") << "core/dsp/Stft.cpp" << "fftw3.h" << true;
        QTest::newRow("media uses libav") << "core/media/Probe.cpp" << "libavformat/avformat.h" << true;
        QTest::newRow("media uses Qt") << "core/media/Probe.cpp" << "QString" << false;
        QTest::newRow("media includes model") << "core/media/Probe.cpp" << "core/model/Project.h" << false;
        QTest::newRow("inference uses torch") << "inference/Engine.cpp" << "torch/torch.h" << true;
        QTest::newRow("inference uses Qt") << "inference/Engine.cpp" << "QString" << false;
        QTest::newRow("inference includes core model") << "inference/Engine.cpp" << "core/model/Project.h" << false;
        QTest::newRow("inference decodes through core/media") << "inference/retrieval/SoundLibrary.cpp" << "core/media/AudioDecoder.h" << true;
        QTest::newRow("retrieval reads the class words") << "inference/retrieval/RetrievalPlanner.cpp" << "inference/text/SoundClassVocabulary.h" << true;
        QTest::newRow("text includes retrieval") << "inference/text/CaptionWriter.cpp" << "inference/retrieval/SoundLibrary.h" << false;
        QTest::newRow("retrieval includes training") << "inference/retrieval/X.cpp" << "inference/training/CaptionWriter.h" << false;
        QTest::newRow("training uses retrieval") << "inference/training/SceneSampler.cpp" << "inference/retrieval/ScaffoldComposer.h" << true;
        QTest::newRow("nn includes render") << "inference/nn/Vocoder.cpp" << "inference/render/RenderMode.h" << false;
        QTest::newRow("widgets uses qcustomplot") << "widgets/SpectrogramView.cpp" << "qcustomplot.h" << true;
        QTest::newRow("widgets includes core") << "widgets/OnsetEditor.cpp" << "core/model/OnsetTrack.h" << true;
        QTest::newRow("widgets includes media") << "widgets/VideoView.cpp" << "core/media/Probe.h" << false;
        QTest::newRow("widgets uses torch") << "widgets/VideoView.cpp" << "torch/script.h" << false;
        QTest::newRow("widgets includes inference") << "widgets/GenerationPanel.cpp" << "inference/Engine.h" << false;
        QTest::newRow("app writes with QSaveFile") << "app/cli/CreditsCommand.cpp" << "QSaveFile" << false;
        QTest::newRow("core writes with QSaveFile") << "core/io/OnsetFile.cpp" << "QtCore/QSaveFile" << false;
        QTest::newRow("app uses everything") << "app/gui/MainWindow.cpp" << "inference/Engine.h" << true;
    }

    void verdicts()
    {
        QFETCH(QString, file);
        QFETCH(QString, include);
        QFETCH(bool, allowed);
        QCOMPARE(LayeringRules::forbiddenReason(file, include).isEmpty(), allowed);
    }

    void plantedViolationIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath("core/model"));
        QFile bad(dir.path() + "/core/model/Bad.h");
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("#pragma once\n#include <QObject>\n#include <QMainWindow>\n");
        bad.close();
        const auto violations = LayeringRules::check(dir.path());
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().line, 3);
        QCOMPARE(violations.first().include, QString("QMainWindow"));
    }
};

QTEST_GUILESS_MAIN(TstLayering)
#include "tst_layering.moc"
