// The German translation the editor ships (lrelease'd from translations/foleyforge_de.ts into the build) reaches the
// real window: menus, docks and panels come up in German. Catches contexts that do not match what tr() looks up
// (moc names QObject contexts with their namespace, e.g. "foley::app::MainActions").
#include "app/gui/MainWindow.h"
#include "app/services/ExportJob.h"

#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QTranslator>
#include <QtTest>

using namespace foley;

class TstTranslations : public QObject {
    Q_OBJECT

private slots:
    void theWindowComesUpInGerman()
    {
        QTranslator german;
        QVERIFY2(german.load(QStringLiteral(FOLEY_GERMAN_QM)), FOLEY_GERMAN_QM);
        QCoreApplication::installTranslator(&german);
        app::MainWindow window;
        QStringList menus;
        for (QAction* action : window.menuBar()->actions()) menus << action->text();
        for (const char* title : {"&Datei", "&Bearbeiten", "&Ansicht", "&Wiedergabe", "A&nalyse", "&Hilfe"})
            QVERIFY2(menus.contains(QString::fromUtf8(title)), qPrintable(menus.join(QStringLiteral(", "))));
        // Widgets of both layers (widgets/ and app/gui/): every action and button text of the window is translated
        // where the catalogue has it; a few spot checks.
        QStringList texts;
        for (QAction* action : window.findChildren<QAction*>()) texts << action->text();
        for (QPushButton* button : window.findChildren<QPushButton*>()) texts << button->text();
        QVERIFY2(texts.contains(QStringLiteral("Ö&ffnen…")), "File → Open");
        QVERIFY2(texts.contains(QStringLiteral("Onsets &erkennen")), "Analyze → Detect Onsets");
        QVERIFY2(!texts.contains(QStringLiteral("&Open…")), "an English action text is left");
        // Sentences the services make for the window: the export's summary.
        app::ExportSummary summary;
        summary.media.videoDurationSeconds = summary.media.audioDurationSeconds = 6.0;
        const QStringList lines = app::describeExport(QStringLiteral("out.mp4"), summary);
        QVERIFY2(!lines.isEmpty() && lines.front().startsWith(QStringLiteral("out.mp4 geschrieben")), qPrintable(lines.join(u'\n')));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
