// A heartbeat's nonce and row commit without waiting for PostgreSQL's WAL flush (DESIGN §11d).
// What that may lose when the database crashes, and what it may not: the server is stopped with
// `-m immediate` (no checkpoint, WAL buffers not written: what a crash of the database leaves)
// and started again; crash recovery replays what was written.
#include "centralstorage.h"
#include "devicerecords.h"
#include "scratchpostgres.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

using namespace jiujin;
using namespace jiujin::scale;

namespace {

constexpr int devices = 20;
constexpr qint64 window = 600;

QString deviceId(int i)
{
    return QStringLiteral("jj-crash-%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString nonceOf(int i)
{
    return QStringLiteral("heartbeat-nonce-%1").arg(i);
}

QByteArray bodyOf(int i)
{
    return QStringLiteral(R"({"queue_depth":%1})").arg(i).toUtf8();
}

std::unique_ptr<gateway::CentralStorage> openStorage(const QString &location,
                                                     const QString &dataDir)
{
    auto storage = gateway::openCentralStorage(location, dataDir);
    INFO((storage ? QString() : storage.error().message).toStdString());
    REQUIRE(storage.ok());
    return std::move(storage.value());
}

} // namespace

TEST_CASE("A database crash loses a heartbeat only with its nonce, and never one a later "
          "commit covered",
          "[heartbeat-crash]")
{
    auto pg = ScratchPostgres::start();
    INFO((pg ? QString() : pg.error().message).toStdString());
    REQUIRE(pg.ok());
    auto location = pg.value()->createDatabase(QStringLiteral("crash"));
    REQUIRE(location.ok());
    QTemporaryDir data; // attachments' folder: none are written here
    REQUIRE(data.isValid());
    const auto open = [&] { return openStorage(location.value(), data.path()); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        auto storage = open();
        for (int i = 0; i < devices; ++i) {
            DeviceRow d;
            d.id = deviceId(i);
            d.point = QStringLiteral("150525203000-01");
            d.suite = QStringLiteral("intl");
            d.signingKeyPem = d.certificatePem = "-";
            d.csrKey = QStringLiteral("-");
            d.enrolledAt = now;
            REQUIRE(storage->devices().insertDevice(d).ok());
        }
    }

    SECTION("a record's nonce committed after them keeps every heartbeat and its nonce")
    {
        {
            auto storage = open();
            for (int i = 0; i < devices; ++i)
                REQUIRE(storage->devices()
                            .takeHeartbeat(nonceOf(i), deviceId(i), now, window, bodyOf(i))
                            .value());
            // A request's nonce, as any record's: a commit that waits for the WAL flush, which
            // writes the heartbeats' commits before it too (the WAL is one sequence).
            REQUIRE(storage->devices()
                        .rememberNonce(QStringLiteral("record"), deviceId(0), now, window)
                        .value());
            REQUIRE(pg.value()->stop().ok());
        }
        REQUIRE(pg.value()->startAgain().ok());
        auto storage = open();
        for (int i = 0; i < devices; ++i) {
            INFO(i);
            CHECK(storage->devices().heartbeat(deviceId(i)).value() ==
                  std::optional<QByteArray>(bodyOf(i)));
            auto again =
                storage->devices().takeHeartbeat(nonceOf(i), deviceId(i), now, window, "{}");
            REQUIRE(again.ok());
            CHECK_FALSE(again.value()); // still a replay after the crash
        }
        CHECK_FALSE(storage->devices()
                        .rememberNonce(QStringLiteral("record"), deviceId(0), now, window)
                        .value());
    }
    SECTION("without a later commit, a heartbeat the crash lost took its nonce with it")
    {
        {
            auto storage = open();
            for (int i = 0; i < devices; ++i)
                REQUIRE(storage->devices()
                            .takeHeartbeat(nonceOf(i), deviceId(i), now, window, bodyOf(i))
                            .value());
            REQUIRE(pg.value()->stop().ok());
        }
        REQUIRE(pg.value()->startAgain().ok());
        auto storage = open();
        int lost = 0;
        for (int i = 0; i < devices; ++i) {
            INFO(i);
            const auto kept = storage->devices().heartbeat(deviceId(i));
            REQUIRE(kept.ok());
            auto again =
                storage->devices().takeHeartbeat(nonceOf(i), deviceId(i), now, window, bodyOf(i));
            REQUIRE(again.ok());
            // Kept together or lost together: a kept heartbeat's nonce refuses the replay; a
            // lost one's is taken now, and the heartbeat is then stored once.
            CHECK(kept->has_value() == !again.value());
            if (kept->has_value())
                CHECK(*kept.value() == bodyOf(i));
            else
                ++lost;
        }
        WARN("heartbeats lost in the crash: " << lost << " of " << devices);
    }
}
