// jiujin-syncd: delivers the kiosk's outbox to the central platform.
#include "database.h"
#include "deviceconfig.h"
#include "syncengine.h"
#include "syncscheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace jiujin;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiujin-syncd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIUJIN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Delivers the JiuJin kiosk's outbox to the central platform."));
    parser.addHelpOption();
    const QString defaultDb =
        qEnvironmentVariable("JIUJIN_DB", QStringLiteral("/var/lib/jiujin/jiujin.db"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The kiosk database (default: %1).").arg(defaultDb),
        QStringLiteral("FILE"), defaultDb);
    const QCommandLineOption keysOption(
        QStringLiteral("keys"),
        QStringLiteral("The device's keys (default: where enrollment put them)."),
        QStringLiteral("DIR"));
    const QCommandLineOption onceOption(
        QStringLiteral("once"), QStringLiteral("Drain the outbox once, send a heartbeat and exit "
                                               "(0: all delivered, 3: retry later)."));
    parser.addOptions({dbOption, keysOption, onceOption});
    parser.process(app);
    QTextStream err(stderr);

    auto db = Database::open(parser.value(dbOption));
    if (!db) {
        err << "jiujin-syncd: " << db.error().message << Qt::endl;
        return 2;
    }
    // The daemon reads each record once: a small page cache and no memory map keep it light
    // (the kiosk's 16 MB cache and 256 MB map are for search as you type).
    (void)db.value()->exec("PRAGMA cache_size = -2048; PRAGMA mmap_size = 0");
    auto engine = SyncEngine::open(*db.value(), parser.value(keysOption));
    if (!engine) {
        err << "jiujin-syncd: " << engine.error().message << Qt::endl;
        return 2;
    }
    if (parser.isSet(onceOption)) {
        const DrainResult r = engine.value()->drain();
        QTextStream(stdout) << "accepted " << r.accepted << ", rejected " << r.rejected
                            << ", needs attention " << r.needsAttention << ", back to pending "
                            << r.requeued << Qt::endl;
        if (!r.complete) {
            err << "jiujin-syncd: " << r.error << Qt::endl;
            return 3;
        }
        if (auto h = engine.value()->heartbeat(QCoreApplication::applicationVersion()); !h)
            err << "jiujin-syncd: heartbeat: " << h.error().message << Qt::endl;
        return 0;
    }
    SyncScheduler scheduler(*db.value(), *engine.value(), QCoreApplication::applicationVersion());
    if (!scheduler.start())
        return 2;
    return app.exec();
}
