// Heartbeats have a lane of their own (DESIGN §11d): `serve`'s front routes POST /v1/heartbeat to
// a second listener of the gateway with its own request threads. Here intake batches hold every
// request thread of the main listener (each waits in PostgreSQL for a table lock the test holds)
// while an enrolled kiosk keeps sending heartbeats: they must still be answered. With one pool
// for everything, the heartbeats queue behind the held batches until the lock goes.
#include "centralstorage.h"
#include "fleetcentral.h"
#include "fleetcheck.h"
#include "fleetsimulator.h"
#include "frontproxy.h"
#include "gatewayserver.h"
#include "pgconnection.h"
#include "pgstatement.h"
#include "provincefront.h"
#include "scratchpostgres.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>

using namespace jiujin;
using namespace jiujin::scale;

namespace {

/** Sessions of @p conn's database waiting for a lock (pg_stat_activity); -1 on a read error. */
qint64 lockWaiters(const std::shared_ptr<gateway::PgConnection> &conn)
{
    gateway::PgStatement waiting(conn, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                       "current_database() AND wait_event_type = 'Lock'");
    return waiting.step() ? waiting.integer(0) : -1;
}

/** Kiosks with a backlog drain through @p entry (the fronts' ports) into @p instances instances
 *  until every request thread of their main listeners holds a batch that waits for a table lock
 *  the test holds; meanwhile another enrolled kiosk's heartbeats must be answered. Then the lock
 *  goes and every record is stored once. @p tokens: batchKiosks(instances) + 1. */
void heartbeatsWhileIntakeHeld(FleetCentral &central, const QString &location,
                               const QList<int> &entry, const QStringList &tokens, int instances)
{
    const int threads = GatewayServer::requestThreads() * instances;
    const int batchKiosks = int(tokens.size()) - 1;
    FleetTransport transport(entry, central.pin());
    LoadModel backlog;
    backlog.applications = 3;
    backlog.ratings = 0;
    backlog.picturePercent = 0;
    backlog.bookingPercent = 0;
    backlog.leaseSlots = 0;
    backlog.bookingRequests = 0;
    backlog.pullCatalogue = false;
    backlog.heartbeatSeconds = 3600; // drained kiosks stay quiet
    FleetSimulator drain(transport, batchKiosks);
    std::atomic<bool> gate{false};
    for (int i = 0; i < batchKiosks; ++i) {
        auto d = std::make_unique<SimDevice>(i, tokens.at(i), central.pointOf(i), backlog);
        d->holdDrainOn(&gate);
        drain.add(std::move(d));
    }
    LoadModel idle = backlog; // nothing queued: enrolls, then a heartbeat about every second
    idle.applications = 0;
    idle.heartbeatSeconds = 1;
    idle.keepAlive = false;
    FleetSimulator beat(transport, 1);
    beat.add(std::make_unique<SimDevice>(batchKiosks, tokens.at(batchKiosks),
                                         central.pointOf(batchKiosks), idle));
    drain.start();
    beat.start();
    REQUIRE(drain.waitFor([&] { return drain.readyToDrain() == batchKiosks; },
                          std::chrono::minutes(2)));
    REQUIRE(beat.waitFor([&] { return beat.heartbeats() >= 1; }, std::chrono::minutes(1)));

    // Every application's row waits for this lock; a heartbeat touches nothing it covers.
    auto holder = gateway::PgConnection::connect(location);
    REQUIRE(holder.ok());
    auto watcher = gateway::PgConnection::connect(location);
    REQUIRE(watcher.ok());
    const std::shared_ptr<gateway::PgConnection> watch = std::move(watcher.value());
    REQUIRE(holder.value()->exec("BEGIN").ok());
    REQUIRE(holder.value()->exec("LOCK TABLE submissions IN EXCLUSIVE MODE").ok());
    gate = true;
    // Every request thread of the main listener now holds a batch that waits for the lock.
    const bool held =
        drain.waitFor([&] { return lockWaiters(watch) >= threads; }, std::chrono::minutes(1));
    const qint64 before = beat.heartbeats();
    // Three more heartbeats, at least two of them sent after every thread was held.
    const bool answered = held && beat.waitFor([&] { return beat.heartbeats() >= before + 3; },
                                               std::chrono::seconds(30));
    const qint64 stillWaiting = lockWaiters(watch);
    REQUIRE(holder.value()->exec("ROLLBACK").ok());
    INFO("batches waiting for the lock: " << stillWaiting << " of " << threads << " threads");
    CHECK(held);
    CHECK(answered);
    CHECK(stillWaiting >= threads); // the batches were still held when the heartbeats came back

    // Then the batches go through, each record once.
    CHECK(drain.waitFor([&] { return drain.drained() == batchKiosks; }, std::chrono::minutes(2)));
    drain.stop();
    beat.stop();
    const FleetVerdict verdict = FleetCheck::exactlyOnce(central.storage(), drain.devices());
    INFO(verdict.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(verdict.problems.isEmpty());
}

/** Kiosks with a backlog: more than the request threads of @p instances main listeners, with
 *  room for an uneven share between them. */
int batchKiosks(int instances)
{
    return GatewayServer::requestThreads() * instances + 4 * instances;
}

/** Central's options for this build's gateway and seed, data in @p dir, on @p location. */
FleetCentral::Options centralOptions(const QTemporaryDir &dir, const QString &location,
                                     int instances)
{
    FleetCentral::Options o;
    o.gateway = QStringLiteral(JIUJIN_GATEWAY_EXE);
    o.seed = QStringLiteral(JIUJIN_SEED);
    o.dataDir = dir.path() + QStringLiteral("/central");
    o.database = location;
    o.instances = instances;
    return o;
}

} // namespace

TEST_CASE("A heartbeat is answered while intake batches hold every request thread",
          "[heartbeat-lane]")
{
    auto pg = ScratchPostgres::start();
    INFO((pg ? QString() : pg.error().message).toStdString());
    REQUIRE(pg.ok());
    auto location = pg.value()->createDatabase(QStringLiteral("lane"));
    REQUIRE(location.ok());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // `serve --listen`: its own front, as a banner or a test runs it
    const FleetCentral::Options o = centralOptions(dir, location.value(), 1);
    auto created = FleetCentral::create(o);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    FleetCentral &central = *created.value();

    auto tokens = central.tokens(batchKiosks(1) + 1);
    REQUIRE(tokens.ok());
    auto ports = central.startAll();
    INFO((ports ? QString() : ports.error().message).toStdString());
    REQUIRE(ports.ok());
    heartbeatsWhileIntakeHeld(central, location.value(), ports.value(), tokens.value(), 1);
}

TEST_CASE("Behind a province's shared front, a heartbeat is answered while intake batches hold "
          "every request thread of every instance",
          "[heartbeat-lane-province]")
{
    auto pg = ScratchPostgres::start();
    INFO((pg ? QString() : pg.error().message).toStdString());
    REQUIRE(pg.ok());
    auto location = pg.value()->createDatabase(QStringLiteral("provincelane"));
    REQUIRE(location.ok());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // `serve --behind-front`, TLS on the hop, as the shipped file has them
    FleetCentral::Options o = centralOptions(dir, location.value(), 2);
    o.frontSecret = dir.path() + QStringLiteral("/front.secret");
    const QByteArray secret = FrontProxy::newSecret();
    REQUIRE(provincefront::writeFile(o.frontSecret, secret + '\n'));
    const QString pki = dir.path() + QStringLiteral("/pki");
    REQUIRE(QDir().mkpath(pki));
    provincefront::makeHopPki(pki);
    o.hopCertificate = pki + QStringLiteral("/hop.pem");
    o.hopKey = pki + QStringLiteral("/hop.key");
    auto created = FleetCentral::create(o);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    FleetCentral &central = *created.value();
    auto tokens = central.tokens(batchKiosks(2) + 1);
    REQUIRE(tokens.ok());
    auto ports = central.startAll();
    INFO((ports ? QString() : ports.error().message).toStdString());
    REQUIRE(ports.ok());
    const QList<int> lanes{central.instance(0).lanePort(), central.instance(1).lanePort()};
    REQUIRE(lanes.at(0) > 0);
    REQUIRE(lanes.at(1) > 0);

    // The lane keeps the main listener's checks: only the front (its secret), only in TLS.
    const QString hopCa = pki + QStringLiteral("/hop-ca.pem");
    CHECK(provincefront::instanceHealth(lanes.at(0), hopCa, QByteArray()) == 403);
    CHECK(provincefront::instanceHealth(lanes.at(0), hopCa, secret) == 200);
    CHECK_FALSE(
        provincefront::exchange(lanes.at(1), "GET /healthz HTTP/1.0\r\n\r\n").startsWith("HTTP/"));

    // The shipped province file, only its addresses and paths replaced: its heartbeat location
    // is what this test judges (pointed at jiujin_gateways, no heartbeat comes back in 30 s).
    const QString front = dir.path() + QStringLiteral("/front");
    provincefront::writeFrontFiles(front, o.dataDir, pki, secret);
    const int frontPort = provincefront::freePort();
    auto nginx = provincefront::startFront(
        front, provincefront::provinceConfig(front, frontPort, ports.value(), lanes), frontPort);
    heartbeatsWhileIntakeHeld(central, location.value(), {frontPort}, tokens.value(), 2);
    nginx->terminate();
    nginx->waitForFinished(10000);
}
