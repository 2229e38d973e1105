#include "app/gui/MainWindow.h"
#include "app/services/OpenMpPolicy.h"
#include "core/media/MediaLog.h"
#include "widgets/DarkPalette.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QLocale>
#include <QPixmap>
#include <QScreen>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

namespace {

Q_LOGGING_CATEGORY(lcMedia, "foley.media")

void installTranslations(QApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("foleyforge"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
}

// --screenshot: waits for the window to settle, saves it to a PNG and quits (README screenshot, smoke checks).
void scheduleScreenshot(foley::app::MainWindow& window, const QString& path, int delayMs)
{
    QTimer::singleShot(delayMs, &window, [&window, path] {
        // Grab from the screen, not the widget tree: the video is drawn by the multimedia backend.
        QScreen* screen = window.screen();
        const QPixmap shot = screen ? screen->grabWindow(window.winId()) : window.grab();
        const bool saved = (shot.isNull() ? window.grab() : shot).save(path);
        QApplication::exit(saved ? 0 : 1);
    });
}

// FFmpeg's own warnings (damaged packets, odd streams) go to Qt's log under foley.media, where QT_LOGGING_RULES can
// show them; the editor itself reports failures in one line of its own.
void routeMediaLogging()
{
    foley::media::setMediaLogHandler([](foley::media::MediaLogLevel level, const std::string& line) {
        if (level == foley::media::MediaLogLevel::Error) qCWarning(lcMedia, "%s", line.c_str());
        else qCInfo(lcMedia, "%s", line.c_str());
    });
}

}  // namespace

int main(int argc, char* argv[])
{
    foley::app::restartWithPassiveOpenMpIfNeeded(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FoleyForge"));
    QApplication::setApplicationName(QStringLiteral("FoleyForge"));
    QApplication::setApplicationVersion(QStringLiteral(FOLEY_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(foley::widgets::darkPalette());
    installTranslations(app);
    routeMediaLogging();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "FoleyForge: AI-assisted foley editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A .foley project or a video to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a PNG of the window and quit."),
                                        QStringLiteral("png"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                                   QApplication::translate("main", "Milliseconds to wait before the screenshot."),
                                   QStringLiteral("ms"), QStringLiteral("3000"));
    parser.addOptions({screenshot, delay});
    parser.process(app);

    foley::app::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) window.openPath(parser.positionalArguments().first());
    if (parser.isSet(screenshot)) scheduleScreenshot(window, parser.value(screenshot), parser.value(delay).toInt());
    return QApplication::exec();
}
