// Two jiujin-gateway processes on one PostgreSQL database (issue 16): what SQLite got from having
// one writer at a time must hold across instances, in the database itself. Runs under
// JIUJIN_TEST_ENGINE=postgresql only (ctest gateway-pg-multi).
#include "bookingrecords.h"
#include "centralstorage.h"
#include "chinatime.h"
#include "gatewayfixture.h"
#include "pgtestserver.h"
#include "slots.h"
#include "wire.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using namespace jiujin;

namespace {

const QString point = QStringLiteral("150525203000-01");

/** `jiujin-gateway serve` on a free port; terminated when it goes out of scope. */
struct Serve
{
    explicit Serve(const QStringList &data)
    {
        port = serveOnFreePort(
            process,
            QStringList{QStringLiteral("--catalogue"), QStringLiteral(JIUJIN_SEED)} + data);
    }
    ~Serve()
    {
        process.terminate();
        if (!process.waitForFinished(30000))
            process.kill();
    }
    QProcess process;
    int port = 0;
};

HttpReply book(int port, const QByteArray &pin, const QByteArray &token, const QString &slot,
               const QString &ref)
{
    return httpsSend(port, pin, "POST", "/v1/channel/bookings",
                     protocol::encode(protocol::ChannelBookingRequest{slot, ref}),
                     {"Authorization: Bearer " + token});
}

} // namespace

TEST_CASE("Two gateway processes on one PostgreSQL database never over-book a slot and never "
          "accept an enrollment token twice",
          "[gateway-pg-multi]")
{
    REQUIRE(PgTestServer::selected());
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    REQUIRE(QFile::exists(QDir(dir).filePath(QStringLiteral("database"))));
    const QByteArray pin = GatewayKeys::load(dir)->serverPin();
    constexpr int capacity = 2;
    REQUIRE(gatewayCli(QStringList{QStringLiteral("plan"), QStringLiteral("set"),
                                   QStringLiteral("--point"), point, QStringLiteral("--capacity"),
                                   QString::number(capacity)} +
                       data)
                .exitCode == 0);
    const CliRun channel =
        gatewayCli(QStringList{QStringLiteral("channel-token"), QStringLiteral("create"),
                               QStringLiteral("--all-points"), QStringLiteral("--rate"),
                               QStringLiteral("600")} +
                   data);
    INFO(channel.err.toStdString());
    REQUIRE(channel.exitCode == 0);
    const QByteArray channelToken = channel.out.trimmed();

    Serve a(data), b(data);
    const int ports[2] = {a.port, b.port};

    SECTION("a slot's capacity holds while both instances book it at once")
    {
        // The first open day from the day after tomorrow (China time; the wall clock's, as serve
        // runs on it); on each of its morning slots the probe takes one seat, and the last seat
        // is raced from both instances at once: every slot is a fresh race.
        QString day;
        const QDate today = chinaDate(QDateTime::currentDateTimeUtc());
        for (int d = 2; d < 20 && day.isEmpty(); ++d) {
            const QString candidate = today.addDays(d).toString(Qt::ISODate);
            const HttpReply probe =
                book(a.port, pin, channelToken,
                     point + QLatin1Char('/') + candidate + QStringLiteral("T08:30"),
                     QStringLiteral("probe-%1").arg(d));
            if (probe.status == 201)
                day = candidate;
        }
        REQUIRE_FALSE(day.isEmpty());
        auto storage = openGatewayTestStorage(dir);
        const QStringList times{QStringLiteral("08:30"), QStringLiteral("09:00"),
                                QStringLiteral("09:30"), QStringLiteral("10:00"),
                                QStringLiteral("10:30"), QStringLiteral("11:00")};
        for (const QString &time : times) {
            const QString slot = point + QLatin1Char('/') + day + QLatin1Char('T') + time;
            for (int taken = time == times.first() ? 1 : 0; taken < capacity - 1; ++taken)
                REQUIRE(book(b.port, pin, channelToken, slot,
                             QStringLiteral("fill-%1-%2").arg(time).arg(taken))
                            .status == 201);
            constexpr int perInstance = 4;
            std::atomic<int> booked{0}, full{0}, other{0};
            std::vector<std::thread> threads;
            for (int i = 0; i < 2 * perInstance; ++i)
                threads.emplace_back([&, i] {
                    const HttpReply r = book(ports[i % 2], pin, channelToken, slot,
                                             QStringLiteral("race-%1-%2").arg(time).arg(i));
                    if (r.status == 201)
                        ++booked;
                    else if (r.status == 409)
                        ++full;
                    else
                        ++other;
                });
            for (auto &t : threads)
                t.join();
            INFO(slot.toStdString());
            CHECK(other.load() == 0);
            CHECK(booked.load() == 1);
            CHECK(full.load() == 2 * perInstance - 1);
            auto held = storage->bookings().otherBookings(slot);
            REQUIRE(held.ok());
            CHECK(held.value() == capacity);
        }
    }

    SECTION("a token raced to both instances with two keys enrolls one device")
    {
        constexpr int tokens = 6;
        for (int t = 0; t < tokens; ++t) {
            const CliRun created =
                gatewayCli(QStringList{QStringLiteral("token"), QStringLiteral("create"),
                                       QStringLiteral("--point"), point} +
                           data);
            REQUIRE(created.exitCode == 0);
            const QString token = QString::fromUtf8(created.out).trimmed();
            std::atomic<int> accepted{0}, refused{0};
            std::vector<std::thread> threads;
            for (int i = 0; i < 2; ++i)
                threads.emplace_back([&, i] {
                    auto signing = protocol::Key::generateSigning(protocol::Suite::Intl);
                    const auto [keyPem, csrPem] = makeCsr();
                    const HttpReply r = httpsPost(ports[i], pin, "/v1/enroll",
                                                  protocol::encode(protocol::EnrollRequest{
                                                      token, csrPem, signing->publicPem()}),
                                                  {});
                    if (r.status == 200)
                        ++accepted;
                    else if (r.status == 403 || r.status == 409)
                        ++refused;
                });
            for (auto &th : threads)
                th.join();
            CHECK(accepted.load() == 1);
            CHECK(refused.load() == 1);
        }
        auto storage = openGatewayTestStorage(dir);
        auto devices = storage->devices().devices();
        REQUIRE(devices.ok());
        CHECK(devices->size() == tokens);
    }
}

TEST_CASE("GET /healthz answers the balancer without a certificate: 200 while the instance reaches "
          "its database, 503 while it does not",
          "[gateway-pg-multi]")
{
    REQUIRE(PgTestServer::selected());
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    const QByteArray pin = GatewayKeys::load(dir)->serverPin();
    QFile remembered(QDir(dir).filePath(QStringLiteral("database")));
    REQUIRE(remembered.open(QIODevice::ReadOnly));
    const auto name = QRegularExpression(QStringLiteral("^postgresql:///([A-Za-z0-9_]+)\\?"))
                          .match(QString::fromUtf8(remembered.readAll().trimmed()));
    REQUIRE(name.hasMatch());
    const QString database = name.captured(1);

    Serve a(data);
    auto health = [&] { return httpsSend(a.port, pin, "GET", "/healthz", {}, {}); };
    // Waits for the state it checks (the pool learns of a closed connection at its next use).
    auto waitForStatus = [&](long status) {
        HttpReply r;
        for (int i = 0; i < 80; ++i) {
            r = health();
            if (r.status == status)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
        return r;
    };

    HttpReply ok = health();
    INFO(ok.error.toStdString() << ok.body.toStdString());
    CHECK(ok.status == 200);
    CHECK(ok.body.contains("\"ok\""));
    CHECK(ok.headers.value("cache-control") == "no-store");
    // Nothing but GET (and HEAD): no body reaches the gateway this way.
    CHECK(httpsSend(a.port, pin, "POST", "/healthz", "{}", {}).status == 403);

    // The database stops taking this instance's connections and drops those it has.
    REQUIRE(PgTestServer::instance().admin(
        QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false").arg(database)));
    REQUIRE(PgTestServer::instance().admin(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                       "'%1'")
            .arg(database)));
    const HttpReply down = waitForStatus(503);
    CHECK(down.status == 503);
    CHECK(down.body.contains("\"unavailable\""));
    CHECK_FALSE(down.body.contains(database.toUtf8())); // no detail to an unauthenticated caller

    REQUIRE(PgTestServer::instance().admin(
        QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(database)));
    CHECK(waitForStatus(200).status == 200);
}
