// Heartbeats have a lane of their own (DESIGN §11d): `serve`'s front routes POST /v1/heartbeat to
// a second listener of the gateway with its own request threads. Here intake batches hold every
// request thread of the main listener (each waits in PostgreSQL for a table lock the test holds)
// while an enrolled kiosk keeps sending heartbeats: they must still be answered. With one pool
// for everything, the heartbeats queue behind the held batches until the lock goes.
#include "centralstorage.h"
#include "fleetcentral.h"
#include "fleetcheck.h"
#include "fleetsimulator.h"
#include "gatewayserver.h"
#include "pgconnection.h"
#include "pgstatement.h"
#include "scratchpostgres.h"

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
    FleetCentral::Options o;
    o.gateway = QStringLiteral(JIUJIN_GATEWAY_EXE);
    o.seed = QStringLiteral(JIUJIN_SEED);
    o.dataDir = dir.path() + QStringLiteral("/central");
    o.database = location.value();
    o.instances = 1; // `serve --listen`: its own front, as a banner or a test runs it
    auto created = FleetCentral::create(o);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    FleetCentral &central = *created.value();

    // More kiosks with a backlog than the main listener has request threads: every thread ends
    // up holding a batch.
    const int threads = GatewayServer::requestThreads();
    const int batchKiosks = threads + 4;
    auto tokens = central.tokens(batchKiosks + 1);
    REQUIRE(tokens.ok());
    auto ports = central.startAll();
    INFO((ports ? QString() : ports.error().message).toStdString());
    REQUIRE(ports.ok());
    FleetTransport transport(ports.value(), central.pin());

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
        auto d = std::make_unique<SimDevice>(i, tokens->at(i), central.pointOf(i), backlog);
        d->holdDrainOn(&gate);
        drain.add(std::move(d));
    }
    LoadModel idle = backlog; // nothing queued: enrolls, then a heartbeat about every second
    idle.applications = 0;
    idle.heartbeatSeconds = 1;
    idle.keepAlive = false;
    FleetSimulator beat(transport, 1);
    beat.add(std::make_unique<SimDevice>(batchKiosks, tokens->at(batchKiosks),
                                         central.pointOf(batchKiosks), idle));
    drain.start();
    beat.start();
    REQUIRE(drain.waitFor([&] { return drain.readyToDrain() == batchKiosks; },
                          std::chrono::minutes(2)));
    REQUIRE(beat.waitFor([&] { return beat.heartbeats() >= 1; }, std::chrono::minutes(1)));

    // Every application's row waits for this lock; a heartbeat touches nothing it covers.
    auto holder = gateway::PgConnection::connect(location.value());
    REQUIRE(holder.ok());
    auto watcher = gateway::PgConnection::connect(location.value());
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
