// The channel on a bad network, made with nft and tc on the loopback of a private network
// namespace (ctest runs this through `unshare -Urn netns.sh`): a partition that refuses, a
// blackhole that heals, packet loss, and a 1 Mbit/s link. Exactly-once is checked after each; the
// drain time of ~1 MB at 1 Mbit/s is measured by the [.sync-bench] case (bench-bandwidth.sh).
#include "liveharness.h"
#include "outboxstore.h"

#include <iostream>

using namespace jiujin;
using namespace live;

#ifdef NFT_EXECUTABLE
namespace {

void nft(const QString &rule)
{
    QByteArray out;
    const int rc = run(QStringLiteral(NFT_EXECUTABLE), {rule}, &out);
    INFO("nft " << rule.toStdString() << ": " << out.toStdString());
    REQUIRE(rc == 0);
}

void tc(const QStringList &args)
{
    QByteArray out;
    const int rc = run(QStringLiteral(TC_EXECUTABLE), args, &out);
    INFO("tc " << args.join(QLatin1Char(' ')).toStdString() << ": " << out.toStdString());
    REQUIRE(rc == 0);
}

/** Packets the rules of the test chain have counted (each rule counts what it drops). */
long counted()
{
    QByteArray out;
    REQUIRE(run(QStringLiteral(NFT_EXECUTABLE), {QStringLiteral("list chain inet jj in")}, &out) ==
            0);
    long n = 0;
    for (qsizetype at = out.indexOf("counter packets "); at >= 0;
         at = out.indexOf("counter packets ", at + 1))
        n += out.mid(at + 16, out.indexOf(' ', at + 16) - at - 16).toLong();
    return n;
}

/** A kiosk and a gateway inside the namespace, and an empty nft chain on its input. */
struct NetnsCase
{
    NetnsCase() : gw(k.dir.filePath(QStringLiteral("gateway")))
    {
        INFO("run inside `unshare -Urn netns.sh` (see tests/sync/CMakeLists.txt)");
        REQUIRE(qEnvironmentVariable("JIUJIN_NETNS") == QLatin1String("1"));
        nft(QStringLiteral("add table inet jj"));
        nft(QStringLiteral("flush table inet jj"));
        nft(QStringLiteral(
            "add chain inet jj in { type filter hook input priority 0; policy accept; }"));
        gw.start(0);
        k.enroll(gw.url(), gw.token(), gw.pin());
    }
    ~NetnsCase()
    {
        QProcess::execute(QStringLiteral(NFT_EXECUTABLE), {QStringLiteral("delete table inet jj")});
        QProcess::execute(QStringLiteral(TC_EXECUTABLE),
                          {QStringLiteral("qdisc"), QStringLiteral("del"), QStringLiteral("dev"),
                           QStringLiteral("lo"), QStringLiteral("root")});
    }
    QString port() const { return QString::number(gw.port()); }

    Kiosk k;
    GatewayProcess gw;
};

/** Sealed bytes of the records: what a gzipped body of their base64 costs on the link, about. */
qint64 wireBytes(Kiosk &k, const QStringList &uuids)
{
    qint64 n = 0;
    for (const QString &u : uuids) {
        const auto s = OutboxStore(*k.db).sealed(u);
        REQUIRE(s.has_value());
        n += s->meta.size() + s->keyHeader.size() + s->payload.size();
        for (const QByteArray &a : s->attachments)
            n += a.size();
    }
    return n;
}

} // namespace

TEST_CASE("Network: a partition, a healing blackhole, packet loss and 1 Mbit/s; exactly once",
          "[sync-netns]")
{
    NetnsCase c;

    // Partition: the gateway's port answers with resets.
    c.k.queue(3);
    nft(QStringLiteral("add rule inet jj in tcp dport %1 counter reject with tcp reset")
            .arg(c.port()));
    CHECK(c.k.syncd() == 3);
    requireExactlyOnce(c.k, c.gw, false);
    CHECK(c.gw.submissions().isEmpty());
    CHECK(counted() >= 1);
    nft(QStringLiteral("flush chain inet jj in"));

    // Blackhole for 1.5 s while the kiosk connects: its SYN is retransmitted after the heal.
    nft(QStringLiteral("add rule inet jj in tcp dport %1 counter drop").arg(c.port()));
    {
        SyncdRun syncd(c.k.path());
        QThread::msleep(1500);
        CHECK(counted() >= 1);
        nft(QStringLiteral("flush chain inet jj in"));
        CHECK(syncd.finish() == 0);
    }
    requireExactlyOnce(c.k, c.gw, true);

    // 30% of packets lost both ways: every run ends exactly-once; retries get everything through.
    c.k.queue(4);
    nft(QStringLiteral("add rule inet jj in tcp dport %1 numgen random mod 100 < 30 counter drop")
            .arg(c.port()));
    nft(QStringLiteral("add rule inet jj in tcp sport %1 numgen random mod 100 < 30 counter drop")
            .arg(c.port()));
    int rc = 3;
    for (int round = 0; round < 8 && rc != 0; ++round) {
        rc = c.k.syncd();
        CHECK((rc == 0 || rc == 3));
        requireExactlyOnce(c.k, c.gw, false);
    }
    CHECK(counted() >= 1);
    nft(QStringLiteral("flush chain inet jj in"));
    if (rc != 0)
        CHECK(c.k.syncd() == 0);
    requireExactlyOnce(c.k, c.gw, true);

    // 1 Mbit/s.
    c.k.queue(3);
    tc({QStringLiteral("qdisc"), QStringLiteral("add"), QStringLiteral("dev"), QStringLiteral("lo"),
        QStringLiteral("root"), QStringLiteral("tbf"), QStringLiteral("rate"),
        QStringLiteral("1mbit"), QStringLiteral("burst"), QStringLiteral("32kbit"),
        QStringLiteral("latency"), QStringLiteral("400ms")});
    CHECK(c.k.syncd() == 0);
    requireExactlyOnce(c.k, c.gw, true);
}

TEST_CASE("Network: a daemon waiting out a long backoff tries again as soon as an address comes up",
          "[sync-netns]")
{
    NetnsCase c;
    c.k.queue(2);
    nft(QStringLiteral("add rule inet jj in tcp dport %1 counter reject with tcp reset")
            .arg(c.port()));

    DaemonRun syncd(c.k.path());
    // A delivery inside a wait this long can only be the network change's doing.
    QElapsedTimer sinceWait;
    const qint64 waitMs = syncd.waitForBackoff(15000, sinceWait);
    CHECK(c.gw.submissions().isEmpty());

    // The network "comes back": the partition ends and an address appears.
    nft(QStringLiteral("flush chain inet jj in"));
    QByteArray out;
    REQUIRE(run(QStringLiteral(IP_EXECUTABLE),
                {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.77.0.1/32"),
                 QStringLiteral("dev"), QStringLiteral("lo")},
                &out) == 0);
    CHECK(waitForStored(c.gw, 2));
    const qint64 tookMs = sinceWait.elapsed();
    const QByteArray log = syncd.stop();
    INFO("jiujin-syncd: " << log.toStdString());
    CHECK(c.gw.submissions().size() == 2);
    CHECK(tookMs < waitMs); // sooner than the backoff would have allowed
    CHECK(log.contains("network changed"));
    requireExactlyOnce(c.k, c.gw, true);
}

TEST_CASE("Benchmark: drain ~1 MB unshaped, then at 1 Mbit/s, against the bound", "[.sync-bench]")
{
    NetnsCase c;
    QElapsedTimer t;
    struct Row
    {
        const char *link;
        qint64 bytes, ms;
    };
    QList<Row> rows;
    for (const bool shaped : {false, true}) {
        const QStringList uuids = c.k.queueScans(8, 100 * 1024);
        const qint64 bytes = wireBytes(c.k, uuids);
        if (shaped)
            tc({QStringLiteral("qdisc"), QStringLiteral("add"), QStringLiteral("dev"),
                QStringLiteral("lo"), QStringLiteral("root"), QStringLiteral("tbf"),
                QStringLiteral("rate"), QStringLiteral("1mbit"), QStringLiteral("burst"),
                QStringLiteral("32kbit"), QStringLiteral("latency"), QStringLiteral("400ms")});
        auto engine = SyncEngine::open(*c.k.db);
        REQUIRE(engine.ok());
        t.start();
        const DrainResult r = engine.value()->drain();
        rows.append({shaped ? "1 Mbit/s (tbf)" : "loopback", bytes, t.elapsed()});
        INFO(r.error.toStdString()
             << "; accepted " << r.accepted << " in " << r.batches << " batches");
        CHECK(r.complete);
        requireExactlyOnce(c.k, c.gw, true);
    }
    const qint64 boundMs = rows.last().bytes * 8 / 1000; // bytes at 10^6 bit/s, in ms
    std::cout << "\nlink              bytes     drain ms   bound ms   drain/bound\n";
    for (const Row &r : rows)
        std::cout << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(QString::fromLatin1(r.link), -16)
                         .arg(r.bytes, 9)
                         .arg(r.ms, 10)
                         .arg(boundMs, 10)
                         .arg(double(r.ms) / double(boundMs), 12, 'f', 2)
                         .toStdString();
    std::cout << "shaped / loopback: "
              << double(rows.last().ms) / double(qMax<qint64>(1, rows.first().ms)) << "\n";
}
#endif
