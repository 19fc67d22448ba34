// jiujin-gateway: the reference central platform. Parses the command line and wires the library's
// objects; everything else lives in jiujin_gateway.
#include "bookingsapi.h"
#include "bookingservice.h"
#include "calendarcommand.h"
#include "casecommand.h"
#include "caseservice.h"
#include "cataloguepublisher.h"
#include "centralcalendar.h"
#include "centralstorage.h"
#include "channeltokens.h"
#include "commandoutput.h"
#include "consolefolder.h"
#include "devicerecords.h"
#include "enrollmentservice.h"
#include "fleetapi.h"
#include "fleetservice.h"
#include "frontproxy.h"
#include "gatewaykeys.h"
#include "gatewaylog.h"
#include "gatewayserver.h"
#include "intakerecords.h"
#include "intakeservice.h"
#include "numberargument.h"
#include "operatorapi.h"
#include "operatorcommand.h"
#include "operatorservice.h"
#include "planchange.h"
#include "ratingapi.h"
#include "ratingcommand.h"
#include "slots.h"
#include "submissionlisting.h"
#include "tokencommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>
#include <pthread.h>
#include <sys/stat.h>
#include <thread>

using namespace jiujin;

namespace {

using gateway::cli::fail;
using gateway::cli::out;

int usage()
{
    return fail(QStringLiteral(
        "usage: jiujin-gateway init --data-dir DIR [--host NAME]... [--force]\n"
        "       jiujin-gateway serve --data-dir DIR --listen HOST:PORT [--suite intl|gm] "
        "[--catalogue BUNDLE]\n"
        "           (or --behind-front HOST:PORT --front-secret FILE instead of --listen: plain "
        "HTTP for a province's shared front, docs/DEPLOY-province.md;\n"
        "            with --hop-certificate FILE --hop-key FILE: TLS 1.3 to that front)\n"
        "           [--console DIR]   (the web console's built files, served at /console/; default "
        "$JIUJIN_CONSOLE_DIR, else /usr/share/jiujin-gateway/console)\n"
        "           [--quota-records N] [--quota-bytes N] [--quota-uploads N] "
        "[--quota-record-bytes N]\n"
        "           (per device and service day; 0: no limit; see PROTOCOL.md, quotas)\n"
        "           [--db-pool N]   (PostgreSQL connections at most; default: request threads + "
        "heartbeat lane's + 2)\n"
        "           [--heartbeat-lane HOST:PORT]   (with --behind-front: where the front reaches "
        "the heartbeat lane; default the same host, PORT + 1)\n"
        "           [--no-heartbeat-lane]   (heartbeats on the main listener, as before "
        "DESIGN.md §11d's lane)\n"
        "           (applications are checked against the published catalogue; --catalogue checks "
        "them against BUNDLE instead, for testing or standalone use)\n"
        "       jiujin-gateway token create --data-dir DIR --point P [--suite intl|gm]\n"
        "       jiujin-gateway token withdraw --data-dir DIR ID   (an unused token)\n"
        "       jiujin-gateway devices --data-dir DIR\n"
        "       jiujin-gateway submissions --data-dir DIR [--device D] [--limit N] [--after ROW]\n"
        "       jiujin-gateway revoke --data-dir DIR DEVICE [lost|stolen|retired|replaced|"
        "compromised|other]\n"
        "       jiujin-gateway server-key next --data-dir DIR [--host NAME]...\n"
        "           (a next server key, announced to kiosks as their next pin from the next "
        "start)\n"
        "       jiujin-gateway server-key roll --data-dir DIR   (the next key becomes the server "
        "key; restart serve)\n"
        "       jiujin-gateway plan set --data-dir DIR --point P [--capacity N] "
        "[--day-plan 08:30-12:00,14:30-17:30] [--slot-minutes 30] [--groups shebao,yibao]\n"
        "       jiujin-gateway slots --data-dir DIR --point P --from YYYY-MM-DD [--days N]\n"
        "       jiujin-gateway channel-token create --data-dir DIR (--point P... | --all-points) "
        "[--expires YYYY-MM-DD] [--rate N] [--note TEXT]\n"
        "       jiujin-gateway channel-token list --data-dir DIR\n"
        "       jiujin-gateway channel-token revoke --data-dir DIR ID\n"
        "       jiujin-gateway bookings --data-dir DIR [--point P] [--from YYYY-MM-DD]\n"
        "       jiujin-gateway catalogue publish BUNDLE --data-dir DIR\n"
        "       jiujin-gateway case list --data-dir DIR [--stage S] [--point P] [--overdue]\n"
        "       jiujin-gateway case show RECEIPT --data-dir DIR\n"
        "       jiujin-gateway case move RECEIPT STAGE --data-dir DIR --operator ID [--reason "
        "TEXT] "
        "[--materials a,b] [--due YYYY-MM-DD] [--result NUMBER]\n"
        "       jiujin-gateway case promise RECEIPT --data-dir DIR --material NAME "
        "--kind rongque|chengnuo --due YYYY-MM-DD --operator ID\n"
        "       jiujin-gateway case receive RECEIPT MATERIAL --data-dir DIR --point P --operator "
        "ID\n"
        "       jiujin-gateway case sweep --data-dir DIR\n"
        "       jiujin-gateway audit verify --data-dir DIR\n"
        "       jiujin-gateway calendar import FILE --data-dir DIR [--operator ID]   (one year, "
        "PROTOCOL.md \"Calendar\")\n"
        "       jiujin-gateway calendar show [YEAR] --data-dir DIR\n"
        "       jiujin-gateway operator add ID --data-dir DIR --role "
        "clerk|officer|supervisor|technician "
        "[--township CODE,..] [--department CODE,..] [--name TEXT] [--totp]   (password on stdin)\n"
        "       jiujin-gateway operator list|disable ID|unlock ID|passwd ID --data-dir DIR\n"
        "       jiujin-gateway rating list|stats|export --data-dir DIR [--point P] [--from D] "
        "[--to D] [--month YYYY-MM] [--format json|csv]\n"
        "       jiujin-gateway followup list --data-dir DIR [--open] [--overdue]\n"
        "       jiujin-gateway followup callback|rectify|close ID --data-dir DIR --operator ID "
        "[--reached yes|no] [--note T] [--cause T --action T]"));
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

/** serve's per-device quota options (PROTOCOL.md, "Per-device quotas"). */
struct QuotaOptions
{
    QCommandLineOption records{QStringLiteral("quota-records"),
                               QStringLiteral("Records a device may store per day."),
                               QStringLiteral("N")};
    QCommandLineOption bytes{QStringLiteral("quota-bytes"),
                             QStringLiteral("Bytes a device may send per day."),
                             QStringLiteral("N")};
    QCommandLineOption uploads{QStringLiteral("quota-uploads"),
                               QStringLiteral("Unfinished uploads a device may hold."),
                               QStringLiteral("N")};
    QCommandLineOption recordBytes{QStringLiteral("quota-record-bytes"),
                                   QStringLiteral("Attachment bytes of one record."),
                                   QStringLiteral("N")};

    /** The defaults with what the command line sets; nullopt, with @p problem, for a value that
     *  is no whole number from 0 (no limit) to maxQuota. */
    std::optional<DeviceQuotas> read(const QCommandLineParser &parser, QString *problem) const
    {
        constexpr qint64 maxQuota = 1'000'000'000'000'000; // 10^15: beyond any real quota
        DeviceQuotas q;
        const std::pair<const QCommandLineOption *, qint64 *> fields[] = {
            {&records, &q.recordsPerDay},
            {&bytes, &q.bytesPerDay},
            {&uploads, &q.openUploads},
            {&recordBytes, &q.recordAttachmentBytes}};
        for (const auto &[option, value] : fields) {
            if (!parser.isSet(*option))
                continue;
            const auto n = NumberArgument::read(QStringLiteral("--") + option->names().constFirst(),
                                                parser.value(*option), 0, maxQuota);
            if (!n.value) {
                *problem = n.problem;
                return std::nullopt;
            }
            *value = *n.value;
        }
        return q;
    }
};

/** How `serve` is reached: its own nginx front on --listen, or (--behind-front) a plain HTTP
 *  listener for a province's shared front, which adds the secret read from --front-secret. */
struct ServeListener
{
    QString address; ///< HOST:PORT
    bool behindFront = false;
    QString secretFile;
    QString hopCertificate, hopKey; ///< behind the front: TLS on the hop from it; "": plain
    /** --no-heartbeat-lane: heartbeats on the main listener, as before the lane (DESIGN §11d):
     *  the way back should the lane misbehave, and the baseline of its benchmark. */
    bool noHeartbeatLane = false;
    /** --heartbeat-lane HOST:PORT behind a shared front (where it reaches the lane); "": the
     *  listener's host and its port + 1 (0 when the listener's is 0). */
    QString laneAddress;
};

int serve(const QString &dir, const ServeListener &listener, const QString &suiteName,
          const QString &catalogue, const DeviceQuotas &quotas, const QString &consoleDir)
{
    const auto suite = protocol::suiteFromName(suiteName);
    if (!suite)
        return fail(QStringLiteral("--suite: expected intl or gm"));
    const QString &listen = listener.address;
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const auto port =
        colon > 0 ? NumberArgument::parse(listen.mid(colon + 1), 0, 65535) : std::nullopt;
    if (!port)
        return fail(listener.behindFront ? QStringLiteral("--behind-front: expected HOST:PORT")
                                         : QStringLiteral("--listen: expected HOST:PORT"));
    std::optional<QHash<QString, FormSchema>> fixedForms;
    if (!catalogue.isEmpty()) {
        QFile bundle(catalogue);
        if (!bundle.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("--catalogue: cannot read the bundle"));
        auto forms = IntakeService::formsFromBundle(bundle.readAll());
        if (!forms)
            return fail(forms.error().message);
        fixedForms = std::move(forms.value());
    }
    auto keys = GatewayKeys::load(dir);
    if (!keys)
        return fail(keys.error().message);
    auto store = gateway::openGatewayStorage(dir);
    if (!store)
        return fail(store.error().message);
    // Every service counts on the calendar central publishes (compiled-in + imported years).
    if (auto v = gateway::CentralCalendar(*store.value()).refresh(gateway::liveCalendar()); !v)
        return fail(v.error().message);
    // Applications accepted before cases existed become cases now, before anything new arrives.
    if (auto opened =
            gateway::CaseService(*store.value()).openMissing(QDateTime::currentDateTimeUtc());
        !opened)
        return fail(opened.error().message);
    else if (opened.value() > 0)
        qCInfo(lcGateway) << "opened cases of" << opened.value()
                          << "applications stored before cases";
    EnrollmentService enrollment(*store.value(), keys.value(), *suite);
    CataloguePublisher publisher(*store.value());
    gateway::ChannelTokens channelTokens(*store.value());
    // Without a bundle, applications are checked against what kiosks pulled: the published one.
    auto intake =
        fixedForms
            ? std::make_unique<IntakeService>(*store.value(), keys.value(), std::move(*fixedForms))
            : std::make_unique<IntakeService>(*store.value(), keys.value(), publisher);
    intake->setQuotas(quotas);
    if (!fixedForms) {
        auto published = publisher.publishedSequence();
        if (!published)
            return fail(published.error().message);
        if (published.value() == 0)
            QTextStream(stderr)
                << "jiujin-gateway: no catalogue is published yet: kiosks keep their "
                   "applications until one is (jiujin-gateway catalogue publish BUNDLE)"
                << Qt::endl;
    }
    GatewayServer server(keys.value(), *store.value(), enrollment, *intake, {});
    server.setCataloguePublisher(&publisher);
    server.setChannelTokens(&channelTokens);
    auto sealKey = gateway::OperatorService::loadSealKey(dir);
    if (!sealKey)
        return fail(sealKey.error().message);
    gateway::OperatorService operators(*store.value(), sealKey.value());
    gateway::OperatorApi operatorApi(*store.value(), operators, keys.value());
    server.setOperatorApi(&operatorApi);
    gateway::RatingApi ratingApi(*store.value(), operators);
    server.setRatingApi(&ratingApi);
    gateway::FleetApi fleetApi(*store.value(), operators, enrollment);
    server.setFleetApi(&fleetApi);
    gateway::BookingsApi bookingsApi(*store.value(), operators);
    server.setBookingsApi(&bookingsApi);

    // Signals are taken by sigwait() below: SIGINT/SIGTERM stop, SIGCHLD says the front exited,
    // SIGUSR1 that the internal listener stopped by itself. Blocked before any thread starts.
    sigset_t handled;
    sigemptyset(&handled);
    for (const int s : {SIGINT, SIGTERM, SIGCHLD, SIGUSR1})
        sigaddset(&handled, s);
    pthread_sigmask(SIG_BLOCK, &handled, nullptr);

    // The public listener is nginx (FrontProxy, docs/DESIGN.md "The edge"); the gateway itself
    // listens on 127.0.0.1 for the front only. Behind a province's shared front
    // (packaging/gateway/nginx-province.conf) it listens where that front reaches it, and the
    // secret is the one that front adds.
    QByteArray secret;
    if (listener.behindFront) {
        auto read = FrontProxy::readSecret(listener.secretFile);
        if (!read)
            return fail(read.error().message);
        secret = read.value();
        if (!listener.hopKey.isEmpty())
            if (auto own = FrontProxy::ownerOnly(listener.hopKey, QStringLiteral("the hop's key"));
                !own)
                return fail(own.error().message);
    } else {
        secret = FrontProxy::newSecret();
    }
    if (secret.isEmpty())
        return fail(QStringLiteral("no randomness for the front's secret"));
    auto internal = !listener.behindFront ? server.bindBehindFront(secret)
                    : listener.hopCertificate.isEmpty()
                        ? server.bindBehindFront(secret, listen.left(colon), int(*port))
                        : server.bindBehindFrontTls(secret, listen.left(colon), int(*port),
                                                    listener.hopCertificate, listener.hopKey);
    if (!internal)
        return fail(internal.error().message);
    // Heartbeats get a listener of their own, which the front routes them to, so that they
    // never wait behind intake batches for a request thread (DESIGN §11d): on 127.0.0.1 for
    // serve's own front; behind a province's shared front, where that front reaches it (its
    // upstream jiujin_heartbeats), with the main listener's TLS on the hop.
    int lanePort = 0;
    if (!listener.noHeartbeatLane) {
        QString laneHost = QStringLiteral("127.0.0.1");
        int lanePortWanted = 0;
        if (listener.behindFront) {
            laneHost = listen.left(colon);
            lanePortWanted = *port == 0 ? 0 : int(*port) + 1;
            if (!listener.laneAddress.isEmpty()) {
                const qsizetype c = listener.laneAddress.lastIndexOf(QLatin1Char(':'));
                const auto p =
                    c > 0 ? NumberArgument::parse(listener.laneAddress.mid(c + 1), 0, 65535)
                          : std::nullopt;
                if (!p)
                    return fail(QStringLiteral("--heartbeat-lane: expected HOST:PORT"));
                laneHost = listener.laneAddress.left(c);
                lanePortWanted = int(*p);
            } else if (lanePortWanted > 65535) {
                return fail(QStringLiteral("--heartbeat-lane: no port after %1").arg(*port));
            }
        }
        auto lane = server.bindHeartbeatLane(laneHost, lanePortWanted, listener.hopCertificate,
                                             listener.hopKey);
        if (!lane)
            return fail(lane.error().message);
        lanePort = lane.value();
    }
    std::atomic<bool> served{true};
    std::thread serving([&] {
        served = server.listen();
        ::kill(::getpid(), SIGUSR1);
    });
    const auto stopServing = [&] {
        while (!server.isRunning() && serving.joinable() && served)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        server.stop();
        serving.join();
    };
    FrontProxy front;
    if (listener.behindFront) {
        // The lane's port first: who waits for "listening on" finds both.
        if (lanePort > 0)
            std::printf("heartbeat lane on %d\n", lanePort);
        std::printf("listening on %d\n", internal.value());
        std::fflush(stdout);
    }
    FrontProxy::Settings settings;
    settings.host = listen.left(colon);
    settings.port = int(*port);
    settings.backendPort = internal.value();
    settings.heartbeatPort = lanePort;
    settings.secret = secret;
    settings.serverCertificate = keys->serverCertificatePath();
    settings.serverKey = keys->serverKeyPath();
    settings.clientCa = keys->caCertificatePath();
    settings.workDir = QDir(dir).absoluteFilePath(QStringLiteral("front"));
    settings.consoleDir = consoleDir;
    if (!listener.behindFront) {
        auto bound = front.start(settings);
        if (!bound) {
            stopServing();
            return fail(bound.error().message);
        }
        std::printf("listening on %d\n", bound.value());
        std::fflush(stdout);
    }

    // Housekeeping beside the requests (the storage serves several threads, DESIGN §11c):
    // overdue 容缺 materials move their cases to 待补正 (CaseService::sweepOverdue), at start
    // and every hour.
    const auto sweep = [&] {
        // A year imported meanwhile (`calendar import` is another process) counts from now on.
        if (auto v = gateway::CentralCalendar(*store.value()).refresh(gateway::liveCalendar()); !v)
            qCWarning(lcGateway) << "calendar not refreshed:" << v.error().message;
        auto swept =
            gateway::CaseService(*store.value()).sweepOverdue(QDateTime::currentDateTimeUtc());
        if (!swept)
            qCWarning(lcGateway) << "sweep of overdue materials failed:" << swept.error().message;
        else if (swept->overdue > 0)
            qCInfo(lcGateway) << "overdue materials" << swept->overdue << "moved to correction"
                              << swept->toCorrection << "left" << swept->failed;
    };
    sweep();
    QElapsedTimer sinceSweep;
    sinceSweep.start();
    constexpr qint64 sweepEveryMs = 3600 * 1000;

    int exitCode = 0;
    for (bool running = true; running;) {
        int signal = 0;
        const qint64 wait = std::max<qint64>(0, sweepEveryMs - sinceSweep.elapsed());
        const timespec timeout{time_t(wait / 1000), long(wait % 1000) * 1000000L};
        signal = sigtimedwait(&handled, nullptr, &timeout);
        if (signal < 0) { // the hour passed (or EINTR): housekeeping, then wait again
            if (sinceSweep.elapsed() >= sweepEveryMs) {
                sweep();
                sinceSweep.restart();
            }
            continue;
        }
        if (signal == SIGCHLD) {
            if (const auto status = front.reapIfExited()) {
                exitCode = fail(QStringLiteral("the front (nginx) exited (wait status %1): "
                                               "stopping")
                                    .arg(*status));
                running = false;
            }
        } else if (signal == SIGUSR1) {
            exitCode = fail(QStringLiteral("the internal listener stopped: stopping"));
            running = false;
        } else {
            running = false;
        }
    }
    front.stop();
    stopServing();
    return exitCode != 0 || served ? exitCode
                                   : fail(QStringLiteral("server stopped with an error"));
}

/** The booking commands' options (plan set, slots, bookings). */
struct BookingOptions
{
    QCommandLineOption capacity{QStringLiteral("capacity"), QStringLiteral("Seats per slot."),
                                QStringLiteral("N")};
    QCommandLineOption dayPlan{QStringLiteral("day-plan"),
                               QStringLiteral("Opening periods, e.g. 08:30-12:00,14:30-17:30."),
                               QStringLiteral("PLAN")};
    QCommandLineOption slotMinutes{QStringLiteral("slot-minutes"), QStringLiteral("Slot length."),
                                   QStringLiteral("MIN")};
    QCommandLineOption from{QStringLiteral("from"), QStringLiteral("First day (local)."),
                            QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption days{QStringLiteral("days"), QStringLiteral("Number of days."),
                            QStringLiteral("N")};
    QCommandLineOption expires{
        QStringLiteral("expires"),
        QStringLiteral("channel-token create: last day (China time) the token works; default: a "
                       "year from today."),
        QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption rate{
        QStringLiteral("rate"),
        QStringLiteral("channel-token create: requests a minute (default 600)."),
        QStringLiteral("N")};
    QCommandLineOption note{
        QStringLiteral("note"),
        QStringLiteral("channel-token create: who holds it (no personal data)."),
        QStringLiteral("TEXT")};
    QCommandLineOption allPoints{QStringLiteral("all-points"),
                                 QStringLiteral("channel-token create: book at every point.")};
    QCommandLineOption groups{
        QStringLiteral("groups"),
        QStringLiteral("Item groups (department codes) booked at the point, e.g. shebao,yibao; "
                       "empty: every department."),
        QStringLiteral("CODES")};
};

QString tokenState(const gateway::ChannelTokenInfo &t, const QDateTime &now)
{
    if (t.revokedAt)
        return QStringLiteral("revoked ") + isoTime(*t.revokedAt);
    return t.usable(now) ? QStringLiteral("active") : QStringLiteral("expired");
}

/** channel-token create | list | revoke ID: the other channels' bearer tokens. */
int channelTokenCommand(const QCommandLineParser &parser, const BookingOptions &o,
                        const QStringList &args, gateway::CentralStorage &storage,
                        const QDateTime &now)
{
    gateway::ChannelTokens tokens(storage);
    const QString verb = args.value(1);
    if (verb == QLatin1String("create") && args.size() == 2) {
        QStringList points;
        for (const QString &value : parser.values(QStringLiteral("point")))
            for (const QString &p : value.split(u',', Qt::SkipEmptyParts))
                points.append(p.trimmed());
        // A token books at the points it names; every point only when asked in so many words.
        if (points.isEmpty() == !parser.isSet(o.allPoints))
            return fail(QStringLiteral("channel-token create: give --point P (repeatable) or "
                                       "--all-points"));
        QDateTime expires = now.addDays(gateway::ChannelTokens::defaultDays);
        if (parser.isSet(o.expires)) {
            const QDate last =
                QDate::fromString(parser.value(o.expires), QStringLiteral("yyyy-MM-dd"));
            if (!last.isValid())
                return fail(QStringLiteral("--expires: expected YYYY-MM-DD"));
            expires = protocol::chinaMidnight(last.addDays(1));
        }
        int rate = gateway::ChannelTokens::defaultRatePerMinute;
        if (parser.isSet(o.rate)) {
            const auto n = NumberArgument::read(QStringLiteral("--rate"), parser.value(o.rate), 1,
                                                std::numeric_limits<int>::max());
            if (!n.value)
                return fail(n.problem + QStringLiteral(" (requests a minute)"));
            rate = int(*n.value);
        }
        auto made = tokens.create(points, expires, rate, parser.value(o.note), now);
        if (!made)
            return fail(made.error().message);
        // The note first (stderr), the token last: a script takes the last line.
        QTextStream(stderr) << "token " << made->info.id << " for "
                            << (points.isEmpty() ? QStringLiteral("every point")
                                                 : points.join(u','))
                            << ", until " << isoTime(*made->info.expiresAt) << ", " << rate
                            << " requests a minute (central keeps only its SHA-256: store it "
                               "now)"
                            << Qt::endl;
        out() << made->token << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("list") && args.size() == 2) {
        auto list = tokens.list();
        if (!list)
            return fail(list.error().message);
        out() << "id\tpoints\tcreated\texpires\tstate\trate_per_minute\tnote" << Qt::endl;
        for (const gateway::ChannelTokenInfo &t : list.value())
            out() << t.id << '\t'
                  << (t.points.isEmpty() ? QStringLiteral("*") : t.points.join(u',')) << '\t'
                  << isoTime(t.createdAt) << '\t'
                  << (t.expiresAt ? isoTime(*t.expiresAt) : QStringLiteral("never (legacy)"))
                  << '\t' << tokenState(t, now) << '\t' << t.ratePerMinute << '\t' << t.note
                  << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("revoke") && args.size() == 3) {
        auto revoked = tokens.revoke(args.at(2), now);
        if (!revoked)
            return fail(revoked.error().message);
        if (!revoked.value())
            return fail(
                QStringLiteral("no channel token %1 (see channel-token list)").arg(args.at(2)));
        out() << "revoked channel token " << args.at(2) << Qt::endl;
        return 0;
    }
    return usage();
}

/** Runs a booking command; -1 when @p args is none of them. */
int bookingCommand(const QCommandLineParser &parser, const BookingOptions &o,
                   const QStringList &args, gateway::CentralStorage &storage, const QDateTime &now)
{
    const QString command = args.value(0);
    gateway::BookingService booking(storage);
    const QString point = parser.value(QStringLiteral("point"));
    if (command == QLatin1String("plan") && args.value(1) == QLatin1String("set")) {
        if (point.isEmpty())
            return fail(QStringLiteral("plan set: --point P needed"));
        // Checked, refused below what a future slot holds, and audited as the console's change
        // (PlanChange), in one transaction.
        auto tx = storage.begin();
        if (!tx)
            return fail(tx.error().message);
        auto old = booking.plan(point);
        if (!old)
            return fail(old.error().message);
        gateway::PointPlan plan = old.value();
        if (parser.isSet(o.capacity)) {
            const auto n =
                NumberArgument::read(QStringLiteral("--capacity"), parser.value(o.capacity), 0,
                                     protocol::maxSlotCapacity);
            if (!n.value)
                return fail(n.problem + QStringLiteral(" (seats per slot)"));
            plan.capacity = int(*n.value);
        }
        if (parser.isSet(o.dayPlan))
            plan.dayPlan = parser.value(o.dayPlan);
        if (parser.isSet(o.slotMinutes)) {
            // "abc" must not read as 0 and be refused as an invalid slot length.
            const auto n =
                NumberArgument::read(QStringLiteral("--slot-minutes"), parser.value(o.slotMinutes),
                                     0, std::numeric_limits<int>::max());
            if (!n.value)
                return fail(n.problem + QStringLiteral(" (minutes)"));
            plan.slotMinutes = int(*n.value);
        }
        if (parser.isSet(o.groups)) {
            plan.groups.clear();
            for (const QString &code : parser.value(o.groups).split(u',', Qt::SkipEmptyParts))
                plan.groups.append(code.trimmed());
        }
        auto outcome = gateway::PlanChange(storage, booking)
                           .apply(gateway::commandLineActor(), old.value(), plan, now);
        if (!outcome)
            return fail(outcome.error().message);
        using Kind = gateway::PlanChangeOutcome::Kind;
        if (outcome->kind == Kind::Invalid)
            return fail(QStringLiteral("plan refused, nothing changed: ") + outcome->message);
        if (outcome->kind == Kind::OverCapacity)
            return fail(QStringLiteral("plan refused, nothing changed: ") + outcome->message +
                        QStringLiteral(" (bookings are never moved; --capacity %1 or more)")
                            .arg(outcome->minCapacity));
        if (outcome->kind == Kind::Changed) {
            if (auto committed = tx.value()->commit(); !committed)
                return fail(committed.error().message);
        }
        out() << "plan of " << point << ": " << plan.capacity << " seats per slot, " << plan.dayPlan
              << " in " << plan.slotMinutes << "-minute slots, groups "
              << (plan.groups.isEmpty() ? QStringLiteral("(all)") : plan.groups.join(u','))
              << (outcome->kind == Kind::Changed
                      ? QStringLiteral("; %1 future slots changed (audited)")
                            .arg(outcome->futureSlots)
                      : QStringLiteral("; unchanged"))
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("slots")) {
        const QDate from = QDate::fromString(parser.value(o.from), QStringLiteral("yyyy-MM-dd"));
        if (point.isEmpty() || !from.isValid())
            return fail(QStringLiteral("slots: --point P --from YYYY-MM-DD [--days N] needed"));
        // "abc" read as 0 days listed nothing, as if the point had no slots.
        const auto n = parser.isSet(o.days)
                           ? NumberArgument::read(QStringLiteral("--days"), parser.value(o.days), 1,
                                                  protocol::maxSlotDays)
                           : NumberArgument::Read{7, {}};
        if (!n.value)
            return fail(n.problem);
        const int days = int(*n.value);
        auto list = booking.slotList(point, from, days, now);
        if (!list)
            return fail(list.error().message);
        auto stats = booking.stats(point, from, days, now);
        if (!stats)
            return fail(stats.error().message);
        for (int i = 0; i < days; ++i) {
            const QDate day = from.addDays(i);
            const auto source = gateway::liveCalendar().source(day.year());
            if (source != WorkCalendar::Source::Official && (i == 0 || day.dayOfYear() == 1))
                out() << "# " << day.year()
                      << (source == WorkCalendar::Source::Sample
                              ? " holidays: SAMPLE list (not verified against the State Council "
                                "notice)"
                              : " holidays: no list (only weekends closed)")
                      << Qt::endl;
        }
        out() << "slot\tcapacity\tleased\tbooked\tfree\tstranded" << Qt::endl;
        for (const gateway::SlotStats &s : stats.value())
            out() << s.id << '\t' << s.capacity << '\t' << s.leased << '\t' << s.other << '\t'
                  << s.free << '\t' << s.stranded << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("bookings")) {
        const QDate from = parser.isSet(o.from) ? QDate::fromString(parser.value(o.from),
                                                                    QStringLiteral("yyyy-MM-dd"))
                                                : QDate();
        if (parser.isSet(o.from) && !from.isValid())
            return fail(QStringLiteral("--from: expected YYYY-MM-DD"));
        auto list = booking.bookings(point, from);
        if (!list)
            return fail(list.error().message);
        // No personal data: it stays sealed in the records.
        out() << "ticket\tslot\tsource\tstate" << Qt::endl;
        for (const gateway::BookingInfo &b : list.value())
            out() << (b.ticket.isEmpty() ? b.id : b.ticket) << '\t' << b.slot << '\t' << b.source
                  << '\t'
                  << (b.cancelledAt ? QStringLiteral("cancelled") : QStringLiteral("booked"))
                  << Qt::endl;
        return 0;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    // Keys, the database and its -wal/-shm files are for this user only.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiujin-gateway"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Server certificate name (repeatable)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption force(
        QStringLiteral("force"), QStringLiteral("init: replace every key (the database is kept)."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("HOST:PORT (port 0: any)."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption suite(QStringLiteral("suite"), QStringLiteral("intl or gm."),
                                   QStringLiteral("SUITE"));
    const QCommandLineOption catalogue(
        QStringLiteral("catalogue"),
        QStringLiteral("serve: check applications against this catalogue bundle (JSON) instead of "
                       "the published catalogue; for testing or standalone use."),
        QStringLiteral("BUNDLE"));
    const QCommandLineOption point(QStringLiteral("point"), QStringLiteral("Service point code."),
                                   QStringLiteral("P"));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Device id."),
                                    QStringLiteral("D"));
    const QCommandLineOption console(
        QStringLiteral("console"),
        QStringLiteral("serve: the web console's built files (default $JIUJIN_CONSOLE_DIR, else "
                       "/usr/share/jiujin-gateway/console when it is there)."),
        QStringLiteral("DIR"));
    const QCommandLineOption behindFront(
        QStringLiteral("behind-front"),
        QStringLiteral("serve: plain HTTP on HOST:PORT for a province's shared front instead of "
                       "a front of its own (docs/DEPLOY-province.md); needs --front-secret."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption frontSecret(
        QStringLiteral("front-secret"),
        QStringLiteral("serve --behind-front: the file holding the secret the front adds."),
        QStringLiteral("FILE"));
    const QCommandLineOption hopCertificate(
        QStringLiteral("hop-certificate"),
        QStringLiteral("serve --behind-front: TLS 1.3 to the front with this certificate chain "
                       "(PEM; needs --hop-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption hopKey(QStringLiteral("hop-key"),
                                    QStringLiteral("serve --behind-front: the hop's private key."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption heartbeatLane(
        QStringLiteral("heartbeat-lane"),
        QStringLiteral("serve --behind-front: the heartbeat lane on HOST:PORT, the front's "
                       "upstream for /v1/heartbeat (default: the same host, the port + 1)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption noHeartbeatLane(
        QStringLiteral("no-heartbeat-lane"),
        QStringLiteral("serve: answer heartbeats on the main listener, without a lane of their "
                       "own (as before; for comparison, or should the lane misbehave)."));
    parser.addOptions({dataDir, host, force, listen, suite, catalogue, point, device, console,
                       behindFront, frontSecret, hopCertificate, hopKey, heartbeatLane,
                       noHeartbeatLane});
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("Central's storage: sqlite:PATH, postgresql://... or a path (default: the "
                       "line in DIR/database, written by init --database, else DIR/gateway.db)."),
        QStringLiteral("LOCATION"));
    parser.addOption(database);
    const QCommandLineOption dbPool(
        QStringLiteral("db-pool"),
        QStringLiteral("PostgreSQL connections at most (default: serve, its request threads + 2; "
                       "other commands, 8)."),
        QStringLiteral("N"));
    parser.addOption(dbPool);
    const QuotaOptions quotaOptions;
    parser.addOptions(
        {quotaOptions.records, quotaOptions.bytes, quotaOptions.uploads, quotaOptions.recordBytes});
    const BookingOptions bookingOptions;
    parser.addOptions({bookingOptions.capacity, bookingOptions.dayPlan, bookingOptions.slotMinutes,
                       bookingOptions.from, bookingOptions.days, bookingOptions.groups,
                       bookingOptions.expires, bookingOptions.rate, bookingOptions.note,
                       bookingOptions.allPoints});
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("submissions: rows at most (default 1000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption after(
        QStringLiteral("after"),
        QStringLiteral("submissions: rows numbered above ROW, oldest first (the next page)."),
        QStringLiteral("ROW"));
    parser.addOptions({limit, after});
    const gateway::CaseOptions caseOptions;
    caseOptions.addTo(parser);
    const gateway::OperatorOptions operatorOptions;
    operatorOptions.addTo(parser);
    const gateway::RatingOptions ratingOptions;
    ratingOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("init | serve | token create | devices | "
                                                "submissions | revoke DEVICE | "
                                                "catalogue publish BUNDLE"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString dir = parser.value(dataDir);
    if (args.isEmpty() || dir.isEmpty())
        return usage();
    const QString command = args.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(database))
        gateway::setDatabaseOverride(parser.value(database));
    if (parser.isSet(dbPool)) {
        const auto connections =
            NumberArgument::read(QStringLiteral("--db-pool"), parser.value(dbPool), 1, 1000);
        if (!connections.value)
            return fail(connections.problem + QStringLiteral(" (connections)"));
        gateway::setDatabasePoolSize(int(*connections.value));
    } else if (args.value(0) == QLatin1String("serve")) {
        // Each request thread (the heartbeat lane's too) holds at most one connection; the
        // housekeeping thread and one spare make sure no request ever waits for the pool.
        gateway::setDatabasePoolSize(GatewayServer::requestThreads() + GatewayServer::laneThreads +
                                     2);
    }

    if (command == QLatin1String("init")) {
        auto keys = GatewayKeys::init(dir, parser.values(host), now, parser.isSet(force));
        if (!keys)
            return fail(keys.error().message);
        if (parser.isSet(database))
            if (auto r = gateway::rememberDatabase(dir, parser.value(database)); !r)
                return fail(r.error().message);
        out() << "server pin: " << keys->serverPin() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("server-key") && args.value(1) == QLatin1String("next")) {
        auto pin = GatewayKeys::prepareNextServerKey(dir, parser.values(host), now);
        if (!pin)
            return fail(pin.error().message);
        out() << "next server pin: " << pin.value() << Qt::endl;
        out() << "kiosks learn it from GET /v1/pins once serve restarts; roll after they have "
                 "(jiujin-gateway devices: last heartbeat)"
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("server-key") && args.value(1) == QLatin1String("roll")) {
        auto pin = GatewayKeys::rollServerKey(dir);
        if (!pin)
            return fail(pin.error().message);
        out() << "server pin: " << pin.value() << " (restart serve)" << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("serve")) {
        QString quotaProblem;
        const auto quotas = quotaOptions.read(parser, &quotaProblem);
        if (!quotas)
            return fail(quotaProblem + QStringLiteral(" (0: no limit)"));
        ServeListener listener{parser.value(listen), false, QString(), QString(), QString()};
        if (parser.isSet(behindFront)) {
            if (parser.isSet(listen) || !parser.isSet(frontSecret))
                return fail(QStringLiteral("--behind-front: takes --front-secret FILE, and no "
                                           "--listen"));
            listener = {parser.value(behindFront), true, parser.value(frontSecret),
                        parser.value(hopCertificate), parser.value(hopKey)};
        }
        if (parser.isSet(hopCertificate) != parser.isSet(hopKey) ||
            (parser.isSet(hopCertificate) && !parser.isSet(behindFront)))
            return fail(QStringLiteral("--hop-certificate and --hop-key go together, with "
                                       "--behind-front"));
        listener.noHeartbeatLane = parser.isSet(noHeartbeatLane);
        if (parser.isSet(heartbeatLane) && (!parser.isSet(behindFront) || listener.noHeartbeatLane))
            return fail(QStringLiteral("--heartbeat-lane goes with --behind-front, without "
                                       "--no-heartbeat-lane"));
        listener.laneAddress = parser.value(heartbeatLane);
        return serve(
            dir, listener, parser.isSet(suite) ? parser.value(suite) : QStringLiteral("intl"),
            parser.value(catalogue), *quotas, gateway::consoleFolder(parser.value(console)));
    }

    auto keys = GatewayKeys::load(dir);
    if (!keys)
        return fail(keys.error().message);
    auto store = gateway::openGatewayStorage(dir);
    if (!store)
        return fail(store.error().message);

    if (const int rc = gateway::calendarCommand(parser, args, *store.value(), now); rc >= 0)
        return rc;
    // Every other command counts on the calendar central publishes (compiled-in + imported
    // years); one central cannot read is an error, never the compiled-in one in its place.
    if (auto v = gateway::CentralCalendar(*store.value()).refresh(gateway::liveCalendar()); !v)
        return fail(v.error().message);

    if (const int rc = gateway::tokenCommand(args, parser.value(point), parser.value(suite),
                                             *store.value(), keys.value(), now);
        rc >= 0)
        return rc;
    if (command == QLatin1String("devices")) {
        auto devices = store.value()->devices().devices();
        if (!devices)
            return fail(devices.error().message);
        for (const DeviceRow &d : devices.value())
            out() << d.id << '\t' << d.point << '\t' << d.suite << '\t' << isoTime(d.enrolledAt)
                  << '\t'
                  << (d.revokedAt ? QStringLiteral("revoked ") + isoTime(*d.revokedAt)
                                  : QStringLiteral("active"))
                  << '\t' << (d.lastHeartbeat ? isoTime(*d.lastHeartbeat) : QStringLiteral("-"))
                  << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("submissions")) {
        const auto rows =
            parser.isSet(limit)
                ? NumberArgument::read(QStringLiteral("--limit"), parser.value(limit), 1, 1000000)
                : NumberArgument::Read{1000, {}};
        if (!rows.value)
            return fail(rows.problem + QStringLiteral(" (rows)"));
        std::optional<qint64> from;
        if (parser.isSet(after)) {
            const auto row = NumberArgument::read(QStringLiteral("--after"), parser.value(after), 0,
                                                  std::numeric_limits<qint64>::max());
            if (!row.value)
                return fail(row.problem + QStringLiteral(" (a row number)"));
            from = row.value;
        }
        auto page =
            gateway::listSubmissions(*store.value(), parser.value(device), from, int(*rows.value));
        if (!page)
            return fail(page.error().message);
        // Readable metadata only: the records themselves stay sealed. The row number comes last,
        // so that the columns before it are as they always were.
        for (const gateway::SubmissionSummary &s : page->rows)
            out() << s.uuid << '\t' << s.device << '\t' << s.item << '\t' << s.status << '\t'
                  << (s.receipt.isEmpty() ? QStringLiteral("-") : s.receipt) << '\t'
                  << isoTime(s.receivedAt) << '\t' << s.reason << '\t' << s.number << Qt::endl;
        out().flush();
        // Never silently short: say what was left out and how to get it.
        if (page->leftOut > 0) {
            QTextStream err(stderr);
            err << "jiujin-gateway: " << page->rows.size() << " rows shown, " << page->leftOut
                << (from ? " more after them: next page --after " +
                               QString::number(page->rows.last().number)
                         : QStringLiteral(" older not shown: page from the oldest with --after 0"))
                << Qt::endl;
        }
        return 0;
    }
    if (command == QLatin1String("catalogue") && args.value(1) == QLatin1String("publish") &&
        args.size() == 3) {
        QFile bundle(args.at(2));
        if (!bundle.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(args.at(2), bundle.errorString()));
        CataloguePublisher publisher(*store.value());
        auto published = publisher.publish(bundle.readAll(), now);
        if (!published)
            return fail(QStringLiteral("bundle refused, nothing published: ") +
                        published.error().message);
        if (!published->changed)
            out() << "unchanged: seq " << published->seq << " is already published" << Qt::endl;
        else
            out() << "published seq " << published->seq << ": " << published->upserts
                  << " upserts, " << published->tombstones << " tombstones" << Qt::endl;
        return 0;
    }
    if (const int rc = gateway::caseCommand(parser, caseOptions, args, *store.value(), now);
        rc >= 0)
        return rc;
    if (const int rc =
            gateway::operatorCommand(parser, operatorOptions, args, *store.value(), dir, now);
        rc >= 0)
        return rc;
    if (const int rc = gateway::ratingCommand(parser, ratingOptions, args, *store.value(), now);
        rc >= 0)
        return rc;
    if (command == QLatin1String("channel-token"))
        return channelTokenCommand(parser, bookingOptions, args, *store.value(), now);
    if (const int rc = bookingCommand(parser, bookingOptions, args, *store.value(), now); rc >= 0)
        return rc;
    if (command == QLatin1String("revoke") && (args.size() == 2 || args.size() == 3)) {
        // As the console's 吊销: a reason (default "other") and an audit entry, one transaction.
        EnrollmentService enrollment(*store.value(), keys.value(), protocol::Suite::Intl);
        gateway::FleetService fleet(*store.value(), enrollment);
        const QString reason = args.value(2, QStringLiteral("other"));
        auto r = fleet.revoke(QStringLiteral("cli"), args.at(1), reason, {}, now);
        if (!r)
            return fail(r.error().message);
        out() << (r.value() ? "revoked " : "revoked already: ") << args.at(1) << Qt::endl;
        return 0;
    }
    return usage();
}
