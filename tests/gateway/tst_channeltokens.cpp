// Other channels' bearer tokens (PROTOCOL.md, "Other channels"): a scope of service points, an
// expiry, revocation and a rate limit per token, over real TLS; the `channel-token` and
// `submissions` commands of jiujin-gateway as a process.
#include "bookingservice.h"
#include "channeltokens.h"
#include "chinatime.h"
#include "database.h"
#include "gatewayfixture.h"
#include "migrations.h"
#include "pgtestserver.h"
#include "slots.h"
#include "sqlitecentralstorage.h"
#include "submissionlisting.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using jiujin::gateway::BookingService;
using jiujin::gateway::ChannelTokens;

namespace {

const QString pointA = QStringLiteral("150525203000-01");
const QString pointB = QStringLiteral("150525204000-01");
const QString slotA = pointA + QStringLiteral("/2026-11-30T08:30");
const QString slotB = pointB + QStringLiteral("/2026-11-30T08:30");

struct Channel
{
    const TestGateway &gw;
    HttpReply book(const QString &token, const QString &slot, const QString &ref) const
    {
        return httpsSend(gw.port, gw.keys->serverPin(), "POST", "/v1/channel/bookings",
                         protocol::encode(protocol::ChannelBookingRequest{slot, ref}),
                         {"Authorization: Bearer " + token.toLatin1()});
    }
    HttpReply cancel(const QString &token, const QString &id) const
    {
        return httpsSend(gw.port, gw.keys->serverPin(), "DELETE",
                         "/v1/channel/bookings/" + id.toLatin1(), {},
                         {"Authorization: Bearer " + token.toLatin1()});
    }
};

QByteArray errorOf(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(QLatin1String("error"))
        .toString()
        .toUtf8();
}

ChannelTokens::Created made(Result<ChannelTokens::Created> r)
{
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return std::move(r.value());
}

} // namespace

TEST_CASE("Channel tokens: a token books only at the points of its scope", "[gateway-channel]")
{
    TestGateway gw;
    BookingService booking(*gw.storage);
    for (const QString &p : {pointA, pointB})
        REQUIRE(booking.slotList(p, QDate(2026, 11, 30), 1, gw.now()).ok());
    ChannelTokens tokens(*gw.storage);
    const auto onlyA = made(tokens.create({pointA}, gw.now().addDays(30), 600, {}, gw.now()));
    const auto every = made(tokens.create({}, gw.now().addDays(30), 600, {}, gw.now()));
    const Channel channel{gw};

    HttpReply r = channel.book(onlyA.token, slotA, QStringLiteral("a-1"));
    CHECK(r.status == 201);
    r = channel.book(onlyA.token, slotB, QStringLiteral("b-1"));
    CHECK(r.status == 403);
    CHECK(errorOf(r) == "point");
    auto atB = booking.bookings(pointB, QDate());
    REQUIRE(atB.ok());
    CHECK(atB->isEmpty()); // nothing was booked there
    // A token for every point books anywhere.
    CHECK(channel.book(every.token, slotB, QStringLiteral("b-1")).status == 201);
    // A booking is the token's own: another token cannot cancel it.
    r = channel.book(onlyA.token, slotA, QStringLiteral("a-2"));
    REQUIRE(r.status == 201);
    const QString id = protocol::decodeChannelBookingResponse(r.body)->booking;
    CHECK(channel.cancel(every.token, id).status == 404);
    CHECK(channel.cancel(onlyA.token, id).status == 204);
}

TEST_CASE("Channel tokens: expired and revoked tokens are refused; only the hash is stored",
          "[gateway-channel]")
{
    TestGateway gw;
    BookingService booking(*gw.storage);
    REQUIRE(booking.slotList(pointA, QDate(2026, 11, 30), 1, gw.now()).ok());
    ChannelTokens tokens(*gw.storage);
    const auto shortLived =
        made(tokens.create({pointA}, gw.now().addSecs(3600), 600, {}, gw.now()));
    const auto longLived = made(tokens.create({pointA}, gw.now().addDays(365), 600, {}, gw.now()));
    const Channel channel{gw};

    CHECK(channel.book(shortLived.token, slotA, QStringLiteral("s-1")).status == 201);
    gw.nowSecs += 3600; // the expiry itself: refused
    HttpReply r = channel.book(shortLived.token, slotA, QStringLiteral("s-2"));
    CHECK(r.status == 401);
    CHECK(errorOf(r) == "token");
    CHECK(channel.cancel(shortLived.token, QStringLiteral("whatever")).status == 401);
    CHECK(channel.book(longLived.token, slotA, QStringLiteral("l-1")).status == 201);

    // Revoked (as `channel-token revoke` does, through another connection): refused at once.
    {
        auto other = gateway::openGatewayStorage(gw.dir.path());
        REQUIRE(other.ok());
        ChannelTokens cli(*other.value());
        CHECK(cli.revoke(longLived.info.id, gw.now()).value());
        CHECK_FALSE(cli.revoke(QStringLiteral("0123456789abcdef"), gw.now()).value());
        auto list = cli.list();
        REQUIRE(list.ok());
        REQUIRE(list->size() == 2);
        CHECK_FALSE(list->at(0).usable(gw.now())); // expired
        CHECK(list->at(1).revokedAt.has_value());
    }
    r = channel.book(longLived.token, slotA, QStringLiteral("l-2"));
    CHECK(r.status == 401);

    // Neither token is anywhere in central's files, only its SHA-256.
    const QByteArray hash =
        QCryptographicHash::hash(longLived.token.toLatin1(), QCryptographicHash::Sha256).toHex();
    bool hashSeen = false;
    QDirIterator files(gw.dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK_FALSE(bytes.contains(longLived.token.toLatin1()));
        CHECK_FALSE(bytes.contains(shortLived.token.toLatin1()));
        hashSeen = hashSeen || bytes.contains(hash);
    }
    // (On PostgreSQL the hash is in the database, not in the data directory's files.)
    CHECK(hashSeen != PgTestServer::selected());
}

TEST_CASE("Channel tokens: each token has its own rate; past it, 429 with Retry-After",
          "[gateway-channel]")
{
    TestGateway gw;
    ChannelTokens tokens(*gw.storage);
    // 60 a minute: bursts of 6, then one a second.
    const auto slow = made(tokens.create({pointA}, gw.now().addDays(1), 60, {}, gw.now()));
    const auto other = made(tokens.create({pointA}, gw.now().addDays(1), 60, {}, gw.now()));
    const Channel channel{gw};
    const QString unknown = QStringLiteral("no-such-booking");
    for (int i = 0; i < 6; ++i)
        CHECK(channel.cancel(slow.token, unknown).status == 404);
    HttpReply r = channel.cancel(slow.token, unknown);
    CHECK(r.status == 429);
    CHECK(errorOf(r) == "rate");
    CHECK(r.headers.value("retry-after") == "1");
    r = channel.book(slow.token, slotA, QStringLiteral("x"));
    CHECK(r.status == 429); // booking too: nothing is decoded or booked past the rate
    CHECK(channel.cancel(other.token, unknown).status == 404); // another token is not held up
    gw.nowSecs += 1;
    CHECK(channel.cancel(slow.token, unknown).status == 404);
    CHECK(channel.cancel(slow.token, unknown).status == 429);
    // Unknown tokens are refused before any bucket is touched.
    CHECK(channel.cancel(QStringLiteral("jjc_unknown"), unknown).status == 401);
}

TEST_CASE("Channel tokens: a token of the first gateway version keeps working, for every point, "
          "until revoked",
          "[gateway-channel]")
{
    TestGateway gw;
    BookingService booking(*gw.storage);
    for (const QString &p : {pointA, pointB})
        REQUIRE(booking.slotList(p, QDate(2026, 11, 30), 1, gw.now()).ok());
    auto legacy = booking.createChannelToken(gw.now());
    REQUIRE(legacy.ok());
    const Channel channel{gw};
    CHECK(channel.book(legacy.value(), slotB, QStringLiteral("l-1")).status == 201);
    ChannelTokens tokens(*gw.storage);
    auto list = tokens.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().legacy);
    CHECK(list->first().points.isEmpty());
    CHECK_FALSE(list->first().expiresAt.has_value());
    CHECK(tokens.revoke(list->first().id, gw.now()).value());
    CHECK(channel.book(legacy.value(), slotB, QStringLiteral("l-2")).status == 401);
}

TEST_CASE("Channel tokens: the storage takes over the first version's tokens once; a revoked "
          "one stays revoked; an unreadable table lets no token in",
          "[gateway-channel][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gateway.db"));
    const QByteArray first = "jjc_first-version-token-1";
    const QByteArray second = "jjc_first-version-token-2";
    const auto sha256 = [](const QByteArray &token) {
        return QString::fromLatin1(
            QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
    };
    const QDateTime now = testNow();
    {
        // A database at schema version 1 holding tokens as the first channel-token wrote them.
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        REQUIRE(
            migrate(*raw.value(), 1, QStringLiteral(":/jiujin/central/sqlite/migrations")).ok());
        REQUIRE(raw.value()->schemaVersion() == 1);
        for (const QByteArray &token : {first, second}) {
            Statement s = raw.value()->prepare(
                "INSERT INTO booking_channel_tokens(hash, created_at) VALUES (?, ?)");
            s.bind(1, sha256(token)).bind(2, now.addDays(-400).toSecsSinceEpoch());
            REQUIRE(s.run().ok());
        }
    }
    {
        auto storage = gateway::SqliteCentralStorage::open(path);
        REQUIRE(storage.ok());
        ChannelTokens tokens(*storage.value());
        const auto found = tokens.find(first, now);
        REQUIRE(found.has_value());
        CHECK(found->legacy);
        CHECK(found->points.isEmpty());
        CHECK(found->covers(pointB));
        CHECK_FALSE(found->expiresAt.has_value());
        CHECK(found->ratePerMinute == ChannelTokens::defaultRatePerMinute);
        CHECK(found->id == sha256(first).left(16));
        auto list = tokens.list();
        REQUIRE(list.ok());
        REQUIRE(list->size() == 2);
        CHECK(list->at(0).legacy);
        CHECK(list->at(1).legacy);
        CHECK(tokens.revoke(found->id, now).value());
    }
    {
        // Another process, another take-over pass: nothing comes back to life or twice.
        auto storage = gateway::SqliteCentralStorage::open(path);
        REQUIRE(storage.ok());
        ChannelTokens tokens(*storage.value());
        CHECK_FALSE(tokens.find(first, now).has_value());
        CHECK(tokens.find(second, now).has_value());
        auto list = tokens.list();
        REQUIRE(list.ok());
        REQUIRE(list->size() == 2);
        for (const auto &t : list.value())
            CHECK(t.revokedAt.has_value() == (t.id == sha256(first).left(16)));
    }
    {
        auto storage = gateway::SqliteCentralStorage::open(path);
        REQUIRE(storage.ok());
        REQUIRE(storage.value()
                    ->database()
                    .exec("ALTER TABLE channel_tokens RENAME TO channel_tokens_aside")
                    .ok());
        ChannelTokens tokens(*storage.value());
        CHECK_FALSE(tokens.list().ok());
        CHECK_FALSE(tokens.find(second, now).has_value());
        CHECK_FALSE(tokens.revoke(sha256(second).left(16), now).ok());
    }
}

TEST_CASE("jiujin-gateway channel-token create, list, revoke", "[gateway-cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QStringList data{QStringLiteral("--data-dir"), tmp.filePath(QStringLiteral("gw"))};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    const QStringList create{QStringLiteral("channel-token"), QStringLiteral("create")};

    // A scope is required: a point list, or every point in so many words.
    CHECK(gatewayCli(create + data).exitCode != 0);
    CHECK(gatewayCli(create + data + QStringList{QStringLiteral("--point"), QStringLiteral("x")})
              .exitCode != 0);
    const QString lastDay =
        chinaDate(QDateTime::currentDateTimeUtc().addDays(40)).toString(Qt::ISODate);
    const QString yesterday =
        QDateTime::currentDateTimeUtc().addDays(-2).date().toString(Qt::ISODate);
    CHECK(gatewayCli(create + data +
                     QStringList{QStringLiteral("--point"), pointA, QStringLiteral("--expires"),
                                 yesterday})
              .exitCode != 0);
    const CliRun scoped =
        gatewayCli(create + data +
                   QStringList{QStringLiteral("--point"), pointA, QStringLiteral("--point"), pointB,
                               QStringLiteral("--expires"), lastDay, QStringLiteral("--rate"),
                               QStringLiteral("120"), QStringLiteral("--note"),
                               QStringLiteral("province app")});
    INFO(scoped.err.toStdString());
    REQUIRE(scoped.exitCode == 0);
    const QByteArray token = scoped.out.trimmed();
    CHECK(token.startsWith("jjc_"));
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(16));
    const CliRun all = gatewayCli(create + data + QStringList{QStringLiteral("--all-points")});
    REQUIRE(all.exitCode == 0);

    CliRun list =
        gatewayCli(QStringList{QStringLiteral("channel-token"), QStringLiteral("list")} + data);
    REQUIRE(list.exitCode == 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == "id\tpoints\tcreated\texpires\tstate\trate_per_minute\tnote");
    const QList<QByteArray> first = lines.at(1).split('\t');
    REQUIRE(first.size() == 7);
    CHECK(first.at(0) == id.toLatin1());
    CHECK(first.at(1) == (pointA + u',' + pointB).toLatin1());
    // The last day is included: the token ends at the next midnight, China time.
    CHECK(first.at(3) == protocol::chinaMidnight(QDate::fromString(lastDay, Qt::ISODate).addDays(1))
                             .toUTC()
                             .toString(Qt::ISODate)
                             .toLatin1());
    CHECK(first.at(4) == "active");
    CHECK(first.at(5) == "120");
    CHECK(first.at(6) == "province app");
    CHECK(lines.at(2).split('\t').at(1) == "*");
    CHECK_FALSE(list.out.contains(token)); // never shown again

    const QStringList revoke{QStringLiteral("channel-token"), QStringLiteral("revoke")};
    CHECK(gatewayCli(revoke + QStringList{id} + data).exitCode == 0);
    CHECK(gatewayCli(revoke + QStringList{QStringLiteral("0000000000000000")} + data).exitCode !=
          0);
    list = gatewayCli(QStringList{QStringLiteral("channel-token"), QStringLiteral("list")} + data);
    CHECK(list.out.trimmed().split('\n').at(1).split('\t').at(4).startsWith("revoked "));
}

TEST_CASE("jiujin-gateway submissions pages and says how many rows it left out",
          "[gateway-cli][sqlite]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("gw"));
    const QStringList data{QStringLiteral("--data-dir"), dir};
    REQUIRE(gatewayCli(QStringList{QStringLiteral("init")} + data).exitCode == 0);
    constexpr int stored = 1205;
    {
        auto store = gateway::openGatewayStorage(dir);
        REQUIRE(store.ok());
        DeviceRow device;
        device.id = QStringLiteral("jj-0000000000000001");
        device.point = pointA;
        device.suite = QStringLiteral("intl");
        device.csrKey = QStringLiteral("k");
        device.enrolledAt = QDateTime::currentDateTimeUtc();
        REQUIRE(store.value()->devices().insertDevice(device).ok());
        Transaction tx(sqliteDatabase(*store.value()));
        REQUIRE(tx.begun().ok());
        for (int i = 0; i < stored; ++i) {
            SubmissionRow row;
            row.device = device.id;
            row.uuid =
                QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            row.kind = QStringLiteral("rating");
            row.point = pointA;
            row.suite = device.suite;
            row.status = QStringLiteral("rejected");
            row.reason = QStringLiteral("test");
            row.receivedAt = device.enrolledAt;
            row.record = "{}";
            REQUIRE(store.value()->intake().insertSubmission(row).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    const QStringList submissions = QStringList{QStringLiteral("submissions")} + data;
    const auto uuidOf = [](int i) {
        return QStringLiteral("00000000-0000-4000-8000-%1")
            .arg(i, 12, 10, QLatin1Char('0'))
            .toLatin1();
    };

    // As before, the newest 1000, newest first; and now it says that 205 were left out.
    CliRun r = gatewayCli(submissions);
    REQUIRE(r.exitCode == 0);
    QList<QByteArray> lines = r.out.trimmed().split('\n');
    CHECK(lines.size() == 1000);
    CHECK(lines.first().startsWith(uuidOf(stored - 1)));
    CHECK(r.err.contains("1000 rows shown, 205 older not shown"));

    // Page through everything from the oldest: every row exactly once.
    QSet<QByteArray> seen;
    QString after = QStringLiteral("0");
    for (int page = 0; page < 10; ++page) {
        r = gatewayCli(submissions + QStringList{QStringLiteral("--after"), after,
                                                 QStringLiteral("--limit"), QStringLiteral("500")});
        REQUIRE(r.exitCode == 0);
        lines = r.out.trimmed().split('\n');
        if (r.out.trimmed().isEmpty())
            break;
        for (const QByteArray &line : lines)
            seen.insert(line.split('\t').at(0));
        after = QString::fromLatin1(lines.last().split('\t').last());
        if (!r.err.contains("more after them")) {
            CHECK(lines.size() == 205);
            break;
        }
        CHECK(r.err.contains("--after " + after.toLatin1()));
    }
    CHECK(seen.size() == stored);
    CHECK(seen.contains(uuidOf(0)));
    CHECK(gatewayCli(submissions + QStringList{QStringLiteral("--limit"), QStringLiteral("0")})
              .exitCode != 0);
}
