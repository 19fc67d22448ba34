// The acceptance run of the sync issue: an enrolled kiosk queues 500 applications, most with
// scanned pictures, and jiujin-syncd delivers them to the real jiujin-gateway over mTLS: every one
// accepted exactly once, and the gateway's stored set equals the kiosk's acknowledged set.
#include "liveharness.h"
#include "outboxstore.h"

using namespace jiujin;
using namespace live;

TEST_CASE("Acceptance: 500 records with attachments reach the gateway exactly once",
          "[sync-acceptance]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    k.enroll(gw.url(), gw.token(), gw.pin());

    k.queueScans(250, 30 * 1024, 1, 1);
    k.queueScans(150, 20 * 1024, 2, 2);
    k.queue(100); // the plain application: one small scan each
    REQUIRE(k.queued.size() == 500);
    // What each record carries, to compare with what central stored: the sealed parts' count.
    QHash<QString, int> parts;
    for (const QString &uuid : k.queued)
        parts.insert(uuid, int(OutboxStore(*k.db).sealed(uuid)->attachments.size()));
    CHECK(parts.value(k.queued.first()) == 1);
    CHECK(parts.value(k.queued.at(300)) == 2);

    QByteArray out;
    const int rc = k.syncd(&out);
    INFO(out.toStdString());
    INFO("jiujin-gateway: " << gw.log().toStdString());
    REQUIRE(rc == 0);
    requireExactlyOnce(k, gw, true);
    const QHash<QString, QString> stored = gw.accepted();
    CHECK(stored.size() == 500);
    CHECK(stored == k.accepted());

    // Acknowledged records keep their metadata and receipt, and their sealed bytes are purged.
    for (const QString &uuid : k.queued) {
        const auto r = OutboxStore(*k.db).sealed(uuid);
        REQUIRE(r.has_value());
        CHECK(r->state == QLatin1String("accepted"));
        CHECK(!r->centralReceipt.isEmpty());
        CHECK(r->payload.isEmpty());
        CHECK(r->attachments.isEmpty());
    }

    // Running again sends nothing and stores nothing twice.
    REQUIRE(k.syncd() == 0);
    CHECK(gw.submissions().size() == 500);
}

TEST_CASE("A staff member's \"sync now\" ends jiujin-syncd's backoff at once", "[sync-acceptance]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    k.enroll(gw.url(), gw.token(), gw.pin());
    gw.stop(); // the central platform is down
    k.queue(2);

    DaemonRun syncd(k.path());
    QElapsedTimer sinceWait;
    const qint64 waitMs = syncd.waitForBackoff(15000, sinceWait);
    gw.start(gw.port());
    QByteArray out;
    REQUIRE(run(QStringLiteral(JIUJINCTL),
                {QStringLiteral("--db"), k.path(), QStringLiteral("sync"), QStringLiteral("now")},
                &out) == 0);
    CHECK(waitForStored(gw, 2));
    const qint64 tookMs = sinceWait.elapsed();
    const QByteArray log = syncd.stop();
    INFO("jiujin-syncd: " << log.toStdString());
    CHECK(tookMs < waitMs);
    CHECK(log.contains("asked to sync now"));
    requireExactlyOnce(k, gw, true);
}
