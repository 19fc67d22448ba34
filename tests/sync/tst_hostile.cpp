// Central under attack by clients without a certificate (issue 13, item 1): a header flood, a
// chunked-body flood, 64 slow-header connections and 500 idle TLS connections, each from its own
// loopback address (hostile.py), against the real `jiujin-gateway serve`. During each attack an
// enrolled kiosk's signed request from 127.0.0.1 is answered within 2 s, and the resident memory
// of the gateway and its front (the whole process tree) stays under 150 MB.
#include "keys.h"
#include "liveharness.h"
#include "requestsigning.h"
#include "syncclient.h"
#include "wire.h"

#include <QDirIterator>
#include <QFile>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace jiujin;
using namespace live;

namespace {

constexpr qint64 rssLimitKb = 150 * 1024;
constexpr qint64 answerWithinMs = 2000;

/** VmRSS (kB) of @p root and every process below it; -1 when @p root is gone. */
qint64 treeRssKb(qint64 root)
{
    QHash<qint64, qint64> parentOf;
    QHash<qint64, qint64> rss;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        bool isPid = false;
        const qint64 pid = it.fileName().toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile status(it.filePath() + QStringLiteral("/status"));
        if (!status.open(QIODevice::ReadOnly))
            continue; // it exited meanwhile
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("PPid:"))
                parentOf.insert(pid, line.mid(5).trimmed().toLongLong());
            else if (line.startsWith("VmRSS:"))
                rss.insert(pid, line.mid(6).trimmed().split(' ').first().toLongLong());
        }
    }
    if (!parentOf.contains(root))
        return -1;
    qint64 total = 0;
    for (auto p = parentOf.cbegin(); p != parentOf.cend(); ++p) {
        for (qint64 up = p.key(), hops = 0; up > 1 && hops < 64; up = parentOf.value(up), ++hops)
            if (up == root) {
                total += rss.value(p.key());
                break;
            }
    }
    return total;
}

/** Samples treeRssKb() every 50 ms while it lives; the highest value seen. */
class RssWatch
{
public:
    explicit RssWatch(qint64 root)
        : m_thread([this, root] {
              while (!m_stop) {
                  m_peak = std::max(m_peak.load(), treeRssKb(root));
                  std::this_thread::sleep_for(std::chrono::milliseconds(50));
              }
          })
    {
    }
    ~RssWatch() { stop(); }
    qint64 stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        return m_peak;
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_peak{0};
    std::thread m_thread;
};

/** hostile.py running one attack from @p source. */
class Attacker
{
public:
    Attacker(const char *mode, int port, const char *source)
    {
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_proc.start(QStringLiteral("python3"),
                     {QStringLiteral(JIUJIN_HOSTILE), arg(mode), QString::number(port), arg(source)});
        REQUIRE(m_proc.waitForStarted(10000));
    }
    ~Attacker() { finish(); }
    /** Waits (up to 20 s) until the attack is under way, or the attacker gave up. */
    void waitUntilReady()
    {
        for (int i = 0; i < 200 && !m_log.contains("ready") && !m_log.contains("done"); ++i) {
            m_proc.waitForReadyRead(100);
            m_log += m_proc.readAll();
        }
    }
    /** Ends the attack; everything the attacker said. */
    QByteArray finish()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.closeWriteChannel();
            if (!m_proc.waitForFinished(10000))
                m_proc.kill();
            m_proc.waitForFinished(5000);
        }
        m_log += m_proc.readAll();
        return m_log;
    }

private:
    QProcess m_proc;
    QByteArray m_log;
};

/** The enrolled kiosk's signed heartbeat, as jiujin-syncd would send it. */
class HonestKiosk
{
public:
    explicit HonestKiosk(Kiosk &k)
    {
        auto config = DeviceConfig::load(*k.store);
        REQUIRE(config.ok());
        QFile keyFile(config->file(keyfile::signingKey));
        REQUIRE(keyFile.open(QIODevice::ReadOnly));
        auto signing = protocol::Key::fromPem(keyFile.readAll());
        REQUIRE(signing.ok());
        m_key = std::make_unique<protocol::Key>(std::move(signing.value()));
        m_device = config->deviceId;
        m_tls.gateway = config->gateway;
        m_tls.pins = config->pins;
        m_tls.caFile = config->file(keyfile::ca);
        m_tls.certFile = config->file(keyfile::certificate);
        m_tls.keyFile = config->file(keyfile::tlsKey);
    }
    /** One heartbeat on a new connection: its HTTP status, 0 on a transport failure. */
    int heartbeat() const
    {
        SyncClient client(m_tls);
        client.setSigner([this](const QByteArray &method, const QByteArray &path,
                                const QByteArray &body) {
            auto h = protocol::signRequest(*m_key, m_device, method, path, body,
                                           QDateTime::currentSecsSinceEpoch());
            if (!h)
                return QList<QByteArray>();
            return QList<QByteArray>{"X-JJ-Device: " + h->device, "X-JJ-Created: " + h->created,
                                     "X-JJ-Nonce: " + h->nonce,
                                     "Content-Digest: " + h->contentDigest,
                                     "X-JJ-Signature: " + h->signature};
        });
        const QByteArray beat = protocol::encode(protocol::Heartbeat{
            QStringLiteral("0.1.0"), QStringLiteral("1"), 0, 0, 1024, QString()});
        auto reply = client.post("/v1/heartbeat", beat);
        return reply ? reply->status : 0;
    }

private:
    std::unique_ptr<protocol::Key> m_key;
    QString m_device;
    TlsSettings m_tls;
};

struct Outcome
{
    qint64 answeredMs = -1; ///< -1: not answered within the wait
    int status = 0;
    qint64 peakRssKb = 0;
    QByteArray attacker;
};

/** Runs @p mode from @p source; during it, one honest heartbeat. */
Outcome underAttack(const GatewayProcess &gw, const HonestKiosk &honest, const char *mode,
                    const char *source)
{
    Outcome out;
    RssWatch watch(gw.pid());
    {
        Attacker attacker(mode, gw.port(), source);
        attacker.waitUntilReady();
        QElapsedTimer t;
        t.start();
        auto answer = std::async(std::launch::async, [&] { return honest.heartbeat(); });
        if (answer.wait_for(std::chrono::milliseconds(answerWithinMs)) ==
            std::future_status::ready) {
            out.answeredMs = t.elapsed();
            out.status = answer.get();
        }
        // A flood is kept up until it is refused or sent in full, and counted until then.
        if (QByteArrayView(mode) == "header" || QByteArrayView(mode) == "chunked")
            for (int i = 0; i < 300 && !attacker.finish().contains("done"); ++i)
                QThread::msleep(100);
        out.attacker = attacker.finish();
        if (answer.valid())
            answer.wait(); // the attack is over: it is answered or fails now
    }
    out.peakRssKb = watch.stop();
    return out;
}

} // namespace

TEST_CASE("Central: clients without a certificate can neither exhaust nor stall it",
          "[sync-hostile]")
{
    Kiosk k;
    GatewayProcess gw(k.dir.filePath(QStringLiteral("gateway")));
    gw.start(0);
    k.enroll(gw.url(), gw.token(), gw.pin());
    const HonestKiosk honest(k);
    REQUIRE(honest.heartbeat() == 204);
    const qint64 idleKb = treeRssKb(gw.pid());
    REQUIRE(idleKb > 0);
    UNSCOPED_INFO("gateway and front at rest: " << idleKb / 1024 << " MB");

    struct Attack
    {
        const char *mode, *source;
    };
    for (const Attack a : {Attack{"header", "127.0.0.2"}, Attack{"chunked", "127.0.0.3"},
                           Attack{"slow", "127.0.0.4"}, Attack{"idle", "127.0.0.5"}}) {
        const Outcome o = underAttack(gw, honest, a.mode, a.source);
        INFO(a.mode << " attack: honest heartbeat " << o.status << " after " << o.answeredMs
                    << " ms (-1: not within " << answerWithinMs << " ms), peak RSS "
                    << o.peakRssKb / 1024 << " MB; attacker: " << o.attacker.toStdString());
        std::printf("%s attack: honest answer %d in %lld ms, peak RSS of gateway and front %lld MB "
                    "(at rest %lld MB)\n",
                    a.mode, o.status, qlonglong(o.answeredMs), qlonglong(o.peakRssKb / 1024),
                    qlonglong(idleKb / 1024));
        std::fflush(stdout);
        CHECK(o.answeredMs >= 0);
        CHECK(o.status == 204);
        CHECK(o.peakRssKb < rssLimitKb);
        CHECK(o.peakRssKb > 0);
    }
    // Still serving, and nothing was stored for the attackers.
    CHECK(honest.heartbeat() == 204);
    CHECK(gw.cli({QStringLiteral("devices")}).trimmed().split('\n').size() == 1);
}
