#include "auditlog.h"
#include "staffservice.h"
#include "staffstore.h"
#include "testdb.h"

using namespace jiujin;

namespace {
QStringList auditActions(Database &db)
{
    auto s = db.prepare("SELECT action FROM audit_log ORDER BY seq");
    QStringList actions;
    while (s.step())
        actions.append(s.text(0));
    return actions;
}
} // namespace

TEST_CASE("a staff PIN is kept only as a salted scrypt hash", "[staff]")
{
    TestDb t(false);
    QDateTime now(QDate(2026, 11, 28), QTime(8, 30), Qt::UTC);
    StaffService staff(*t.db, [&now] { return now; });
    REQUIRE(
        staff.enrol(QStringLiteral("0001"), QStringLiteral("萨仁"), QStringLiteral("284615")).ok());
    REQUIRE(
        staff.enrol(QStringLiteral("0002"), QStringLiteral("王磊"), QStringLiteral("284615")).ok());
    const auto a = StaffStore(*t.db).get(QStringLiteral("0001"));
    const auto b = StaffStore(*t.db).get(QStringLiteral("0002"));
    REQUIRE(a.has_value());
    CHECK(a->pinHash.size() == 32);
    CHECK(a->pinHash != b->pinHash); // different salts
    CHECK(a->kdf.startsWith(QLatin1String("scrypt:")));
    QFile f(t.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK_FALSE(f.readAll().contains("284615"));
}

TEST_CASE("weak or malformed PINs are refused", "[staff]")
{
    for (const char *pin : {"12345", "1234567", "12a456", "000000", "123456", "987654", ""})
        CHECK_FALSE(StaffService::pinProblem(QString::fromLatin1(pin)).isEmpty());
    CHECK(StaffService::pinProblem(QStringLiteral("284615")).isEmpty());
    TestDb t(false);
    StaffService staff(*t.db);
    CHECK_FALSE(
        staff.enrol(QStringLiteral("0001"), QStringLiteral("萨仁"), QStringLiteral("111111")).ok());
    CHECK_FALSE(
        staff.enrol(QStringLiteral("00 1"), QStringLiteral("萨仁"), QStringLiteral("284615")).ok());
    CHECK_FALSE(StaffStore(*t.db).get(QStringLiteral("0001")).has_value());
}

TEST_CASE("five wrong PINs lock the staff member for five minutes; every attempt is audited",
          "[staff]")
{
    TestDb t(false);
    QDateTime now(QDate(2026, 11, 28), QTime(8, 30), Qt::UTC);
    StaffService staff(*t.db, [&now] { return now; });
    REQUIRE(
        staff.enrol(QStringLiteral("0001"), QStringLiteral("萨仁"), QStringLiteral("284615")).ok());

    const LoginResult ok = staff.login(QStringLiteral("0001"), QStringLiteral("284615"));
    CHECK(ok.outcome == LoginResult::Ok);
    CHECK(ok.displayName == QStringLiteral("萨仁"));

    for (int i = 1; i <= 4; ++i) {
        const LoginResult wrong = staff.login(QStringLiteral("0001"), QStringLiteral("000001"));
        CHECK(wrong.outcome == LoginResult::Wrong);
        CHECK(wrong.attemptsLeft == 5 - i);
    }
    const LoginResult locked = staff.login(QStringLiteral("0001"), QStringLiteral("000001"));
    CHECK(locked.outcome == LoginResult::Locked);
    CHECK(locked.lockedUntil == now.addSecs(300));

    now = now.addSecs(299);
    CHECK(staff.login(QStringLiteral("0001"), QStringLiteral("284615")).outcome ==
          LoginResult::Locked); // right PIN, still locked
    now = now.addSecs(2);
    CHECK(staff.login(QStringLiteral("0001"), QStringLiteral("284615")).outcome == LoginResult::Ok);
    // The count starts again after a success.
    CHECK(staff.login(QStringLiteral("0001"), QStringLiteral("000001")).attemptsLeft == 4);

    const LoginResult unknown = staff.login(QStringLiteral("9999"), QStringLiteral("284615"));
    CHECK(unknown.outcome == LoginResult::Wrong);

    const QStringList actions = auditActions(*t.db);
    CHECK(actions.count(QStringLiteral("staff.login")) == 2);
    CHECK(actions.count(QStringLiteral("staff.login_failed")) == 6);
    CHECK(actions.count(QStringLiteral("staff.locked")) == 1);
    CHECK(actions.count(QStringLiteral("staff.login_refused")) == 1);
    CHECK(AuditLog(*t.db).verify().ok);
}
