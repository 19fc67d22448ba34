// Case updates end to end over real TLS (PROTOCOL.md, "Cases"): a kiosk application becomes a
// case at central (jiujin-gateway), officers move it with `jiujin-gateway case move` (CaseService),
// and `jiujin-syncd --once` pulls GET /v1/cases/changes after its drain and applies each signed
// page on the kiosk: what 查进度 shows, offline too.
#include "auditlog.h"
#include "casestatusstore.h"
#include "database.h"
#include "keys.h"
#include "liveharness.h"
#include "workcalendar.h"

using namespace jiujin;
using namespace live;

namespace {

/** The kiosk's status of central receipt @p receipt (fails the test when there is none). */
CaseStatus statusOf(Kiosk &k, const QString &receipt)
{
    auto s = CaseStatusStore(*k.db).status(receipt);
    REQUIRE(s.ok());
    INFO("no case status for " << receipt.toStdString());
    REQUIRE(s.value().has_value());
    return *s.value();
}

qint64 casesSeq(Kiosk &k)
{
    auto s = CaseStatusStore(*k.db).sequence();
    REQUIRE(s.ok());
    return s.value();
}

int applies(Kiosk &k)
{
    auto s = k.db->prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'cases.apply'");
    REQUIRE(s.step());
    return int(s.integer(0));
}

/** Adds operator @p id (password on stdin, as an operator would type it). */
void addOperator(const GatewayProcess &gw, const QStringList &args)
{
    QProcess p;
    p.start(GatewayProcess::exe(), QStringList{QStringLiteral("operator"), QStringLiteral("add")} +
                                       args + QStringList{QStringLiteral("--data-dir"), gw.dir()});
    REQUIRE(p.waitForStarted());
    p.write("correct-horse-battery\n");
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

/** Moves the case as the operator whose role makes that move: the township's window clerk
 *  accepts, asks for correction and hands over; the department's officer reviews and decides. */
void move(const GatewayProcess &gw, const QString &receipt, const QString &stage,
          const QStringList &extra = {})
{
    const bool clerk = stage == QLatin1String("accepted") || stage == QLatin1String("correction") ||
                       stage == QLatin1String("delivered");
    gw.cli(QStringList{QStringLiteral("case"), QStringLiteral("move"), receipt, stage,
                       QStringLiteral("--operator"),
                       clerk ? QStringLiteral("clerk-1") : QStringLiteral("officer-1")} +
           extra);
}

} // namespace

TEST_CASE("case updates: central's moves reach the kiosk's 查进度 through jiujin-syncd",
          "[sync-cases]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    // Published, so that the case carries the item's promised working days.
    gw.cli({QStringLiteral("catalogue"), QStringLiteral("publish"), QStringLiteral(JIUJIN_SEED)});
    k.enroll(gw.url(), gw.token(), gw.pin());

    // The application is delivered; the same run pulls its case as intake opened it.
    const QString uuid = k.queue(1).first();
    QByteArray out;
    REQUIRE(k.syncd(&out) == 0);
    INFO(out.toStdString());
    const QString receipt = k.accepted().value(uuid);
    REQUIRE(receipt.startsWith(QLatin1String("NM")));
    CHECK(out.contains("case updates seq 1"));
    CHECK(statusOf(k, receipt).stage == QLatin1String("submitted"));
    // The window clerk of the point's township and the officer of the item's department.
    QString department;
    for (const QByteArray &line :
         gw.cli({QStringLiteral("case"), QStringLiteral("show"), receipt}).split('\n'))
        if (line.startsWith("department\t"))
            department = QString::fromUtf8(line.mid(11));
    REQUIRE_FALSE(department.isEmpty());
    addOperator(gw, {QStringLiteral("clerk-1"), QStringLiteral("--role"), QStringLiteral("clerk"),
                     QStringLiteral("--township"), QStringLiteral("150525203")});
    addOperator(gw, {QStringLiteral("officer-1"), QStringLiteral("--role"),
                     QStringLiteral("officer"), QStringLiteral("--department"), department});
    CHECK(casesSeq(k) == 1);

    // 已受理: the clock runs, the due date comes with it.
    move(gw, receipt, QStringLiteral("accepted"));
    REQUIRE(k.syncd(&out) == 0);
    CaseStatus s = statusOf(k, receipt);
    CHECK(s.stage == QLatin1String("accepted"));
    CHECK(s.due.isValid());
    CHECK_FALSE(s.paused);
    CHECK(casesSeq(k) == 2);

    // 待补正: what to bring and by when; the clock stands still.
    const QDate due = WorkCalendar::chinaDate(QDateTime::currentDateTimeUtc()).addDays(10);
    move(gw, receipt, QStringLiteral("correction"),
         {QStringLiteral("--materials"), QStringLiteral("户口簿复印件,解除劳动合同证明"),
          QStringLiteral("--due"), due.toString(Qt::ISODate), QStringLiteral("--reason"),
          QStringLiteral("复印件不清晰")});
    REQUIRE(k.syncd(&out) == 0);
    s = statusOf(k, receipt);
    CHECK(s.stage == QLatin1String("correction"));
    CHECK(s.materials ==
          QStringList{QStringLiteral("户口簿复印件"), QStringLiteral("解除劳动合同证明")});
    CHECK(s.materialsDue == due);
    CHECK(s.reason == QStringLiteral("复印件不清晰"));
    CHECK(s.paused);

    // Back to 审查中, decided, and the result waits at this point.
    move(gw, receipt, QStringLiteral("review"));
    move(gw, receipt, QStringLiteral("approved"));
    REQUIRE(k.syncd(&out) == 0);
    CHECK(statusOf(k, receipt).stage == QLatin1String("approved"));
    CHECK(statusOf(k, receipt).materials.isEmpty());
    move(gw, receipt, QStringLiteral("ready_for_pickup"));
    REQUIRE(k.syncd(&out) == 0);
    s = statusOf(k, receipt);
    CHECK(s.stage == QLatin1String("ready_for_pickup"));
    CHECK(s.pickupHere);
    const qint64 seqBefore = casesSeq(k);
    CHECK(seqBefore == 6);
    CHECK(k.setting(syncsetting::lastError).isEmpty());

    // A page that does not verify (the kiosk holds another receipt key) changes nothing and is
    // noted for staff; the drain is not held up.
    const QString realKey = k.setting(syncsetting::receiptKey);
    auto stranger = protocol::Key::generateSigning(protocol::Suite::Intl);
    REQUIRE(stranger.ok());
    REQUIRE(k.store
                ->setSetting(QLatin1String(syncsetting::receiptKey),
                             QString::fromLatin1(stranger->publicPem()))
                .ok());
    move(gw, receipt, QStringLiteral("delivered"));
    const int appliedBefore = applies(k);
    REQUIRE(k.syncd(&out) == 0);
    CHECK(out.contains("cases: case changes: central's signature does not verify"));
    CHECK(statusOf(k, receipt).stage == QLatin1String("ready_for_pickup"));
    CHECK(casesSeq(k) == seqBefore);
    CHECK(applies(k) == appliedBefore);
    CHECK(k.setting(syncsetting::lastError).startsWith(QLatin1String("cases:")));
    REQUIRE(k.store->setSetting(QLatin1String(syncsetting::receiptKey), realKey).ok());
    REQUIRE(k.syncd(&out) == 0);
    CHECK(statusOf(k, receipt).stage == QLatin1String("delivered"));
    CHECK(casesSeq(k) == seqBefore + 1);

    // The kiosk ahead of central (central's data restored from an older backup, say): 410, and
    // it takes everything again from 0; a status central no longer has goes.
    REQUIRE(k.db->exec("UPDATE kiosk_settings SET value = '999' WHERE key = 'cases.seq'").ok());
    REQUIRE(k.db->exec("INSERT INTO case_statuses(receipt, seq, item, stage, stage_at)"
                       " VALUES ('NM19990101000001', 998, 'x', 'review', '1999-01-01T00:00:00Z')")
                .ok());
    REQUIRE(k.syncd(&out) == 0);
    INFO(out.toStdString());
    CHECK(casesSeq(k) == seqBefore + 1);
    CHECK(statusOf(k, receipt).stage == QLatin1String("delivered"));
    CHECK_FALSE(
        CaseStatusStore(*k.db).status(QStringLiteral("NM19990101000001")).value().has_value());

    // Every page applied is in the kiosk's audit chain, which still verifies.
    CHECK(applies(k) == 7);
    CHECK(AuditLog(*k.db).verify().ok);
}
