// jiujin-syncd: delivers the kiosk's outbox to the central platform and pulls its catalogue.
#include "bookingcancelpuller.h"
#include "bookingcancels.h"
#include "bookingservice.h"
#include "calendarpuller.h"
#include "casefeedpuller.h"
#include "caselookupasker.h"
#include "cataloguestore.h"
#include "catalogueupdate.h"
#include "database.h"
#include "deviceconfig.h"
#include "identitykeeper.h"
#include "leasekeeper.h"
#include "outboxstore.h"
#include "paths.h"
#include "submissionservice.h"
#include "syncengine.h"
#include "syncscheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

using namespace jiujin;

namespace {
int s_signalPipe[2] = {-1, -1};

/** SIGTERM and SIGINT end the event loop between drains: the batch in flight finishes and the
 *  database closes in order (a kill mid-batch is safe too, but leaves records to requeue). */
void watchTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char signal = 0;
        (void)::read(s_signalPipe[1], &signal, 1);
        sd_notify(0, "STOPPING=1");
        app.quit();
    });
    struct sigaction action
    {
    };
    action.sa_handler = [](int) {
        const char byte = 1;
        (void)!::write(s_signalPipe[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

/** Tells systemd (when it started us; otherwise sd_notify does nothing) that the daemon is up,
 *  what it last did (queue figures and times only), and that it is alive for the watchdog. */
void notifySystemd(QCoreApplication &app, Database &db, SyncScheduler &scheduler)
{
    auto status = [&db] {
        const OutboxCounts c = OutboxStore(db).counts();
        const QString last = CatalogueStore(db).setting(QLatin1String(syncsetting::lastSuccess));
        const QByteArray line =
            QStringLiteral("STATUS=queue %1 waiting, %2 needing attention; last sync %3")
                .arg(c.pending + c.sending)
                .arg(c.needsAttention)
                .arg(last.isEmpty() ? QStringLiteral("never") : last)
                .toUtf8();
        sd_notify(0, line.constData());
    };
    QObject::connect(&scheduler, &SyncScheduler::drained, &app, status);
    sd_notify(0, "READY=1");
    status();
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        auto *watchdog = new QTimer(&app);
        watchdog->setInterval(int(qMax<uint64_t>(1, usec / 2000)));
        QObject::connect(watchdog, &QTimer::timeout, &app, [] { sd_notify(0, "WATCHDOG=1"); });
        watchdog->start();
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiujin-syncd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIUJIN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Delivers the JiuJin kiosk's outbox to the central platform."));
    parser.addHelpOption();
    // $JIUJIN_DB, then [paths] database of /etc/jiujin/jiujin.conf ($JIUJIN_CONFIG).
    const QString configuredDb = configuredDatabasePath();
    const QString defaultDb =
        configuredDb.isEmpty() ? QStringLiteral("/var/lib/jiujin/jiujin.db") : configuredDb;
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The kiosk database (default: %1).").arg(defaultDb),
        QStringLiteral("FILE"), defaultDb);
    const QCommandLineOption keysOption(
        QStringLiteral("keys"),
        QStringLiteral("The device's keys (default: [paths] keys of the config file, else where "
                       "enrollment put them)."),
        QStringLiteral("DIR"), configuredKeysDir());
    const QCommandLineOption onceOption(
        QStringLiteral("once"),
        QStringLiteral(
            "Drain the outbox once, pull the catalogue, case updates, slots and leases, send a "
            "heartbeat and exit (0: all delivered, 3: retry later)."));
    parser.addOptions({dbOption, keysOption, onceOption});
    parser.process(app);
    QTextStream err(stderr);

    // SQLite's allocation statistics take a global mutex on every allocation (Debian builds it
    // without lookaside, so a drain allocates per row and per value); syncd reads no statistics.
    // Before the first connection, or SQLite ignores it.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
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
    // The catalogue's rules live in kiosk/core; the engine only fetches.
    Database &database = *db.value();
    engine.value()->setCatalogueApplier([&database](const QByteArray &body,
                                                    const protocol::Key &receiptKey) {
        return CatalogueUpdate(database).apply(body, receiptKey, QLatin1String(SyncEngine::actor));
    });
    // Bookings central cancelled are cancelled here as the kiosk's own cancel does (kiosk/core).
    SubmissionService submissions(database);
    BookingService bookings(database, submissions);
    engine.value()->setBookingCancelApplier(
        [&bookings](const protocol::BookingCancel &c) { return bookings.cancelFromCentral(c); });
    if (parser.isSet(onceOption)) {
        // A certificate past 2/3 of its life is renewed first (also when the kiosk was off at
        // that point); a failure leaves the valid one in use.
        IdentityKeeper identity(*engine.value());
        if (auto renewed = identity.renewIfDue(); !renewed)
            err << "jiujin-syncd: certificate renewal: " << renewed.error().message << Qt::endl;
        else if (renewed.value())
            QTextStream(stdout) << "certificate renewed" << Qt::endl;
        // Lookups of other points' receipts waiting for central (a citizen at the screen).
        if (auto q = CaseLookupAsker(*db.value(), *engine.value()).run(); !q)
            err << "jiujin-syncd: case lookups: " << q.error().message << Qt::endl;
        const DrainResult r = engine.value()->drain();
        QTextStream(stdout) << "accepted " << r.accepted << ", rejected " << r.rejected
                            << ", needs attention " << r.needsAttention << ", back to pending "
                            << r.requeued << Qt::endl;
        const auto us = [](qint64 ns) { return (ns + 500) / 1000; };
        const DrainTimings &t = r.timings;
        // read, encode, upload, wait, verify and mark add up to the drain's own thread; sign
        // and post ran on the POST's thread beside them (wait is what of them was not hidden).
        QTextStream(stdout) << "drain us: read " << us(t.read) << ", encode " << us(t.encode)
                            << ", upload " << us(t.upload) << ", wait " << us(t.wait) << ", verify "
                            << us(t.verify) << ", mark " << us(t.mark) << ", sign " << us(t.sign)
                            << ", post " << us(t.post) << Qt::endl;
        // The process's CPU so far (start-up and the drain, every thread), so that what follows
        // (case updates, slots, the heartbeat) can be told from the drain's own share.
        struct rusage self = {};
        if (::getrusage(RUSAGE_SELF, &self) == 0) {
            const auto tv = [](const timeval &v) { return qint64(v.tv_sec) * 1000000 + v.tv_usec; };
            QTextStream(stdout) << "drain cpu us: user " << tv(self.ru_utime) << ", system "
                                << tv(self.ru_stime) << Qt::endl;
        }
        if (!r.complete) {
            err << "jiujin-syncd: " << r.error << Qt::endl;
            return 3;
        }
        // Bookings central cancelled: after the drain, so that a citizen's records are the first
        // thing on the connection; the booking_cancel records they queue go up in a drain of
        // their own at once, before the leases are settled (a settle counts the bookings).
        if (auto c = BookingCancelPuller(*engine.value()).run(); !c) {
            err << "jiujin-syncd: booking cancels: " << c.error().message << Qt::endl;
        } else {
            QTextStream(stdout) << "bookings cancelled at central " << c->cancelled << Qt::endl;
            if (c->cancelled > 0) {
                const DrainResult answers = engine.value()->drain();
                if (!answers.complete) {
                    err << "jiujin-syncd: " << answers.error << Qt::endl;
                    return 3;
                }
            }
        }
        // A catalogue that cannot be had or is refused does not make the drain a failure.
        if (auto c = engine.value()->pullCatalogue(); c)
            QTextStream(stdout) << "catalogue seq " << c.value() << Qt::endl;
        else
            err << "jiujin-syncd: catalogue: " << c.error().message << Qt::endl;
        // Case updates for 查进度: like the catalogue, a failure does not fail the drain.
        if (auto c = CaseFeedPuller(*db.value(), *engine.value()).run(); c)
            QTextStream(stdout) << "case updates seq " << c->seq << Qt::endl;
        else
            err << "jiujin-syncd: cases: " << c.error().message << Qt::endl;
        // The working calendar (always asked here; 304 when unchanged): like the catalogue.
        if (auto c = CalendarPuller(*db.value(), *engine.value()).run(true); c)
            QTextStream(stdout) << "calendar "
                                << (c->version.isEmpty() ? QByteArray("compiled-in") : c->version)
                                << Qt::endl;
        else
            err << "jiujin-syncd: calendar: " << c.error().message << Qt::endl;
        // Slots and leases: like the catalogue, a failure here does not fail the drain.
        if (auto l = LeaseKeeper(*db.value(), *engine.value()).run(); l)
            QTextStream(stdout) << "slots " << l->slotCount << ", leases asked " << l->asked
                                << ", settled " << l->settled << Qt::endl;
        else
            err << "jiujin-syncd: leases: " << l.error().message << Qt::endl;
        if (auto h = engine.value()->heartbeat(QCoreApplication::applicationVersion()); !h)
            err << "jiujin-syncd: heartbeat: " << h.error().message << Qt::endl;
        if (auto p = identity.refreshPins(true); !p)
            err << "jiujin-syncd: pins: " << p.error().message << Qt::endl;
        return 0;
    }
    SyncScheduler scheduler(*db.value(), *engine.value(), QCoreApplication::applicationVersion());
    scheduler.start();
    watchTerminationSignals(app);
    notifySystemd(app, *db.value(), scheduler);
    return app.exec();
}
