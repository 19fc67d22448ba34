// On SQLite a heartbeat takes no write lock on the request's path (DESIGN §11d): its nonce and
// body wait in the storage's HeartbeatBuffer, which a flusher writes once a second. Here another
// connection holds the file's write lock (as an intake batch's transaction does) while a kiosk
// sends heartbeats: each is answered at once, a replay is still refused, and once the lock goes
// every heartbeat and nonce is in the file. Reads still fail closed.
#include "centralstorage.h"
#include "compression.h"
#include "database.h"
#include "gatewayfixture.h"
#include "gatewaykeys.h"
#include "heartbeat.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace jiujin;
using jiujin::protocol::Suite;

namespace {

QByteArray beat(int queueDepth)
{
    return protocol::gzip(protocol::encode(protocol::Heartbeat{
        QStringLiteral("0.1.0"), QStringLiteral("2026.11.1"), queueDepth, 0, 2048, QString()}));
}

/** count(*) of @p sql with @p device bound, read on @p db; -1 on a read error. */
qint64 countOf(Database &db, const char *sql, const QString &device)
{
    Statement s = db.prepare(sql);
    s.bind(1, device);
    return s.step() ? s.integer(0) : -1;
}

/** Waits (at most 30 s) until @p done; whether it came. */
template <typename F> bool waitFor(F done)
{
    for (int i = 0; i < 300; ++i) {
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return done();
}

} // namespace

TEST_CASE("On SQLite a heartbeat is answered while another writer holds the write lock",
          "[gateway-heartbeat][sqlite]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const TestDevice revoked(gateway, gateway.token(), Suite::Intl);
    const QString id = device.enrolled.deviceId;
    REQUIRE(gateway.storage->devices().revoke(revoked.enrolled.deviceId, gateway.now()).ok());
    const QByteArray path = "/v1/heartbeat";
    const qint64 now = gateway.nowSecs;
    auto held = Database::openRaw(GatewayKeys::databasePath(gateway.dir.path()));
    REQUIRE(held.ok());
    Database &writer = *held.value();

    REQUIRE(writer.exec("BEGIN IMMEDIATE").ok()); // what an intake batch holds
    QList<QList<QByteArray>> sent;
    for (int depth = 1; depth <= 3; ++depth) {
        const QByteArray body = beat(depth);
        sent.append(device.sign(path, body, now, true));
        const HttpReply r = gateway.post(path, body, sent.last(), device.cert());
        INFO(r.error.toStdString() << r.body.toStdString());
        CHECK(r.status == 204);
    }
    // Still checked in full without the lock: a replay, and a revoked device.
    const HttpReply replay = gateway.post(path, beat(3), sent.last(), device.cert());
    CHECK(replay.status == 401);
    CHECK(replay.body.contains("replay"));
    const QByteArray body = beat(9);
    const HttpReply refused =
        gateway.post(path, body, revoked.sign(path, body, now, true), revoked.cert());
    CHECK(refused.status == 401);
    CHECK(refused.body.contains("device"));
    // What central shows of the device is the newest heartbeat, before it is in the file.
    const auto shown = gateway.storage->devices().device(id);
    REQUIRE(shown.ok());
    REQUIRE(shown->has_value());
    CHECK(shown.value()->lastHeartbeat.has_value());
    const auto newest = gateway.storage->devices().heartbeat(id);
    REQUIRE(newest.ok());
    REQUIRE(newest->has_value());
    CHECK(protocol::decodeHeartbeat(*newest.value())->queueDepth == 3);
    // Nothing of them is in the file while the lock is held.
    CHECK(countOf(writer, "SELECT count(*) FROM heartbeats WHERE device = ?", id) == 0);
    REQUIRE(writer.exec("COMMIT").ok());

    // Once the lock goes the flusher writes them: the newest body and all three nonces.
    CHECK(waitFor(
        [&] { return countOf(writer, "SELECT count(*) FROM nonces WHERE device = ?", id) == 3; }));
    Statement stored = writer.prepare("SELECT body FROM heartbeats WHERE device = ?");
    stored.bind(1, id);
    REQUIRE(stored.step());
    CHECK(protocol::decodeHeartbeat(stored.text(0).toUtf8())->queueDepth == 3);
    // A replay of a written one is refused by the file.
    CHECK(gateway.post(path, beat(1), sent.first(), device.cert()).status == 401);
}

TEST_CASE("On SQLite a heartbeat whose device or nonce cannot be read is refused",
          "[gateway-heartbeat][sqlite]")
{
    TestGateway gateway;
    const TestDevice device(gateway, gateway.token(), Suite::Intl);
    const QByteArray path = "/v1/heartbeat";
    const qint64 now = gateway.nowSecs;
    auto raw = Database::openRaw(GatewayKeys::databasePath(gateway.dir.path()));
    REQUIRE(raw.ok());
    const QByteArray body = beat(1);
    for (const char *table : {"devices", "nonces"}) {
        INFO(table);
        REQUIRE(raw.value()
                    ->exec((QByteArray("ALTER TABLE ") + table + " RENAME TO gone_for_a_while")
                               .constData())
                    .ok());
        const HttpReply r =
            gateway.post(path, body, device.sign(path, body, now, true), device.cert());
        CHECK(r.status == 503); // never admitted as "unknown" or "never seen"
        REQUIRE(
            raw.value()
                ->exec((QByteArray("ALTER TABLE gone_for_a_while RENAME TO ") + table).constData())
                .ok());
    }
    CHECK(gateway.post(path, body, device.sign(path, body, now, true), device.cert()).status ==
          204);
}
