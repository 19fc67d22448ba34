// jiujin-kiosk: the citizen-facing kiosk UI (composition root).
#include "fontwarmup.h"
#include "kioskcontext.h"
#include "kioskfonts.h"
#include "kiosksession.h"
#include "languageswitch.h"
#include "paths.h"
#include "redaction.h"
#include "startup.h"
#include "walk.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <future>

Q_IMPORT_QML_PLUGIN(JiuJin_UiPlugin)
Q_IMPORT_QML_PLUGIN(JiuJinPlugin)

using namespace jiujin;

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    markStartup("main");
    jiujin::chooseRenderer();
    // Before Qt's font database exists: it and every match then see only the kiosk's fonts.
    const QStringList fontProblems = KioskFonts::use();
    markStartup("fonts: the kiosk's fontconfig configuration");
    QGuiApplication app(argc, argv);
    installRedactingMessageHandler();
    for (const QString &problem : fontProblems)
        std::fprintf(stderr, "jiujin-kiosk: fonts: %s; drawing with the system's fonts instead\n",
                     qPrintable(problem));
    QGuiApplication::setApplicationName(QStringLiteral("jiujin"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("就近办"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("JiuJin self-service kiosk"));
    parser.addHelpOption();
    // Defaults come from /etc/jiujin/jiujin.conf (JIUJIN_CONFIG); a missing file changes nothing.
    const KioskConfig config = KioskConfig::load();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The kiosk database."),
                                      QStringLiteral("FILE"), defaultDatabasePath());
    const QCommandLineOption fullscreen(QStringLiteral("fullscreen"),
                                        QStringLiteral("Fill the screen (kiosk mode)."));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral("Load every screen; exit non-zero on any QML error."));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        QStringLiteral("Save a PNG of every main screen into DIR and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption prefix(QStringLiteral("tour-prefix"),
                                    QStringLiteral("Prefix of the tour's PNG names."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QStringLiteral("Start in zh (default), en or mn (traditional Mongolian)."),
        QStringLiteral("zh|en|mn"), config.lang);
    const QCommandLineOption elder(
        QStringLiteral("elder"),
        QStringLiteral("Start in elder mode (large text, high contrast)."));
    const QCommandLineOption firstFrame(
        QStringLiteral("first-frame"),
        QStringLiteral("Print the time to the first frame and peak RSS, then exit (benchmark)."));
    const QCommandLineOption stateDir(
        QStringLiteral("state"),
        QStringLiteral("Where notices and receipts are saved (default: beside the database)."),
        QStringLiteral("DIR"), config.state);
    const QCommandLineOption devices(
        QStringLiteral("devices"),
        QStringLiteral(
            "Directory of the simulated ID card reader, scanner and QR scanner (default: none)."),
        QStringLiteral("DIR"), config.devices);
    const QCommandLineOption printer(
        QStringLiteral("printer"),
        QStringLiteral(
            "Receipt printer: cups:NAME or file:DIR (default: the kiosk setting, else a file)."),
        QStringLiteral("SPEC"), config.printer);
    const QCommandLineOption catalogueFile(
        QStringLiteral("catalogue"),
        QStringLiteral("Catalogue bundle to import when the database has none (first start, after "
                       "quarantine)."),
        QStringLiteral("FILE"));
    const QCommandLineOption windowSize(
        QStringLiteral("size"),
        QStringLiteral("Window size (default 1280x800), e.g. 1920x1080 or 1024x768."),
        QStringLiteral("WxH"));
    parser.addOptions({dbOption, fullscreen, selfTest, tour, prefix, lang, elder, firstFrame,
                       stateDir, devices, printer, catalogueFile, windowSize});
    const QCommandLineOption switchLanguage(
        QStringLiteral("switch-language"),
        QStringLiteral("Switch between zh and LANG a few times, print each switch's time to the "
                       "next frame, then exit (benchmark)."),
        QStringLiteral("LANG"));
    parser.addOption(switchLanguage);
    parser.process(app);
    markStartup("Qt application and options");

    // The database opens (and a damaged one is checked and quarantined) on a thread of its own
    // while the screens compile: the first frame waits for the longer of the two, not for both.
    std::future<OpenedDatabase> database =
        std::async(std::launch::async, &KioskContext::openDatabase, parser.value(dbOption));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    const QUrl mainQml(QStringLiteral("qrc:/qt/qml/JiuJin/Main.qml"));
    // Compiled here (Main.qml and every type it names); load() below makes the window from the
    // engine's type cache once the services its singletons publish exist. The compile runs on
    // the QML loader's thread: meanwhile this thread shapes the text the last start's home screen
    // showed, so that its font engines and glyph advances are ready (fontwarmup.h).
    const QString stateDirectory = parser.value(stateDir).isEmpty()
                                       ? QFileInfo(parser.value(dbOption)).absolutePath()
                                       : parser.value(stateDir);
    const QString warmupFile = QDir(stateDirectory).filePath(QStringLiteral("first-frame-text"));
    QQmlComponent compiled(&engine);
    compiled.loadUrl(mainQml, QQmlComponent::Asynchronous);
    FontWarmup::warm(warmupFile);
    markStartup("text: the last home screen's shaped (while compiling)");
    while (compiled.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    markStartup("QML: compiling Main.qml and its types");
    auto context = KioskContext::create(engine,
                                        {parser.value(stateDir), parser.value(devices),
                                         parser.value(printer), parser.value(catalogueFile)},
                                        database.get());
    if (!context) {
        std::fprintf(stderr, "jiujin-kiosk: %s\n", qPrintable(context.error().message));
        return 2;
    }
    markStartup("database and services (after the compile)");
    KioskSession &session = context.value()->session();
    session.setLanguage(parser.value(lang));
    session.setElderMode(parser.isSet(elder) || config.elder);

    const bool walking = parser.isSet(selfTest) || parser.isSet(tour);
    if (walking)
        installWarningCounter();
    engine.load(mainQml);
    if (engine.rootObjects().isEmpty())
        return 1;
    markStartup("QML: making the window and home screen");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (parser.isSet(windowSize)) {
        const QStringList wh = parser.value(windowSize).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.size() == 2 ? wh.value(1).toInt() : 0;
        if (w < 640 || h < 480) {
            std::fprintf(stderr,
                         "jiujin-kiosk: --size takes WxH of at least 640x480, e.g. 1920x1080\n");
            return 2;
        }
        window->resize(w, h);
    }
    if (parser.isSet(fullscreen))
        window->showFullScreen();
    // Keys (a USB keyboard, keypad or switch) reach the kiosk without a tap first, also where
    // no window manager gives it the focus (cage does; a bare X server does not).
    window->requestActivate();

    if (parser.isSet(firstFrame)) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&] {
                reportFirstFrame(sinceStart.elapsed());
                reportMappedObjects();
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
    }
    // What the home screen's text was, for the next start's warm-up (after the frame's time is
    // taken: connected after --first-frame's report).
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [window, warmupFile] { FontWarmup::record(window, warmupFile); }, Qt::SingleShotConnection);
    if (parser.isSet(switchLanguage)) {
        auto *bench = new LanguageSwitchBench(window, session, parser.value(switchLanguage), 5);
        bench->setParent(&app);
        bench->start();
    }
    if (walking) {
        auto *walk = new ScreenWalk(window, session, parser.value(tour), parser.value(prefix));
        walk->setParent(&app);
        walk->setDatabasePath(parser.value(dbOption));
        QObject::connect(
            walk, &ScreenWalk::finished, &app, [walk](bool ok, const QString &problem) {
                if (!ok)
                    std::fprintf(stderr, "jiujin-kiosk: %s\n", qPrintable(problem));
                for (const QString &file : walk->written())
                    std::printf("%s\n", qPrintable(file));
                const int warnings = qmlWarningCount();
                if (warnings > 0)
                    std::fprintf(stderr, "jiujin-kiosk: %d warning(s) while walking the screens\n",
                                 warnings);
                QCoreApplication::exit(ok && warnings == 0 ? 0 : 1);
            });
        walk->start();
    }
    return app.exec();
}
