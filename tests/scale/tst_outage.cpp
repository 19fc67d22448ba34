// The day after a regional outage (issue 16, "Proved under a simulated fleet"), short: a few
// hundred simulated kiosks drain their backlogs into two gateway instances on one PostgreSQL;
// one instance is killed and started again midway, and the database is restarted once. Every
// acknowledged record must be at central exactly once, no slot over capacity, every outbox
// drained, and no 5xx or failed request outside the restart windows. The full 2,000 devices
// run in the benchmark (tests/bench/run).
#include "centralstorage.h"
#include "fleetcentral.h"
#include "fleetcheck.h"
#include "fleetsimulator.h"
#include "scratchpostgres.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdio>
#include <functional>
#include <memory>
#include <thread>

using namespace jiujin;
using namespace jiujin::scale;

namespace {

/** [from, to) in the fleet's clock (ms), and what happened then. */
struct Window
{
    double from = 0, to = 0;
    QString what;
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

/** Progress on stderr every 10 s while @p done() does not hold (ctest shows it on failure). */
std::function<bool()> reporting(const FleetSimulator &fleet, FleetTransport &transport,
                                std::function<bool()> done)
{
    auto last =
        std::make_shared<std::chrono::steady_clock::time_point>(std::chrono::steady_clock::now());
    return [&fleet, &transport, done, last] {
        if (std::chrono::steady_clock::now() - *last > std::chrono::seconds(10)) {
            *last = std::chrono::steady_clock::now();
            std::fprintf(stderr, "%6.0f ms: %lld acknowledged, %lld drained, %lld requests",
                         transport.stats().nowMs(), static_cast<long long>(fleet.acknowledged()),
                         static_cast<long long>(fleet.drained()),
                         static_cast<long long>(transport.stats().requests()));
            for (const char *route : {"enroll", "catalogue", "slots", "leases", "uploads",
                                      "submissions", "heartbeat"}) {
                const RouteFigures f = transport.stats().figures(route);
                std::fprintf(stderr, "; %s %lld p50 %.0f p99 %.0f", route,
                             static_cast<long long>(f.count), f.p50, f.p99);
            }
            std::fprintf(stderr, "\n");
        }
        return done();
    };
}

/** Retries a first read after the database restarted (a pooled connection is dropped once). */
void warmUp(gateway::CentralStorage &storage)
{
    for (int i = 0; i < 5 && !storage.schemaVersion(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
}

} // namespace

TEST_CASE("A fleet drains its outage backlog into two instances on PostgreSQL through an "
          "instance crash and a database restart, every record exactly once",
          "[fleet-outage]")
{
    const int deviceCount = envInt("JIUJIN_FLEET_DEVICES", 150);
    auto pg = ScratchPostgres::start();
    INFO((pg ? QString() : pg.error().message).toStdString());
    REQUIRE(pg.ok());
    auto location = pg.value()->createDatabase(QStringLiteral("fleet"));
    REQUIRE(location.ok());
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());

    FleetCentral::Options options;
    options.gateway = QStringLiteral(JIUJIN_GATEWAY_EXE);
    options.seed = QStringLiteral(JIUJIN_SEED);
    options.dataDir = tmp.filePath(QStringLiteral("central"));
    options.database = location.value();
    options.instances = 2;
    auto central = FleetCentral::create(options);
    INFO((central ? QString() : central.error().message).toStdString());
    REQUIRE(central.ok());
    FleetCentral &c = *central.value();
    auto tokens = c.tokens(deviceCount);
    REQUIRE(tokens.ok());
    auto ports = c.startAll();
    INFO((ports ? QString() : ports.error().message).toStdString());
    REQUIRE(ports.ok());

    // A short version of a busy point's backlog; heartbeats every 20 s instead of 15 min, so
    // that drained kiosks keep knocking while the restarts happen.
    LoadModel model;
    model.applications = 3;
    model.ratings = 1;
    model.catalogueSeq = 1; // what the kiosks hold: central's first (and only) publish
    model.picturePercent = 20;
    model.pictureBytes = 16 * 1024;
    model.bookingPercent = 30; // GET /v1/slots is the costliest call under ASan
    model.leaseSlots = 1;
    model.bookingRequests = 1;
    model.batchRecords = 5;
    model.heartbeatSeconds = 20;
    FleetTransport transport(ports.value(), c.pin());
    FleetSimulator fleet(transport, 12);
    for (int i = 0; i < deviceCount; ++i)
        fleet.add(std::make_unique<SimDevice>(i, tokens->at(i), options.point, model));

    const QDateTime slotsFrom = QDateTime::currentDateTimeUtc();
    const QDateTime slotsTo = slotsFrom.addDays(12);
    QStringList capacityProblems;
    const auto sampleCapacity = [&] {
        warmUp(c.storage());
        capacityProblems += FleetCheck::capacity(c.storage(), options.point, slotsFrom, slotsTo);
    };

    const qint64 expected = qint64(deviceCount) * model.recordsAtLeast();
    QList<Window> windows;
    transport.stats().reset();
    fleet.start();

    // 1. A quarter of the backlog in: instance 1's machine dies; it is back three seconds later.
    REQUIRE(fleet.waitFor(
        reporting(fleet, transport, [&] { return fleet.acknowledged() >= expected / 4; }),
        std::chrono::seconds(120)));
    Window crash{transport.stats().nowMs(), 0, QStringLiteral("instance 1 killed")};
    c.instance(1).kill();
    std::this_thread::sleep_for(std::chrono::seconds(3));
    auto again = c.instance(1).start();
    REQUIRE(again.ok());
    transport.setPort(1, again.value());
    // Connections the dead instance held fail on their next use: a grace of 2 s after it is up.
    crash.to = transport.stats().nowMs() + 2000;
    windows.append(crash);
    sampleCapacity();

    // 2. More than half in: the database restarts (immediate stop: no checkpoint, WAL replay).
    REQUIRE(fleet.waitFor(
        reporting(fleet, transport, [&] { return fleet.acknowledged() >= expected * 11 / 20; }),
        std::chrono::seconds(120)));
    Window restart{transport.stats().nowMs(), 0, QStringLiteral("database restarted")};
    REQUIRE(pg.value()->stop().ok());
    std::this_thread::sleep_for(std::chrono::seconds(2));
    REQUIRE(pg.value()->startAgain().ok());
    // Each instance's pooled connections fail once and are replaced: 3 s of grace.
    restart.to = transport.stats().nowMs() + 3000;
    windows.append(restart);
    sampleCapacity();

    // 3. Every kiosk drained and heard from since.
    const bool drained =
        fleet.waitFor(reporting(fleet, transport, [&] { return fleet.drained() == deviceCount; }),
                      std::chrono::seconds(150));
    fleet.stop();
    for (const Window &w : windows)
        WARN(w.what.toStdString() << ": " << qint64(w.from) << "-" << qint64(w.to) << " ms");
    REQUIRE(drained);
    sampleCapacity();

    // Failures (5xx or no answer) only inside the restart windows.
    const QList<FleetFailure> failures = transport.stats().failures();
    int inside = 0;
    for (const FleetFailure &f : failures) {
        bool inWindow = false;
        for (const Window &w : windows)
            inWindow = inWindow || (f.atMs >= w.from && f.atMs < w.to);
        if (!inWindow)
            WARN("outside the windows: " << qint64(f.atMs) << " ms, instance " << f.instance << ", "
                                         << f.route.toStdString() << ": " << f.status << " "
                                         << f.error.toStdString());
        CHECK(inWindow);
        inside += inWindow;
    }
    WARN(transport.stats().requests()
         << " requests; " << inside << " failed inside the restart windows");

    // Exactly once: central's rows per device against the device's acknowledgements.
    warmUp(c.storage());
    const FleetVerdict verdict = FleetCheck::exactlyOnce(c.storage(), fleet.devices());
    for (const QString &p : verdict.problems.mid(0, 20))
        WARN(p.toStdString());
    CHECK(verdict.problems.isEmpty());
    CHECK(verdict.stored >= expected);
    CHECK(capacityProblems.isEmpty());
    for (const QString &p : capacityProblems.mid(0, 20))
        WARN(p.toStdString());
    // Applications and ratings are never refused; only a booking may be ("no seats").
    CHECK(verdict.accepted >= qint64(deviceCount) * (model.applications + model.ratings));
    WARN(verdict.stored << " records stored, " << verdict.accepted << " accepted, "
                        << verdict.rejected << " rejected (bookings without a seat)");

    // A record sent again after its answer was lost is a duplicate with its first receipt.
    // (the workers are stopped: the devices are used on this thread from here)
    int resent = 0;
    for (size_t i = 0; i < fleet.devices().size(); i += 10) {
        CHECK(fleet.devices()[i]->resendFirst(transport));
        ++resent;
    }
    CHECK(resent > 0);

    // The judge itself: a record lost, or stored under a second receipt, is reported.
    SimDevice &first = *fleet.devices().front();
    auto &book = first.acknowledgedForTest();
    REQUIRE_FALSE(book.isEmpty());
    const QString someUuid = book.firstKey();
    const Acknowledgement original = book.first();
    book.insert(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                {QStringLiteral("accepted"), QStringLiteral("NM20990101000001"), QString()});
    CHECK_FALSE(FleetCheck::exactlyOnce(c.storage(), fleet.devices()).problems.isEmpty());
    book.remove(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    book[someUuid].receipt = QStringLiteral("NM20990101000002");
    CHECK_FALSE(FleetCheck::exactlyOnce(c.storage(), fleet.devices()).problems.isEmpty());
    book[someUuid] = original;
    CHECK(FleetCheck::exactlyOnce(c.storage(), fleet.devices()).problems.isEmpty());
}
