// KioskConfigService and StaffService::remove: a technician's change is written with its audit
// entry, and a refused one leaves both the setting and the audit log as they were.
#include "auditlog.h"
#include "keys.h"
#include "kioskconfigservice.h"
#include "staffservice.h"
#include "staffstore.h"
#include "testdb.h"

using namespace jiujin;

namespace {
QStringList auditActions(Database &db)
{
    auto s = db.prepare("SELECT action || ' ' || subject FROM audit_log ORDER BY seq");
    QStringList actions;
    while (s.step())
        actions.append(s.text(0));
    return actions;
}
} // namespace

TEST_CASE("kiosk configuration changes are audited, refusals change nothing", "[kioskconfig]")
{
    TestDb t;
    const QDateTime now(QDate(2026, 11, 28), QTime(8, 30), Qt::UTC);
    KioskConfigService config(*t.db, [&now] { return now; });
    const QStringList before = auditActions(*t.db); // the import's catalogue.switch

    CHECK(config.setPoint(QStringLiteral("999999999999-01"), QStringLiteral("01")).error().code ==
          Error::Invalid);
    CHECK(config.setPoint(QStringLiteral("150525203000-01"), QStringLiteral("00")).error().code ==
          Error::Invalid);
    CHECK(config.setPrinter(QStringLiteral("lpt1")).error().code == Error::Invalid);
    CHECK(config.setRetentionDays(0).error().code == Error::Invalid);
    CHECK(config.setRetentionDays(3651).error().code == Error::Invalid);
    auto signing = protocol::Key::generateSigning(protocol::Suite::Intl); // Ed25519: cannot seal
    REQUIRE(signing.ok());
    CHECK_FALSE(config.setCentralKey(signing->publicPem()).ok());
    CHECK_FALSE(config.setCentralKey("not a key").ok());
    CHECK(auditActions(*t.db) == before);
    CHECK(t.store->setting(QLatin1String(kiosksetting::point)).isEmpty());
    CHECK(t.store->setting(QLatin1String(kiosksetting::centralKey)).isEmpty());

    REQUIRE(config.setPoint(QStringLiteral("150525203000-01"), QStringLiteral("07")).ok());
    REQUIRE(config.setPrinter(QStringLiteral("cups:Kiosk_Printer")).ok());
    REQUIRE(config.setRetentionDays(45).ok());
    auto central = protocol::Key::generate(protocol::Suite::Gm);
    REQUIRE(central.ok());
    auto suite = config.setCentralKey(central->publicPem());
    REQUIRE(suite.ok());
    CHECK(suite.value() == protocol::Suite::Gm);

    CHECK(t.store->setting(QLatin1String(kiosksetting::point)) == QLatin1String("150525203000-01"));
    CHECK(t.store->setting(QLatin1String(kiosksetting::kioskNumber)) == QLatin1String("07"));
    CHECK(t.store->setting(QLatin1String(kiosksetting::printer)) ==
          QLatin1String("cups:Kiosk_Printer"));
    CHECK(t.store->setting(QLatin1String(kiosksetting::retentionDays)) == QLatin1String("45"));
    CHECK(t.store->setting(QLatin1String(kiosksetting::centralKey)).toLatin1() ==
          central->publicPem());
    CHECK(auditActions(*t.db).mid(before.size()) ==
          QStringList{QStringLiteral("config.point 150525203000-01"),
                      QStringLiteral("config.printer cups:Kiosk_Printer"),
                      QStringLiteral("config.retention 45"),
                      QStringLiteral("config.central_key gm")});
    CHECK(AuditLog(*t.db).verify().ok);
}

TEST_CASE("removing a staff member is audited, removing an unknown one is refused", "[kioskconfig]")
{
    TestDb t(false);
    const QDateTime now(QDate(2026, 11, 28), QTime(8, 30), Qt::UTC);
    StaffService staff(*t.db, [&now] { return now; });
    REQUIRE(
        staff.enrol(QStringLiteral("0001"), QStringLiteral("萨仁"), QStringLiteral("284615")).ok());
    CHECK(staff.remove(QStringLiteral("0002")).error().code == Error::NotFound);
    REQUIRE(staff.remove(QStringLiteral("0001")).ok());
    CHECK_FALSE(StaffStore(*t.db).get(QStringLiteral("0001")).has_value());
    CHECK(auditActions(*t.db) ==
          QStringList{QStringLiteral("staff.enrolled 0001"), QStringLiteral("staff.removed 0001")});
    CHECK(AuditLog(*t.db).verify().ok);
}

// `jiujinctl config set voice on|off|elder`: the kiosk's default for each visit's voice guidance.
TEST_CASE("the voice default is on, off or elder, and its change is audited", "[kioskconfig]")
{
    TestDb t;
    KioskConfigService config(*t.db);
    const QStringList before = auditActions(*t.db);
    CHECK(config.voice().isEmpty()); // unset: the kiosk treats it as "on"
    for (const char *bad : {"loud", "ON", "", "elder "}) {
        INFO(bad);
        CHECK(config.setVoice(QString::fromLatin1(bad)).error().code == Error::Invalid);
    }
    CHECK(config.voice().isEmpty());
    CHECK(auditActions(*t.db) == before);
    REQUIRE(config.setVoice(QStringLiteral("elder")).ok());
    CHECK(config.voice() == QLatin1String("elder"));
    REQUIRE(config.setVoice(QStringLiteral("off")).ok());
    CHECK(config.voice() == QLatin1String("off"));
    CHECK(auditActions(*t.db).mid(before.size()) ==
          QStringList{QStringLiteral("config.voice elder"), QStringLiteral("config.voice off")});
}
