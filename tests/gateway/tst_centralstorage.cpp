// Central's storage keeps its data across releases: versioned migrations of its own, a newer
// schema refused untouched, and every earlier release's database (a snapshot per schema version,
// tests/gateway/data/central-vN.sql, made by make-snapshot.sh) upgraded and read back.
#include "auditchain.h"
#include "bookingservice.h"
#include "caseservice.h"
#include "cataloguepublisher.h"
#include "centralcalendar.h"
#include "centralstorage.h"
#include "channeltokens.h"
#include "database.h"
#include "devicerecords.h"
#include "intakerecords.h"
#include "operatorrecords.h"
#include "operatorservice.h"
#include "ratingrecords.h"
#include "sqlitecentralstorage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jiujin;
using namespace jiujin::gateway;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/** The snapshots, by schema version. */
QMap<int, QString> snapshots()
{
    QMap<int, QString> out;
    const QDir dir(QStringLiteral(JIUJIN_CENTRAL_SNAPSHOTS));
    for (const QString &name : dir.entryList({QStringLiteral("central-v*.sql")}, QDir::Files)) {
        bool ok = false;
        const int version = name.mid(9, name.size() - 13).toInt(&ok);
        if (ok)
            out.insert(version, dir.filePath(name));
    }
    return out;
}

} // namespace

TEST_CASE("Central storage: a new database is at this build's schema, and stays there",
          "[gateway-storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gateway.db"));
    REQUIRE(SqliteCentralStorage::latestVersion() >= 1);
    for (int open = 0; open < 2; ++open) {
        auto storage = openCentralStorage(QStringLiteral("sqlite:") + path);
        REQUIRE(storage.ok());
        CHECK(storage.value()->engine() == QLatin1String("sqlite"));
        CHECK(storage.value()->schemaVersion().value() == SqliteCentralStorage::latestVersion());
    }
    auto unknown = openCentralStorage(QStringLiteral("mysql://central/jiujin"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Invalid);
}

TEST_CASE("Central storage: a newer schema is refused and left untouched",
          "[gateway-storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gateway.db"));
    {
        auto storage = SqliteCentralStorage::open(path);
        REQUIRE(storage.ok());
        const QByteArray newer = "PRAGMA user_version = " +
                                 QByteArray::number(SqliteCentralStorage::latestVersion() + 1);
        REQUIRE(storage.value()->database().exec(newer.constData()).ok());
        REQUIRE(storage.value()->database().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    const QByteArray before = fileHash(path);
    auto refused = openCentralStorage(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::TooNew);
    CHECK(refused.error().message.contains(QStringLiteral("newer")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("Central storage: a database of every earlier schema is upgraded and reads back",
          "[gateway-storage][sqlite]")
{
    const QMap<int, QString> all = snapshots();
    // Whoever adds a migration adds the snapshot of the schema it leaves (make-snapshot.sh), so
    // that the next one is tested against a database this release really wrote.
    REQUIRE(all.contains(SqliteCentralStorage::latestVersion()));
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        INFO("snapshot " << it.value().toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gateway.db"));
        {
            QFile sql(it.value());
            REQUIRE(sql.open(QIODevice::ReadOnly));
            auto raw = Database::openRaw(path);
            REQUIRE(raw.ok());
            REQUIRE(raw.value()->exec(sql.readAll().constData()).ok());
            REQUIRE(raw.value()->schemaVersion() == it.key());
        }
        auto opened = openCentralStorage(path);
        REQUIRE(opened.ok());
        CentralStorage &storage = *opened.value();
        CHECK(storage.schemaVersion().value() == SqliteCentralStorage::latestVersion());

        const QString device = QStringLiteral("jj-00000000000000a1");
        const auto known = storage.devices().device(device);
        REQUIRE(known.ok());
        REQUIRE(known.value().has_value());
        CHECK(known.value()->point == QLatin1String("150525203000-01"));
        CHECK(known.value()->lastHeartbeat.has_value());
        CHECK(storage.devices().renewals(device).value() == 1);
        CHECK(storage.devices().heartbeat(device).value().has_value());

        const auto accepted = storage.intake().submission(
            device, QStringLiteral("00000000-0000-4000-8000-000000000001"));
        REQUIRE(accepted.ok());
        REQUIRE(accepted.value().has_value());
        CHECK(accepted.value()->status == QLatin1String("accepted"));
        CHECK(accepted.value()->receipt == QLatin1String("NM20261207000001"));
        CHECK(storage.intake().submissions(QString()).value().size() == 2);
        const auto upload = storage.intake().upload(
            device, QStringLiteral("00000000-0000-4000-8000-000000000003"), 0);
        REQUIRE(upload.ok());
        REQUIRE(upload.value().has_value());
        CHECK(upload.value()->received == 3);
        CHECK(storage.intake().usage(device, QStringLiteral("20261207")).value().records == 2);
        // Numbering goes on from where the old release left it.
        {
            auto tx = storage.begin();
            REQUIRE(tx.ok());
            CHECK(storage.intake().nextReceiptSequence(QStringLiteral("20261207")).value() == 2);
        }

        CataloguePublisher publisher(storage);
        CHECK(publisher.publishedSequence().value() == 1);
        ChannelTokens tokens(storage);
        const auto listed = tokens.list();
        REQUIRE(listed.ok());
        CHECK(listed.value().size() == 2); // one made by the CLI, one legacy taken over
        BookingService booking(storage);
        const auto plan = booking.plan(QStringLiteral("150525203000-01"));
        REQUIRE(plan.ok());
        CHECK(plan.value().capacity == 3);
        const auto bookings = booking.bookings(QStringLiteral("150525203000-01"), QDate());
        REQUIRE(bookings.ok());
        REQUIRE(bookings.value().size() == 1);
        CHECK(bookings.value().at(0).ticket == QLatin1String("A001"));

        // The accepted application is a case (from schema 2 on, as that release left it; from
        // before, opened when central starts), and central's audit chain verifies.
        CaseService cases(storage);
        auto backfilled = cases.openMissing(QDateTime::currentDateTimeUtc());
        REQUIRE(backfilled.ok());
        CHECK(backfilled.value() == (it.key() < 2 ? 1 : 0));
        CHECK(cases.openMissing(QDateTime::currentDateTimeUtc()).value() == 0);
        const auto found = cases.find(QStringLiteral("NM20261207000001"));
        REQUIRE(found.ok());
        REQUIRE(found.value().has_value());
        CHECK(found.value()->stage ==
              (it.key() < 2 ? CaseService::submitted : CaseService::accepted));
        auto verified = AuditChain(storage).verify();
        REQUIRE(verified.ok());
        CHECK_FALSE(verified.value().brokenAt.has_value());

        // Operator accounts and sessions (from schema 3 on) read back.
        const auto clerk = storage.operators().operatorById(QStringLiteral("SAMPLE-clerk"));
        REQUIRE(clerk.ok());
        CHECK(clerk.value().has_value() == (it.key() >= 3));
        if (clerk.value()) {
            CHECK(clerk.value()->role == QLatin1String("clerk"));
            CHECK(clerk.value()->scope == QStringList{QStringLiteral("150525203")});
            CHECK(OperatorService::verifyPassword(QStringLiteral("SAMPLE-password-0001"),
                                                  clerk.value()->passwordHash));
            const auto session = storage.operators().session(QStringLiteral("SAMPLE-TOKEN-HASH"));
            REQUIRE(session.ok());
            CHECK(session.value().has_value());
            CHECK_FALSE(storage.operators()
                            .operatorById(QStringLiteral("SAMPLE-officer"))
                            .value()
                            ->totpSecretSealed.isEmpty());
        }
        // 好差评 (schema 5 on): the rating, linked to its case, and its follow-up read back.
        const auto ratings = storage.ratings().ratings({});
        REQUIRE(ratings.ok());
        REQUIRE(ratings.value().size() == (it.key() < 5 ? 0 : 1));
        if (it.key() >= 5) {
            CHECK(ratings.value().at(0).rating.caseNumber == QLatin1String("BJ20261207000001"));
            CHECK(ratings.value().at(0).rating.attitude == 4);
            REQUIRE(ratings.value().at(0).followUp.has_value());
            CHECK(ratings.value().at(0).followUp->state == QLatin1String("called"));
        }
        // The working calendar (schema 7 on): the imported year read back, laid over 2028.
        const auto years = gateway::CentralCalendar(storage).imported();
        REQUIRE(years.ok());
        REQUIRE(years->years.size() == (it.key() < 7 ? 0 : 1));
        if (it.key() >= 7) {
            CHECK(years->years.at(0).year == 2028);
            CHECK(gateway::CentralCalendar(storage).effective()->day(QDate(2028, 1, 1)) ==
                  WorkCalendar::Day::Holiday);
        }
        // A kiosk booking's attendance (schema 10 on): the no-show read back by its day; an
        // older database has none and takes one after the upgrade.
        const QString kioskBooking = QStringLiteral("00000000-0000-4000-8000-000000000004");
        const auto attendance = storage.bookings().attendance(device, kioskBooking);
        REQUIRE(attendance.ok());
        CHECK(attendance.value().has_value() == (it.key() >= 10));
        if (it.key() >= 10) {
            CHECK(attendance.value()->state == QLatin1String("no_show"));
            const QDateTime start = attendance.value()->slotStart;
            const auto day = storage.bookings().attendancesStarting(
                QStringLiteral("150525203000-01"), start, start.addSecs(1));
            REQUIRE(day.ok());
            CHECK(day->size() == 1);
        } else {
            REQUIRE(storage.bookings()
                        .addAttendance({device, kioskBooking, QStringLiteral("150525203000-01/x"),
                                        QDateTime::fromSecsSinceEpoch(1796200000, Qt::UTC),
                                        QStringLiteral("checked_in"),
                                        QDateTime::fromSecsSinceEpoch(1796200100, Qt::UTC),
                                        QStringLiteral("00000000-0000-4000-8000-000000000006"),
                                        QDateTime::fromSecsSinceEpoch(1796200200, Qt::UTC)})
                        .ok());
            CHECK(storage.bookings().attendance(device, kioskBooking).value().has_value());
        }
    }
}
