#include "auditlog.h"
#include "testdb.h"

#include <QCryptographicHash>

using namespace jiujin;

namespace {
void fill(Database &db, int n)
{
    AuditLog log(db);
    const QDateTime t0(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        Transaction tx(db);
        REQUIRE(log.append(t0.addSecs(i), QStringLiteral("kiosk"), QStringLiteral("record.queued"),
                           QStringLiteral("uuid-%1").arg(i))
                    .ok());
        REQUIRE(tx.commit().ok());
    }
}

void exec(Database &db, const char *sql)
{
    REQUIRE(db.exec(sql).ok());
}
} // namespace

TEST_CASE("an untouched audit chain verifies", "[audit]")
{
    TestDb t(false);
    CHECK(AuditLog(*t.db).verify().ok); // empty
    fill(*t.db, 6);
    const AuditCheck check = AuditLog(*t.db).verify();
    CHECK(check.ok);
    CHECK(check.entries == 6);
}

TEST_CASE("an entry's hash is the SHA-256 of its fields, so chains written before still verify",
          "[audit]")
{
    TestDb t(false);
    fill(*t.db, 2);
    auto rows = t.db->prepare("SELECT seq, at, actor, action, subject, detail, prev_hash, hash "
                              "FROM audit_log ORDER BY seq");
    QString prev(64, QLatin1Char('0'));
    int seen = 0;
    while (rows.step()) {
        // The text as the chain has always joined it: fields split by a unit separator (0x1f).
        const QString joined = QStringList{prev,         QString::number(rows.integer(0)),
                                           rows.text(1), rows.text(2),
                                           rows.text(3), rows.text(4),
                                           rows.text(5)}
                                   .join(QChar(0x1f));
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
        CHECK(rows.text(6) == prev);
        CHECK(rows.text(7) == expected);
        prev = rows.text(7);
        ++seen;
    }
    CHECK(seen == 2);
}

TEST_CASE("an edited, deleted, reordered or cut-off entry breaks the chain where it happened",
          "[audit]")
{
    TestDb t(false);
    fill(*t.db, 6);
    qint64 expectedAt = 0;
    SECTION("edited subject")
    {
        exec(*t.db, "UPDATE audit_log SET subject = 'uuid-x' WHERE seq = 3");
        expectedAt = 3;
    }
    SECTION("edited time, hash recomputed by hand is still caught by the next entry")
    {
        exec(*t.db,
             "UPDATE audit_log SET at = '2026-11-29T09:00:00.000Z', hash = '00' WHERE seq = 2");
        expectedAt = 2;
    }
    SECTION("deleted in the middle")
    {
        exec(*t.db, "DELETE FROM audit_log WHERE seq = 4");
        expectedAt = 4;
    }
    SECTION("two entries swapped")
    {
        exec(*t.db, "UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 "
                    "WHERE seq = 3;"
                    "UPDATE audit_log SET seq = 3 WHERE seq = -2");
        expectedAt = 2;
    }
    SECTION("the newest entry deleted")
    {
        exec(*t.db, "DELETE FROM audit_log WHERE seq = 6");
        expectedAt = 6;
    }
    const AuditCheck check = AuditLog(*t.db).verify();
    CHECK_FALSE(check.ok);
    CHECK(check.brokenAt == expectedAt);
    CHECK_FALSE(check.problem.isEmpty());
}

TEST_CASE("audit fields cannot smuggle the separator", "[audit]")
{
    TestDb t(false);
    CHECK_FALSE(AuditLog(*t.db)
                    .append(QDateTime::currentDateTimeUtc(), QStringLiteral("kiosk"),
                            QStringLiteral("a"),
                            QStringLiteral("b") + QChar(0x1f) + QStringLiteral("c"))
                    .ok());
}
