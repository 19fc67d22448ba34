// One public front for several instances (issue 16, docs/DEPLOY-province.md §1): the nginx
// configuration shipped as packaging/gateway/nginx-province.conf, with only its sample addresses
// and paths replaced, in front of two `jiujin-gateway serve --behind-front` instances on one
// PostgreSQL. Simulated kiosks drain a backlog through it; one instance is killed midway and
// stays dead. Every acknowledged record must be at central exactly once, every outbox drained,
// and no request may fail outside a short window after the kill (the front takes the dead
// instance out by itself: a refused connection goes on to the other at once).
#include "centralstorage.h"
#include "fleetcentral.h"
#include "fleetcheck.h"
#include "fleetsimulator.h"
#include "frontproxy.h"
#include "gatewaykeys.h"
#include "provincefront.h"
#include "scratchpostgres.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace jiujin;
using namespace jiujin::scale;
using namespace jiujin::scale::provincefront;

TEST_CASE("One nginx front (nginx-province.conf) carries a fleet across two instances on "
          "PostgreSQL through the loss of one, every record exactly once",
          "[province-front]")
{
    const int deviceCount = 60;
    auto pg = ScratchPostgres::start();
    INFO((pg ? QString() : pg.error().message).toStdString());
    REQUIRE(pg.ok());
    auto location = pg.value()->createDatabase(QStringLiteral("province"));
    REQUIRE(location.ok());
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());

    FleetCentral::Options options;
    options.gateway = QStringLiteral(JIUJIN_GATEWAY_EXE);
    options.seed = QStringLiteral(JIUJIN_SEED);
    options.dataDir = tmp.filePath(QStringLiteral("central"));
    options.database = location.value();
    options.instances = 2;
    options.frontSecret = tmp.filePath(QStringLiteral("front.secret"));
    const QByteArray secret = FrontProxy::newSecret();
    REQUIRE(writeFile(options.frontSecret, secret + '\n'));
    // The hop from the front to the instances is TLS with the province's own CA.
    const QString pki = tmp.filePath(QStringLiteral("pki"));
    REQUIRE(QDir().mkpath(pki));
    makeHopPki(pki);
    options.hopCertificate = pki + QStringLiteral("/hop.pem");
    options.hopKey = pki + QStringLiteral("/hop.key");
    auto central = FleetCentral::create(options);
    INFO((central ? QString() : central.error().message).toStdString());
    REQUIRE(central.ok());
    FleetCentral &c = *central.value();
    auto tokens = c.tokens(deviceCount);
    REQUIRE(tokens.ok());
    auto instancePorts = c.startAll();
    INFO((instancePorts ? QString() : instancePorts.error().message).toStdString());
    REQUIRE(instancePorts.ok());

    // The front machine's files: central's server certificate and key, the device CA, and the
    // secret as DEPLOY-province.md has it written.
    const QString front = tmp.filePath(QStringLiteral("front"));
    writeFrontFiles(front, options.dataDir, pki, secret);
    const int frontPort = freePort();
    const QList<int> lanes{c.instance(0).lanePort(), c.instance(1).lanePort()};
    REQUIRE(lanes.at(0) > 0);
    REQUIRE(lanes.at(1) > 0);
    auto nginx = startFront(front, provinceConfig(front, frontPort, instancePorts.value(), lanes),
                            frontPort);

    // The instances answer only the front, and only in TLS: a request straight to one without
    // the secret is refused, and plain HTTP gets no HTTP answer at all.
    const QString hopCa = pki + QStringLiteral("/hop-ca.pem");
    CHECK(instanceHealth(instancePorts->at(0), hopCa, QByteArray()) == 403);
    CHECK(instanceHealth(instancePorts->at(0), hopCa, secret) == 200);
    // Its heartbeat lane too (the front's second upstream, checked on its own).
    CHECK(instanceHealth(lanes.at(0), hopCa, QByteArray()) == 403);
    CHECK(instanceHealth(lanes.at(1), hopCa, secret) == 200);
    CHECK_FALSE(exchange(lanes.at(0), "GET /healthz HTTP/1.0\r\n\r\n").startsWith("HTTP/"));
    const QByteArray plain = exchange(instancePorts->at(0), "GET /healthz HTTP/1.0\r\n\r\n");
    INFO(plain.toStdString());
    CHECK_FALSE(plain.startsWith("HTTP/"));
    // The front checks the instance's certificate: a copy of the shipped file trusting another
    // CA gets no answer from any instance (503 "unavailable"), never an unchecked one.
    {
        const QString other = tmp.filePath(QStringLiteral("other"));
        REQUIRE(QDir().mkpath(other + QStringLiteral("/etc")));
        makeHopPki(other);
        for (const char *name : {"server.pem", "server.key", "device-ca.pem", "front-headers.conf"})
            REQUIRE(QFile::copy(front + QStringLiteral("/etc/") + QLatin1String(name),
                                other + QStringLiteral("/etc/") + QLatin1String(name)));
        REQUIRE(QFile::copy(other + QStringLiteral("/hop-ca.pem"),
                            other + QStringLiteral("/etc/instances-ca.pem")));
        const int otherPort = freePort();
        auto untrusting = startFront(
            other, provinceConfig(other, otherPort, instancePorts.value(), lanes), otherPort);
        QByteArray out;
        run(QStringLiteral("curl"),
            {QStringLiteral("-s"), QStringLiteral("-k"), QStringLiteral("-o"),
             QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
             QStringLiteral("https://127.0.0.1:%1/healthz").arg(otherPort)},
            &out);
        untrusting->terminate();
        untrusting->waitForFinished(10000);
        CHECK(out.trimmed() == "503");
    }
    // The active check asks each instance as the front does (TLS, the same CA and name): both
    // healthy, nothing marked down, nginx not reloaded.
    {
        const QString stub = tmp.filePath(QStringLiteral("nginx-stub"));
        REQUIRE(writeFile(stub, "#!/bin/sh\nexit 0\n"));
        REQUIRE(QFile::setPermissions(stub, QFile::ReadOwner | QFile::ExeOwner));
        QByteArray out;
        const int health =
            run(QStringLiteral("sh"),
                {QStringLiteral(JIUJIN_FRONT_HEALTH), front + QStringLiteral("/nginx.conf")}, &out,
                {QStringLiteral("JIUJIN_FRONT_NGINX=") + stub,
                 QStringLiteral("JIUJIN_FRONT_HEADERS=") + front +
                     QStringLiteral("/etc/front-headers.conf")});
        INFO(out.toStdString());
        CHECK(health == 0);
    }

    LoadModel model;
    model.applications = 3;
    model.ratings = 1;
    model.catalogueSeq = 1;
    model.picturePercent = 20;
    model.pictureBytes = 16 * 1024;
    model.bookingPercent = 30;
    model.leaseSlots = 1;
    model.bookingRequests = 1;
    model.batchRecords = 2; // several batches per kiosk: some of them after the kill
    model.heartbeatSeconds = 20;
    FleetTransport transport({frontPort}, c.pin());
    FleetSimulator fleet(transport, 8);
    for (int i = 0; i < deviceCount; ++i)
        fleet.add(std::make_unique<SimDevice>(i, tokens->at(i), options.point, model));
    const qint64 expected = qint64(deviceCount) * model.recordsAtLeast();
    transport.stats().reset();
    fleet.start();

    // A third of the backlog in: instance 0's machine dies and stays dead.
    REQUIRE(fleet.waitFor([&] { return fleet.acknowledged() >= expected / 3; },
                          std::chrono::seconds(120)));
    const double killedAt = transport.stats().nowMs();
    const qint64 before = fleet.acknowledged();
    c.instance(0).kill();
    // Requests the dead instance held when it died fail once (502 from the front, as 503
    // "unavailable"); everything after goes to the other one.
    const double graceUntil = transport.stats().nowMs() + 2000;
    const bool drained =
        fleet.waitFor([&] { return fleet.drained() == deviceCount; }, std::chrono::seconds(150));
    fleet.stop();
    nginx->terminate();
    nginx->waitForFinished(10000);
    REQUIRE(drained);
    WARN(fleet.acknowledged() - before << " records acknowledged after the kill at "
                                       << qint64(killedAt) << " ms");
    CHECK(fleet.acknowledged() - before >= expected / 2);

    int inside = 0;
    for (const FleetFailure &f : transport.stats().failures()) {
        const bool inWindow = f.atMs >= killedAt && f.atMs < graceUntil;
        if (!inWindow)
            WARN("outside the kill's window: " << qint64(f.atMs) << " ms, " << f.route.toStdString()
                                               << ": " << f.status << " " << f.error.toStdString());
        CHECK(inWindow);
        inside += inWindow;
    }
    WARN(transport.stats().requests() << " requests; " << inside << " failed as the instance died");
    // A GET the front passed on to the live instance after the dead one had taken its nonce is
    // refused as a replay and signed afresh (as jiujin-syncd does); never more than the requests
    // in flight when it died (the simulator's 8 workers).
    int replays = 0;
    for (const auto &device : fleet.devices())
        replays += device->replays();
    WARN(replays << " requests refused as replays and signed afresh");
    CHECK(replays <= 8);

    const FleetVerdict verdict = FleetCheck::exactlyOnce(c.storage(), fleet.devices());
    for (const QString &p : verdict.problems.mid(0, 20))
        WARN(p.toStdString());
    CHECK(verdict.problems.isEmpty());
    CHECK(verdict.stored >= expected);
    const QDateTime from = QDateTime::currentDateTimeUtc();
    const QStringList capacity =
        FleetCheck::capacity(c.storage(), options.point, from.addDays(-1), from.addDays(12));
    for (const QString &p : capacity.mid(0, 20))
        WARN(p.toStdString());
    CHECK(capacity.isEmpty());
}
