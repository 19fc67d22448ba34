// Sync throughput: jiujin-syncd --once draining N queued ~1 KB sealed applications to a local
// jiujin-gateway over TLS 1.3 + client certificate, beside a baseline that POSTs one record per
// request on a new connection each (a fresh SyncClient, i.e. a fresh libcurl handle: TCP + TLS
// handshake + signed request every time), same gateway, same run. Both go through a byte-counting
// TCP relay in this process, so "bytes on the wire" are the TLS bytes each way (TCP/IP headers not
// included). Also reports jiujin-syncd's peak RSS (VmHWM read from /proc while it runs), and
// the per-record cost of each step on both sides: jiujin-syncd --once prints its steps' times,
// the gateway logs its steps for each batch (one line per batch), summed here over the drain.
//
// With --shaped-kbit K (run inside `unshare -Urn`, as tests/bench/run does) the relay's client
// side is shaped to K kbit/s each way with tc, and the drain time is compared with the time the
// counted bytes need at that rate. Prints tables; it asserts nothing.
//
// Usage: jiujin-bench-sync [N] [DIR] [--baseline M] [--shaped-kbit K]
//   N: records to drain (default 10000); DIR: where the databases go (default the current
//   directory); M: records the baseline sends (default N/10, at least 10).
// Environment: JIUJIN_BENCH_GATEWAY / JIUJIN_BENCH_SYNCD run another build's gateway / syncd
// (before and after a change in one sitting); JIUJIN_BENCH_SYNCD_BEFORE=PATH drains a copy of
// the queue with that (older) syncd too, in the same run and against the same gateway, first;
// JIUJIN_BENCH_GATEWAY_WRAP="valgrind
// --tool=callgrind ..." runs the gateway's serve under a profiler.
#include "../integration/integration.h"

#include "deviceconfig.h"
#include "kioskenrollment.h"
#include "requestsigning.h"
#include "syncclient.h"
#include "wire.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <thread>

extern char **environ;

using namespace jiujin;

namespace {

struct FdClose
{
    void operator()(int *fd) const
    {
        ::close(*fd);
        delete fd;
    }
};
using Fd = std::shared_ptr<int>;
Fd adopt(int fd)
{
    return Fd(new int(fd), FdClose{});
}

/** A TCP relay 127.0.0.1:port() -> 127.0.0.1:target that counts the bytes each way. */
class CountingRelay
{
public:
    explicit CountingRelay(int target) : m_target(target)
    {
        const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        m_listen = adopt(s);
        const int one = 1;
        ::setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(s, 256) != 0)
            qFatal("relay: cannot listen");
        socklen_t len = sizeof a;
        ::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~CountingRelay()
    {
        m_stop = true;
        ::shutdown(*m_listen, SHUT_RDWR);
        m_acceptor.join();
        while (m_active > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    int port() const { return m_port; }
    void reset() { m_up = m_down = m_connections = 0; }
    qint64 up() const { return m_up; }     ///< client -> gateway bytes since reset()
    qint64 down() const { return m_down; } ///< gateway -> client bytes since reset()
    qint64 connections() const { return m_connections; }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            const int c = ::accept4(*m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (c < 0) {
                if (m_stop)
                    return;
                continue;
            }
            Fd client = adopt(c);
            Fd server = adopt(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            a.sin_port = htons(quint16(m_target));
            if (::connect(*server, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0)
                continue;
            const int one = 1;
            // The relay must not add the delayed-ACK stalls the gateway itself avoids.
            ::setsockopt(*client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            ::setsockopt(*server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            ++m_connections;
            m_active += 2;
            std::thread([this, client, server] { pump(client, server, m_up); }).detach();
            std::thread([this, client, server] { pump(server, client, m_down); }).detach();
        }
    }
    void pump(const Fd &from, const Fd &to, std::atomic<qint64> &count)
    {
        char buf[16384];
        for (;;) {
            const ssize_t n = ::read(*from, buf, sizeof buf);
            if (n <= 0)
                break;
            count += n;
            for (ssize_t done = 0; done < n;) {
                const ssize_t w = ::write(*to, buf + done, size_t(n - done));
                if (w <= 0)
                    goto out;
                done += w;
            }
        }
    out:
        ::shutdown(*to, SHUT_WR);
        --m_active;
    }

    int m_target;
    int m_port = 0;
    Fd m_listen;
    std::thread m_acceptor;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_active{0};
    std::atomic<qint64> m_up{0}, m_down{0}, m_connections{0};
};

/** A running `jiujin-gateway serve` on a fresh data directory. */
struct Gateway
{
    QString exe, data, pin, log;
    QProcess serve;
    int port = 0;

    QByteArray cli(const QStringList &args)
    {
        QProcess p;
        p.start(exe, QStringList{args} << QStringLiteral("--data-dir") << data);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("jiujin-gateway %s failed: %s", qPrintable(args.join(u' ')),
                   p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }
    void start(const QString &dir)
    {
        // JIUJIN_BENCH_GATEWAY: another build's gateway (a before/after pair in one run).
        exe = qEnvironmentVariable("JIUJIN_BENCH_GATEWAY", QStringLiteral(JIUJIN_GATEWAY_EXE));
        data = dir;
        const QByteArray init = cli({QStringLiteral("init")});
        const qsizetype at = init.indexOf("sha256//");
        if (at < 0)
            qFatal("jiujin-gateway init printed no pin");
        pin = QString::fromLatin1(init.mid(at, init.indexOf('\n', at) - at).trimmed());
        // To a file: it logs a line per record, and an unread pipe would stall it.
        log = dir + QStringLiteral(".log");
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.setStandardOutputFile(log);
        // qFatal aborts without destructors: the gateway must not outlive the benchmark.
        serve.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        QStringList args{QStringLiteral("serve"),
                         QStringLiteral("--data-dir"),
                         data,
                         QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--catalogue"),
                         QStringLiteral(JIUJIN_SEED)};
        // JIUJIN_BENCH_GATEWAY_WRAP="valgrind --tool=callgrind ..." runs serve under a profiler
        // (instruction counts repeat here; the wall clock does not).
        QStringList wrap =
            qEnvironmentVariable("JIUJIN_BENCH_GATEWAY_WRAP").split(u' ', Qt::SkipEmptyParts);
        if (wrap.isEmpty()) {
            serve.start(exe, args);
        } else {
            const QString program = wrap.takeFirst();
            serve.start(program, wrap << exe << args);
        }
        QByteArray said;
        QFile out(log);
        for (int i = 0; i < 600 && port == 0; ++i) {
            QThread::msleep(100);
            if (!out.isOpen())
                out.open(QIODevice::ReadOnly);
            said += out.readAll();
            if (const qsizetype p = said.indexOf("listening on ");
                p >= 0 && said.indexOf('\n', p) > 0)
                port = said.mid(p + 13, said.indexOf('\n', p) - p - 13).trimmed().toInt();
        }
        if (port == 0)
            qFatal("jiujin-gateway serve did not start: %s", said.constData());
    }
    QString token()
    {
        return QString::fromLatin1(
            cli({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--point"),
                 QStringLiteral("150525203000-01")})
                .trimmed()
                .split('\n')
                .last());
    }
    /** CPU time serve has used so far, all its threads (user + system, from /proc), in us; -1
     *  when it cannot be read. Under a wrapper (JIUJIN_BENCH_GATEWAY_WRAP) it is the wrapper's. */
    qint64 cpuUs() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(serve.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        // Fields after the command (which may hold spaces) end with ')': utime and stime are
        // the 14th and 15th fields of the line, the 12th and 13th after it.
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() < 13)
            return -1;
        const long tick = ::sysconf(_SC_CLK_TCK);
        return (f.at(11).toLongLong() + f.at(12).toLongLong()) * 1000000 / std::max(1L, tick);
    }
    ~Gateway()
    {
        serve.terminate();
        if (!serve.waitForFinished(10000))
            serve.kill();
    }
};

/** As bench_submit.cpp: a 失业登记 application whose sealed payload is about 1 KB. */
Application application()
{
    Application app = test::unemployment();
    app.values.insert(QStringLiteral("job_wish"), QString(120, QChar(0x5b66)));
    app.materials[0] = {
        0, MaterialEntry::Kind::ECertificate, {}, QStringLiteral("SAMPLE-ECERT-0002")};
    return app;
}

std::unique_ptr<Database> openDb(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("open %s: %s", qPrintable(path), qPrintable(db.error().message));
    return std::move(db.value());
}

void enroll(Database &db, const QString &url, Gateway &gw, const QString &keysDir)
{
    const EnrollOptions o{url, gw.token(), {gw.pin}, keysDir, protocol::Suite::Intl};
    if (auto e = KioskEnrollment(db).enroll(o); !e)
        qFatal("enroll: %s", qPrintable(e.error().message));
}

/** A kiosk database with the seed catalogue, the service point and @p n queued applications
 *  (sealed to whatever central key the database holds: enroll first). */
void queue(Database &db, int n)
{
    SubmissionService service(db, &test::fixedNow);
    const Application app = application();
    for (int i = 0; i < n; ++i)
        if (auto q = service.submit(app); !q)
            qFatal("submit: %s", qPrintable(q.error().message));
}

/** Accepted count from "accepted N, rejected ..." (jiujin-syncd --once). */
int acceptedIn(const QByteArray &said)
{
    const qsizetype at = said.indexOf("accepted ");
    return at < 0 ? -1 : said.mid(at + 9, said.indexOf(',', at) - at - 9).toInt();
}

/** "name value, name value" figures of a line (jiujin-syncd's "drain us: ..." and the gateway's
 *  "intake batch ...: ... us verify 1 decode 2 ..."), added to @p into by name. */
void addFigures(const QByteArray &line, const QByteArray &after, QMap<QByteArray, qint64> &into,
                QList<QByteArray> &order)
{
    const qsizetype at = line.indexOf(after);
    if (at < 0)
        return;
    QByteArray rest = line.mid(at + after.size());
    rest.replace(',', ' ');
    const QList<QByteArray> words = rest.simplified().split(' ');
    for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
        if (!into.contains(words.at(i)))
            order.append(words.at(i));
        into[words.at(i)] += words.at(i + 1).toLongLong();
    }
}

struct Drained
{
    double seconds = 0;
    long peakRssKib = 0;
    QByteArray said;
    int accepted = 0, runs = 0;
    bool complete = false;
    QSet<QString> errors;             ///< why runs stopped early
    QMap<QByteArray, qint64> kioskUs; ///< jiujin-syncd's steps, microseconds summed over runs
    QList<QByteArray> kioskSteps;     ///< in the order syncd prints them
    qint64 userUs = 0, systemUs = 0;  ///< syncd's CPU time, all its threads (getrusage via wait4)
    /** Of it, up to the drain's end (start-up included; syncd's "drain cpu us" line): the rest
     *  is what --once does after the drain (case updates, catalogue, slots, the heartbeat). */
    qint64 drainCpuUs = 0;
};

/** The jiujin-syncd this run measures: JIUJIN_BENCH_SYNCD (another build's, for a before/after
 *  pair in two runs) or this build's. */
QByteArray syncdExe()
{
    return qEnvironmentVariableIsEmpty("JIUJIN_BENCH_SYNCD") ? QByteArrayLiteral(JIUJIN_SYNCD_EXE)
                                                             : qgetenv("JIUJIN_BENCH_SYNCD");
}

/** Runs `EXE --db DB --once` and waits for it; its output goes to a file. */
Drained runSyncd(const QByteArray &exe, const QString &db, const QString &outFile)
{
    const QByteArray dbPath = QFile::encodeName(db), out = QFile::encodeName(outFile);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    char *argv[] = {const_cast<char *>(exe.constData()), const_cast<char *>("--db"),
                    const_cast<char *>(dbPath.constData()), const_cast<char *>("--once"), nullptr};
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, exe.constData(), &fa, nullptr, argv, environ) != 0)
        qFatal("cannot start jiujin-syncd");
    posix_spawn_file_actions_destroy(&fa);
    // The child's ru_maxrss would count this process's memory too (posix_spawn shares it until
    // exec), so syncd's own high-water mark is read from /proc while it runs.
    int status = 0;
    qint64 hwm = 0;
    const QString statusPath = QStringLiteral("/proc/%1/status").arg(pid);
    struct rusage usage = {};
    while (::wait4(pid, &status, WNOHANG, &usage) == 0) {
        QFile proc(statusPath);
        if (proc.open(QIODevice::ReadOnly))
            for (const QByteArray &line : proc.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    hwm = std::max(hwm, line.mid(6).trimmed().split(' ').value(0).toLongLong());
        ::usleep(5000);
    }
    Drained d;
    d.seconds = double(t.nsecsElapsed()) / 1e9;
    d.peakRssKib = hwm;
    auto us = [](const timeval &t) { return qint64(t.tv_sec) * 1000000 + t.tv_usec; };
    d.userUs = us(usage.ru_utime);
    d.systemUs = us(usage.ru_stime);
    QFile f(outFile);
    if (f.open(QIODevice::ReadOnly))
        d.said = f.readAll();
    d.runs = 1;
    d.accepted = acceptedIn(d.said);
    QMap<QByteArray, qint64> drainCpu;
    QList<QByteArray> drainCpuOrder;
    for (const QByteArray &line : d.said.split('\n')) {
        addFigures(line, "drain us:", d.kioskUs, d.kioskSteps);
        addFigures(line, "drain cpu us:", drainCpu, drainCpuOrder);
    }
    d.drainCpuUs = drainCpu.value("user") + drainCpu.value("system");
    // 3 is "retry later": the caller runs it again, as the scheduler would after a backoff.
    if (!WIFEXITED(status) || (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 3))
        qFatal("jiujin-syncd failed (status %d): %s", status, d.said.constData());
    d.complete = WEXITSTATUS(status) == 0;
    return d;
}

/** jiujin-syncd --once until the queue is empty (one run unless a drain stops on an error), the
 *  times summed and the peak RSS the largest of the runs. */
Drained drainAll(const QString &db, const QString &outFile, int n,
                 const QByteArray &exe = syncdExe())
{
    Drained all;
    while (all.accepted < n) {
        const Drained d = runSyncd(exe, db, outFile);
        all.seconds += d.seconds;
        all.userUs += d.userUs;
        all.systemUs += d.systemUs;
        all.drainCpuUs += d.drainCpuUs;
        all.peakRssKib = std::max(all.peakRssKib, d.peakRssKib);
        all.accepted += std::max(0, d.accepted);
        for (const QByteArray &step : d.kioskSteps) {
            if (!all.kioskUs.contains(step))
                all.kioskSteps.append(step);
            all.kioskUs[step] += d.kioskUs.value(step);
        }
        ++all.runs;
        if (!d.complete) {
            const qsizetype at = d.said.lastIndexOf("jiujin-syncd: ");
            all.errors.insert(QString::fromUtf8(d.said.mid(at + 14).trimmed()));
        }
        if (d.accepted <= 0 || all.runs > 1000)
            break;
    }
    return all;
}

/** The baseline: each record of @p db POSTed alone by a fresh SyncClient (new connection). */
double onePerConnection(Database &db, int m)
{
    CatalogueStore settings(db);
    auto config = DeviceConfig::load(settings);
    if (!config)
        qFatal("baseline config: %s", qPrintable(config.error().message));
    QFile keyFile(config->file(keyfile::signingKey));
    if (!keyFile.open(QIODevice::ReadOnly))
        qFatal("baseline: no signing key");
    auto signing = protocol::Key::fromPem(keyFile.readAll());
    if (!signing)
        qFatal("baseline signing key: %s", qPrintable(signing.error().message));
    TlsSettings tls;
    tls.gateway = config->gateway;
    tls.pins = config->pins;
    tls.caFile = config->file(keyfile::ca);
    tls.certFile = config->file(keyfile::certificate);
    tls.keyFile = config->file(keyfile::tlsKey);

    // Bodies are made before the clock starts: the baseline is timed on the network alone, which
    // only flatters it (jiujin-syncd's time includes its database work).
    OutboxStore outbox(db);
    QList<QByteArray> bodies;
    for (const OutboxRecord &head : outbox.pending(m)) {
        const auto s = outbox.sealed(head.uuid);
        if (!s)
            qFatal("baseline: record vanished");
        protocol::SubmissionBatch one;
        one.records.append({s->uuid, s->meta, s->suite, s->keyHeader, s->payload, s->attachments});
        bodies.append(protocol::encode(one));
    }
    const protocol::Key &key = signing.value();
    const QString device = config->deviceId;
    QElapsedTimer t;
    t.start();
    for (const QByteArray &body : bodies) {
        SyncClient client(tls);
        client.setSigner(deviceSigner(key, device, &QDateTime::currentSecsSinceEpoch));
        auto reply = client.post("/v1/submissions", body);
        if (!reply || reply->status != 200)
            qFatal("baseline POST failed: %s", reply ? qPrintable(QString::number(reply->status))
                                                     : qPrintable(reply.error().message));
        auto result = protocol::decodeBatchResult(reply->body);
        if (!result || result->results.size() != 1 ||
            result->results.first().status != protocol::Outcome::Accepted)
            qFatal("baseline: record not accepted");
    }
    return double(t.nsecsElapsed()) / 1e9;
}

int run(const QString &cmd, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cmd, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s: %s\n", qPrintable(cmd), qPrintable(args.join(u' ')),
                     p.readAll().constData());
        return 1;
    }
    return 0;
}

/** Shapes traffic to and from the relay's port on lo to @p kbit kbit/s each way (a tbf per
 *  direction, classified by htb); everything else on lo stays unshaped. Needs CAP_NET_ADMIN in
 *  the current network namespace. */
bool shape(int relayPort, int kbit)
{
    const QString rate = QStringLiteral("%1kbit").arg(kbit);
    const QString port = QString::number(relayPort);
    QList<QStringList> steps = {
        // lo's 64 KiB MTU exceeds any sane tbf burst (bigger packets are dropped): use Ethernet's.
        {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
         QStringLiteral("mtu"), QStringLiteral("1500")},
        // htb only classifies (prio is not in every kernel); a tbf leaf per direction shapes.
        QStringLiteral("tc qdisc replace dev lo root handle 1: htb default 30").split(u' '),
        QStringLiteral("tc class add dev lo parent 1: classid 1:1 htb rate 10gbit").split(u' '),
        QStringLiteral("tc class add dev lo parent 1:1 classid 1:10 htb rate 5gbit").split(u' '),
        QStringLiteral("tc class add dev lo parent 1:1 classid 1:20 htb rate 5gbit").split(u' '),
        QStringLiteral("tc class add dev lo parent 1:1 classid 1:30 htb rate 5gbit").split(u' '),
        QStringLiteral("tc qdisc add dev lo parent 1:10 handle 10: tbf rate %1 burst 16kbit "
                       "latency 2s")
            .arg(rate)
            .split(u' '),
        QStringLiteral("tc qdisc add dev lo parent 1:20 handle 20: tbf rate %1 burst 16kbit "
                       "latency 2s")
            .arg(rate)
            .split(u' '),
        QStringLiteral("tc filter add dev lo parent 1: protocol ip prio 1 u32 match ip dport %1 "
                       "0xffff flowid 1:10")
            .arg(port)
            .split(u' '),
        QStringLiteral("tc filter add dev lo parent 1: protocol ip prio 1 u32 match ip sport %1 "
                       "0xffff flowid 1:20")
            .arg(port)
            .split(u' '),
    };
    for (const QStringList &s : steps)
        if (run(s.first(), s.mid(1)) != 0)
            return false;
    return true;
}

void printRuns(const Drained &d)
{
    if (d.runs <= 1)
        return;
    std::printf("  NOTE: jiujin-syncd --once needed %d runs (times summed): drains stopped on",
                d.runs);
    for (const QString &e : d.errors)
        std::printf(" \"%s\"", qPrintable(e));
    std::printf("\n");
}

double mb(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("jiujin.*.info=false"));
    int n = 10000, baseline = -1, shapedKbit = 0;
    QString where = QDir::currentPath();
    int positional = 0;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        if (a == "--baseline" && i + 1 < argc)
            baseline = std::max(1, std::atoi(argv[++i]));
        else if (a == "--shaped-kbit" && i + 1 < argc)
            shapedKbit = std::max(8, std::atoi(argv[++i]));
        else if (positional++ == 0)
            n = std::max(1, a.toInt());
        else
            where = QString::fromLocal8Bit(a);
    }
    if (baseline < 0)
        baseline = std::max(std::min(n, 10), n / 10);

    QTemporaryDir dir(QDir(where).filePath(QStringLiteral("bench-sync-XXXXXX")));
    if (!dir.isValid())
        qFatal("cannot make a temporary directory");
    // JIUJIN_BENCH_KEEP=1 keeps the databases and logs (the gateway's and syncd's) to look at.
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("JIUJIN_BENCH_KEEP"));
    if (shapedKbit > 0)
        run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"),
                                   QStringLiteral("lo"), QStringLiteral("up")});
    Gateway gw;
    gw.start(dir.filePath(QStringLiteral("gateway")));
    CountingRelay relay(gw.port);
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(relay.port());

    // Kiosk A: enrolled, N records sealed to the gateway's central key.
    const QString pathA = dir.filePath(QStringLiteral("a.db"));
    {
        auto db = openDb(pathA);
        auto throwaway = protocol::Key::generate(protocol::Suite::Intl);
        if (auto r = test::provision(*db, QStringLiteral(JIUJIN_SEED), throwaway.value()); !r)
            qFatal("provision: %s", qPrintable(r.error().message));
        enroll(*db, url, gw, dir.filePath(QStringLiteral("keys-a")));
        QElapsedTimer t;
        t.start();
        queue(*db, std::max(n, shapedKbit > 0 ? 0 : baseline));
        std::fprintf(stderr, "queued %d records in %.1f s\n", std::max(n, baseline),
                     double(t.elapsed()) / 1000);
    }

    if (shapedKbit > 0) {
        if (!shape(relay.port(), shapedKbit))
            qFatal("cannot shape lo (run inside `unshare -Urn`)");
        relay.reset();
        const Drained d = drainAll(pathA, dir.filePath(QStringLiteral("syncd.out")), n);
        const double bytesPerS = shapedKbit * 1000.0 / 8;
        const double ideal = double(std::max(relay.up(), relay.down())) / bytesPerS;
        std::printf("Drain through %d kbit/s each way (tc tbf on the relay's port, lo MTU 1500)\n",
                    shapedKbit);
        std::printf("| records | accepted | MB up | MB down | drain s | bytes / bandwidth s | "
                    "drain / ideal |\n");
        std::printf("|---------|----------|-------|---------|---------|---------------------|----"
                    "-----------|\n");
        std::printf("| %7d | %8d | %5.2f | %7.2f | %7.1f | %19.1f | %13.2f |\n", n, d.accepted,
                    mb(relay.up()), mb(relay.down()), d.seconds, ideal, d.seconds / ideal);
        printRuns(d);
        std::printf("Ideal: max(bytes up, bytes down) of TLS payload at the link rate (TCP/IP "
                    "headers and ACKs are the\nrest). Target: drain <= 1.5x ideal.\n");
        return 0;
    }

    // Kiosk B: a copy of A's queue, enrolled as a second device, for the baseline (the gateway
    // keeps (device, uuid) once, so the same records are new for it). Kiosk C, a third copy, is
    // drained by JIUJIN_BENCH_SYNCD_BEFORE when set (an older jiujin-syncd in the same run).
    auto copyQueue = [&](const QString &name) {
        const QString path = dir.filePath(name);
        if (!QFile::copy(pathA, path))
            qFatal("cannot copy the kiosk database");
        if (QFile::exists(pathA + QStringLiteral("-wal")))
            QFile::copy(pathA + QStringLiteral("-wal"), path + QStringLiteral("-wal"));
        return path;
    };
    const QString pathB = copyQueue(QStringLiteral("b.db"));
    const QByteArray beforeExe = qgetenv("JIUJIN_BENCH_SYNCD_BEFORE");
    const QString pathC = beforeExe.isEmpty() ? QString() : copyQueue(QStringLiteral("c.db"));
    auto dbB = openDb(pathB);
    enroll(*dbB, url, gw, dir.filePath(QStringLiteral("keys-b")));
    if (!pathC.isEmpty()) {
        auto dbC = openDb(pathC);
        enroll(*dbC, url, gw, dir.filePath(QStringLiteral("keys-c")));
    }

    relay.reset();
    const double baseS = onePerConnection(*dbB, baseline);
    const qint64 baseUp = relay.up(), baseDown = relay.down(), baseConns = relay.connections();

    /** One drain by one jiujin-syncd, with central's steps for its batches and its bytes. */
    struct Run
    {
        Drained d;
        QMap<QByteArray, qint64> centralUs;
        QList<QByteArray> centralSteps;
        int centralBatches = 0;
        qint64 centralCpuUs = -1; ///< central's process, all threads; -1 unknown
        qint64 up = 0, down = 0, conns = 0;
    };
    auto drainWith = [&](const QString &path, const QByteArray &exe) {
        Run r;
        relay.reset();
        const qint64 logBefore = QFileInfo(gw.log).size();
        const qint64 cpuBefore = gw.cpuUs();
        r.d = drainAll(path, dir.filePath(QStringLiteral("syncd.out")), n, exe);
        r.centralCpuUs = cpuBefore < 0 ? -1 : gw.cpuUs() - cpuBefore;
        // Central's steps for the drain's batches, from its log (one line per batch).
        QFile log(gw.log);
        if (log.open(QIODevice::ReadOnly) && log.seek(logBefore))
            for (const QByteArray &line : log.readAll().split('\n'))
                if (line.contains("intake batch")) {
                    addFigures(line, " us ", r.centralUs, r.centralSteps);
                    ++r.centralBatches;
                }
        r.up = relay.up();
        r.down = relay.down();
        r.conns = relay.connections();
        return r;
    };
    // The older syncd drains first, so the build under test meets the fuller central.
    std::optional<Run> before;
    if (!pathC.isEmpty())
        before = drainWith(pathC, beforeExe);
    const Run now = drainWith(pathA, syncdExe());

    const double baseRate = baseline / baseS;
    std::printf("Drain to jiujin-gateway on 127.0.0.1 over TLS 1.3 + client certificate, ~1 KB "
                "sealed applications\n");
    std::printf("| sender                                | records | conns | seconds | records/s "
                "| up B/rec | down B/rec | rate / baseline |\n");
    std::printf("|---------------------------------------|---------|-------|---------|----------"
                "-|----------|------------|-----------------|\n");
    std::printf("| one signed POST per new connection    | %7d | %5lld | %7.2f | %9.0f | %8.0f | "
                "%10.0f | %15.2f |\n",
                baseline, baseConns, baseS, baseRate, double(baseUp) / baseline,
                double(baseDown) / baseline, 1.0);
    auto row = [&](const char *sender, const Run &r) {
        const int accepted = r.d.accepted;
        const double rate = accepted / r.d.seconds;
        std::printf("| %-37s | %7d | %5lld | %7.2f | %9.0f | %8.0f | %10.0f | %15.2f |\n", sender,
                    accepted, r.conns, r.d.seconds, rate, double(r.up) / std::max(1, accepted),
                    double(r.down) / std::max(1, accepted), rate / baseRate);
    };
    if (before)
        row("jiujin-syncd --once, before (v2)", *before);
    row(before ? "jiujin-syncd --once, this build (v2)" : "jiujin-syncd --once (v2 batches)", now);
    auto about = [&](const char *which, const Run &r) {
        const int accepted = std::max(1, r.d.accepted);
        std::printf("  %s: %.2f MB up, %.2f MB down for %d records (TLS payload, counted by a "
                    "relay); peak RSS %.1f MB;\n  CPU %.0f us a record (user %.0f, system %.0f; "
                    "all of syncd's threads, getrusage)\n",
                    which, mb(r.up), mb(r.down), r.d.accepted, double(r.d.peakRssKib) / 1024,
                    double(r.d.userUs + r.d.systemUs) / accepted, double(r.d.userUs) / accepted,
                    double(r.d.systemUs) / accepted);
        if (r.d.drainCpuUs > 0)
            std::printf("  of which up to the drain's end %.0f us a record (start-up included), "
                        "after it %.0f (case updates, slots, heartbeat)\n",
                        double(r.d.drainCpuUs) / accepted,
                        double(r.d.userUs + r.d.systemUs - r.d.drainCpuUs) / accepted);
        if (r.d.accepted != n)
            std::printf("  WARNING: jiujin-syncd accepted %d of %d\n", r.d.accepted, n);
    };
    if (before)
        about("before", *before);
    about(before ? "this build" : "jiujin-syncd", now);

    // Per-record costs, each side's own timers (summed over the drain, divided by the records).
    // @p beside: steps that ran on another thread beside the others (syncd's POST thread),
    // shown in brackets and left out of the sum; "wait" is also summed apart.
    auto rows = [&](const char *side, const QList<QByteArray> &steps,
                    const QMap<QByteArray, qint64> &us, const QList<QByteArray> &beside,
                    int accepted, double perRecordUs) {
        double total = 0, waited = 0;
        for (const QByteArray &step : steps) {
            const double per = double(us.value(step)) / std::max(1, accepted);
            const bool apart = beside.contains(step);
            if (!apart)
                total += per;
            if (step == "wait")
                waited += per;
            const QByteArray name = apart ? "(" + step + ")" : step;
            std::printf("| %-7s | %-11s | %9.1f | %17.1f%% |\n", side, name.constData(), per,
                        100.0 * per / perRecordUs);
        }
        if (waited > 0)
            std::printf("| %-7s | %-11s | %9.1f | %17.1f%% |\n", side, "(sum - wait)",
                        total - waited, 100.0 * (total - waited) / perRecordUs);
        std::printf("| %-7s | %-11s | %9.1f | %17.1f%% |\n", side, "(sum)", total,
                    100.0 * total / perRecordUs);
    };
    auto steps = [&](const char *title, const Run &r) {
        const int accepted = r.d.accepted;
        const double perRecordUs = r.d.seconds * 1e6 / std::max(1, accepted);
        std::printf("\nPer-record costs of the drain%s (us per record; each side's timers; %d "
                    "batches at central)\n",
                    title, r.centralBatches);
        std::printf("| side    | step        | us/record | share of the drain |\n");
        std::printf("|---------|-------------|-----------|--------------------|\n");
        rows("kiosk", r.d.kioskSteps, r.d.kioskUs, {"sign", "post"}, accepted, perRecordUs);
        rows("central", r.centralSteps, r.centralUs, {"cpu"}, accepted, perRecordUs);
        // The steps above are wall-clock laps: on a loaded machine they hold the time the thread
        // waited for a core. What central's process really spent, all threads, is this:
        if (r.centralCpuUs >= 0)
            std::printf("| central | CPU, all    | %9.1f | %17.1f%% |\n",
                        double(r.centralCpuUs) / std::max(1, accepted),
                        100.0 * double(r.centralCpuUs) / std::max(1, accepted) / perRecordUs);
        std::printf("  drain wall time per record: %.1f us\n", perRecordUs);
        // What the two sides' CPU allows on this machine's cores if nothing else ran and their
        // work overlapped perfectly: the figure a quiet machine could reach, beside the measured.
        if (r.centralCpuUs >= 0 && r.d.accepted > 0) {
            const double central = double(r.centralCpuUs) / r.d.accepted;
            const double syncd = double(r.d.userUs + r.d.systemUs) / r.d.accepted;
            const int cores = std::max(1, QThread::idealThreadCount());
            std::printf("  CPU ceiling: %d cores / (central %.1f + syncd %.1f us a record) = "
                        "%.0f records/s (measured %.0f)\n",
                        cores, central, syncd, cores * 1e6 / (central + syncd),
                        r.d.accepted / r.d.seconds);
        }
        printRuns(r.d);
    };
    if (before)
        steps(", before", *before);
    steps(before ? ", this build" : "", now);
    std::printf(
        "  Kiosk: read, encode, upload, wait, verify and mark are the drain's own thread "
        "(\"wait\": idle\n  until central's answer came); (sign) and (post: gzip, the network and "
        "central's work) ran on\n  the POST's thread beside them, while the next batch was read. "
        "\"verify\" checks central's receipt\n  signature(s); central's \"verify\" checks the "
        "request's signature, \"receipt\" numbers and signs\n  the receipts (one signature per "
        "batch in v2).\n  central's \"CPU, all\" is its process's CPU time (user + system, every "
        "thread, from /proc)\n  over the drain; its steps' figures are wall time, a core's wait "
        "included.\n");
    std::printf("Targets: syncd >= 10x the baseline's records/s; peak RSS <= 30 MB; syncd's CPU "
                "<= 80-100 us a record.\n");
    return 0;
}
