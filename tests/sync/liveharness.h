#pragma once

// Drives the real processes of the sync channel for the fault tests: jiujin-gateway (init, serve,
// token, revoke, submissions), jiujin-syncd --once, and jiujin-faultproxy between them; and the
// Jepsen-style final check (PROTOCOL.md, TESTING.md): the set the gateway stored equals the set the
// kiosk holds as accepted, with no duplicates, and nothing is marked sent that was not.
//
// Not InProcessGateway (tests/support), on purpose: these tests kill, restart and time-shift whole
// processes (SIGKILL, libfaketime, a proxy cutting connections between them), which objects in the
// test's own process cannot show.

#include "deviceconfig.h"
#include "kioskenrollment.h"
#include "kioskfixture.h"
#include "syncengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <sys/prctl.h>

#include <catch2/catch.hpp>

#include <csignal>

namespace live {

inline QString arg(const char *s)
{
    return QString::fromLatin1(s);
}

/** Runs @p program to completion; its exit code (-1 on a crash) and merged output. */
inline int run(const QString &program, const QStringList &args, QByteArray *output = nullptr,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool started = p.waitForStarted(10000);
    INFO(program.toStdString() << " did not start: " << p.errorString().toStdString());
    REQUIRE(started);
    REQUIRE(p.waitForFinished(timeoutMs));
    const QByteArray text = p.readAll();
    if (output)
        *output = text;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/** The environment for a sanitised program run under faketime (libfaketime is preloaded, so
 *  ASan is not first in the library list). */
inline QProcessEnvironment fakeTimeEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                   QStringLiteral("verify_asan_link_order=0"));
    env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    return env;
}

/** libfaketime's time for a process started now that should run @p offsetS seconds from this
 *  process's clock: an absolute start time ("@yyyy-MM-dd HH:mm:ss", local time, as libfaketime
 *  reads it), so that it composes with a fake clock this test itself runs under (tests/timetravel);
 *  a relative "+1d" would count from the real clock instead. */
inline QString fakeTimeFromNow(qint64 offsetS)
{
    return QLatin1Char('@') + QDateTime::currentDateTime().addSecs(offsetS).toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/** Reads "listening on PORT" from a starting server's output. */
inline int waitForPort(QProcess &p, QByteArray &seen)
{
    for (int i = 0; i < 600; ++i) {
        p.waitForReadyRead(100);
        seen += p.readAll();
        if (const qsizetype at = seen.indexOf("listening on ");
            at >= 0 && seen.indexOf('\n', at) > 0)
            return seen.mid(at + 13, seen.indexOf('\n', at) - at - 13).trimmed().toInt();
        if (p.state() == QProcess::NotRunning)
            break;
    }
    return 0;
}

/** One row of `jiujin-gateway submissions`. */
struct StoredRow
{
    QString uuid, device, status, receipt;
};

/** A jiujin-gateway data directory and its `serve` process. */
class GatewayProcess
{
public:
    /** Runs `init` in @p dir (server certificate for @p hosts; default localhost, 127.0.0.1). */
    explicit GatewayProcess(const QString &dir, const QStringList &hosts = {}) : m_dir(dir)
    {
        QStringList args{QStringLiteral("init"), QStringLiteral("--data-dir"), dir};
        for (const QString &h : hosts)
            args << QStringLiteral("--host") << h;
        QByteArray out;
        const int rc = run(exe(), args, &out);
        INFO(out.toStdString());
        REQUIRE(rc == 0);
        const qsizetype at = out.indexOf("sha256//");
        REQUIRE(at >= 0);
        m_pin = QString::fromLatin1(out.mid(at, out.indexOf('\n', at) - at).trimmed());
    }
    ~GatewayProcess() { stop(); }
    GatewayProcess(const GatewayProcess &) = delete;
    GatewayProcess &operator=(const GatewayProcess &) = delete;

    static QString exe() { return QStringLiteral(JIUJIN_GATEWAY); }

    /** Serves on @p port (0: a free one, kept for restarts), optionally under @p wrapper
     *  (e.g. faketime -f +400d). */
    void start(int port = -1, const QStringList &wrapper = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        REQUIRE(!m_serve);
        m_serve = std::make_unique<QProcess>();
        m_serve->setProcessEnvironment(env);
        // Its log goes to a file: a pipe nobody reads while the test waits would fill up and
        // stall the gateway in the middle of a drain. Standard output only says the port.
        m_serve->setStandardErrorFile(logPath(), QIODevice::Append);
        // If the test process dies (a crash, a timeout), its gateway must not outlive it.
        m_serve->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        const QStringList args{
            QStringLiteral("serve"),
            QStringLiteral("--data-dir"),
            m_dir,
            QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(port >= 0 ? port : qMax(0, m_port)),
            QStringLiteral("--catalogue"),
            QStringLiteral(JIUJIN_SEED)};
        if (wrapper.isEmpty())
            m_serve->start(exe(), args);
        else
            m_serve->start(wrapper.first(), wrapper.mid(1) << exe() << args);
        QByteArray seen;
        m_port = waitForPort(*m_serve, seen);
        INFO(seen.toStdString());
        REQUIRE(m_port > 0);
    }
    /** SIGTERM, as an orderly shutdown. */
    void stop()
    {
        if (!m_serve)
            return;
        m_serve->terminate();
        if (!m_serve->waitForFinished(15000))
            m_serve->kill();
        m_serve->waitForFinished(5000);
        m_serve.reset();
    }
    /** SIGKILL: the gateway dies wherever it is (a crash, a power cut). */
    void kill()
    {
        REQUIRE(m_serve);
        ::kill(pid_t(m_serve->processId()), SIGKILL);
        m_serve->waitForFinished(10000);
        m_serve.reset();
    }
    /** The same port, whatever @p port the data directory was first served on. */
    void restart()
    {
        const int port = m_port;
        stop();
        start(port);
    }

    /** Where the gateway's log goes (every start appends). */
    QString logPath() const { return m_dir + QStringLiteral("/gateway.log"); }
    /** Everything the gateway has logged. */
    QByteArray log() const
    {
        QFile f(logPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString dir() const { return m_dir; }
    QString pin() const { return m_pin; }
    int port() const { return m_port; }
    /** The serve process's id (its front, nginx, runs below it); 0 when not started. */
    qint64 pid() const { return m_serve ? m_serve->processId() : 0; }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

    /** A subcommand of jiujin-gateway on this data directory; its standard output. */
    QByteArray cli(QStringList args) const
    {
        args << QStringLiteral("--data-dir") << m_dir;
        QProcess p;
        p.start(exe(), args);
        REQUIRE(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
        return out;
    }
    QString token() const
    {
        return QString::fromLatin1(
            cli({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--point"),
                 QStringLiteral("150525203000-01")})
                .trimmed()
                .split('\n')
                .last());
    }
    void revoke(const QString &device) const { cli({QStringLiteral("revoke"), device}); }
    /** Every stored row, as `jiujin-gateway submissions` lists them. */
    QList<StoredRow> submissions() const
    {
        QList<StoredRow> rows;
        for (const QByteArray &line : cli({QStringLiteral("submissions")}).split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (cols.size() >= 5)
                rows.append({QString::fromUtf8(cols.at(0)), QString::fromUtf8(cols.at(1)),
                             QString::fromUtf8(cols.at(3)), QString::fromUtf8(cols.at(4))});
        }
        return rows;
    }
    /** uuid -> receipt of the rows stored as accepted. */
    QHash<QString, QString> accepted() const
    {
        QHash<QString, QString> out;
        for (const StoredRow &r : submissions())
            if (r.status == QLatin1String("accepted"))
                out.insert(r.uuid, r.receipt);
        return out;
    }

private:
    QString m_dir, m_pin;
    int m_port = 0;
    std::unique_ptr<QProcess> m_serve;
};

/** jiujin-faultproxy in front of a gateway, commanded over its standard input. */
class FaultProxy
{
public:
    explicit FaultProxy(int targetPort, unsigned seed = 1)
    {
        m_proc.setProcessChannelMode(QProcess::SeparateChannels);
        m_proc.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_proc.start(QStringLiteral(JIUJIN_FAULTPROXY),
                     {QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(targetPort),
                      QStringLiteral("--seed"), QString::number(seed)});
        m_port = waitForPort(m_proc, m_log);
        INFO(m_log.toStdString());
        REQUIRE(m_port > 0);
    }
    ~FaultProxy()
    {
        m_proc.closeWriteChannel();
        if (!m_proc.waitForFinished(5000))
            m_proc.kill();
        m_proc.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

    /** Sends one command and waits for its acknowledgement. */
    void command(const QByteArray &line)
    {
        m_proc.write(line + '\n');
        m_proc.waitForBytesWritten(5000);
        const QByteArray ack = "ok " + line + '\n';
        for (int i = 0; i < 100 && !m_log.contains(ack); ++i) {
            m_proc.waitForReadyRead(50);
            m_log += m_proc.readAllStandardOutput();
        }
        INFO(m_log.toStdString());
        REQUIRE(m_log.contains(ack));
        m_log.replace(ack, "ack " + line + '\n');
    }
    /** Everything the proxy has reported so far. */
    QByteArray log()
    {
        m_proc.waitForReadyRead(20);
        m_log += m_proc.readAllStandardOutput();
        return m_log;
    }
    /** How many times a fault of @p kind fired. */
    int count(const QByteArray &kind) { return int(log().count(" fault " + kind + ' ')); }
    /** Waits up to @p ms for a fault of @p kind to have fired @p n times. */
    bool waitFor(const QByteArray &kind, int n = 1, int ms = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (count(kind) < n) {
            if (t.elapsed() > ms)
                return false;
            m_proc.waitForReadyRead(50);
        }
        return true;
    }

private:
    QProcess m_proc;
    QByteArray m_log;
    int m_port = 0;
};

/** jiujin-syncd --once, run in the background while the test injects a fault. */
class SyncdRun
{
public:
    SyncdRun(const QString &db, const QStringList &wrapper = {},
             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_proc.setProcessEnvironment(env);
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        const QStringList args{QStringLiteral("--db"), db, QStringLiteral("--once")};
        if (wrapper.isEmpty())
            m_proc.start(QStringLiteral(JIUJIN_SYNCD), args);
        else
            m_proc.start(wrapper.first(), wrapper.mid(1) << QStringLiteral(JIUJIN_SYNCD) << args);
        const bool started = m_proc.waitForStarted(10000);
        INFO("jiujin-syncd did not start: " << m_proc.errorString().toStdString() << " (state "
                                            << int(m_proc.state()) << ")");
        REQUIRE(started);
    }
    ~SyncdRun()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }
    /** The exit code: 0 all delivered, 3 retry later; -1 on a crash. */
    int finish(int timeoutMs = 120000)
    {
        REQUIRE(m_proc.waitForFinished(timeoutMs));
        output = m_proc.readAll();
        return m_proc.exitStatus() == QProcess::NormalExit ? m_proc.exitCode() : -1;
    }
    QByteArray output;

private:
    QProcess m_proc;
};

/** jiujin-syncd as the daemon it is in production (no --once), stopped with SIGTERM. */
class DaemonRun
{
public:
    explicit DaemonRun(const QString &db,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_proc.setProcessEnvironment(env);
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_proc.start(QStringLiteral(JIUJIN_SYNCD), {QStringLiteral("--db"), db});
        REQUIRE(m_proc.waitForStarted(10000));
    }
    ~DaemonRun() { stop(); }
    /**
     * Waits (up to 4 minutes) until a failed attempt is followed by a backoff of at least
     * @p minMs (full jitter is random, so it may take a few failures); returns that wait and
     * starts @p since at the moment it was announced.
     */
    qint64 waitForBackoff(qint64 minMs, QElapsedTimer &since)
    {
        const QRegularExpression nextAttempt(QStringLiteral("next attempt in (\\d+) ms"));
        qint64 waitMs = 0;
        QElapsedTimer overall;
        overall.start();
        while (waitMs < minMs && overall.elapsed() < 240000) {
            m_proc.waitForReadyRead(1000);
            const QByteArray more = m_proc.readAll();
            m_log += more;
            auto it = nextAttempt.globalMatch(QString::fromUtf8(more));
            while (it.hasNext()) {
                waitMs = it.next().captured(1).toLongLong();
                since.start();
            }
        }
        INFO("jiujin-syncd: " << m_log.toStdString());
        REQUIRE(waitMs >= minMs);
        return waitMs;
    }
    /** SIGTERM and everything it logged. */
    QByteArray stop()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.terminate();
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

/** A kiosk database with the catalogue, and the helpers the fault tests share. */
struct Kiosk : TestKiosk
{
    /** Enrolls through @p url (the gateway, or a proxy in front of it), pinning @p pin. */
    void enroll(const QString &url, const QString &token, const QString &pin)
    {
        auto e = jiujin::KioskEnrollment(*db).enroll(jiujin::EnrollOptions{
            url, token, {pin}, jiujin::defaultKeysDir(path()), jiujin::protocol::Suite::Intl});
        INFO(e.error().message.toStdString());
        REQUIRE(e.ok());
        deviceId = e->deviceId;
    }
    /** Points the enrolled kiosk at another address (a proxy, or another gateway). */
    void setGateway(const QString &url)
    {
        REQUIRE(store->setSetting(QLatin1String(jiujin::syncsetting::gateway), url).ok());
    }
    QString setting(const char *key) { return store->setting(QLatin1String(key)); }

    /** Queues @p n applications; their uuids, oldest first. */
    QStringList queue(int n)
    {
        jiujin::SubmissionService service(
            *db, [] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); });
        QStringList uuids;
        for (int i = 0; i < n; ++i) {
            auto q = service.submit(unemployment());
            INFO(q.error().message.toStdString());
            REQUIRE(q.ok());
            uuids.append(q->uuid);
        }
        queued += uuids;
        return uuids;
    }
    /** Queues @p n applications each carrying @p scans scans of @p bytes random bytes (nothing to
     *  compress); their uuids, oldest first. */
    QStringList queueScans(int n, int bytes, int scans = 1, quint32 seed = 42)
    {
        jiujin::SubmissionService service(
            *db, [] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); });
        QRandomGenerator random(seed);
        QStringList uuids;
        for (int i = 0; i < n; ++i) {
            jiujin::Application app = unemployment();
            app.materials[0].images.clear();
            for (int s = 0; s < scans; ++s) {
                QByteArray scan(bytes, Qt::Uninitialized);
                random.fillRange(reinterpret_cast<quint32 *>(scan.data()), scan.size() / 4);
                app.materials[0].images.append({scan, QStringLiteral("image/png")});
            }
            auto q = service.submit(app);
            INFO(q.error().message.toStdString());
            REQUIRE(q.ok());
            uuids.append(q->uuid);
        }
        queued += uuids;
        return uuids;
    }
    QString state(const QString &uuid) { return jiujin::OutboxStore(*db).sealed(uuid)->state; }
    /** uuid -> central receipt of the records this kiosk holds as accepted. */
    QHash<QString, QString> accepted()
    {
        QHash<QString, QString> out;
        for (const QString &uuid : queued) {
            const auto r = jiujin::OutboxStore(*db).sealed(uuid);
            REQUIRE(r.has_value());
            if (r->state == QLatin1String("accepted"))
                out.insert(uuid, r->centralReceipt);
        }
        return out;
    }
    /** jiujin-syncd --once to completion; its exit code. */
    int syncd(QByteArray *output = nullptr, const QStringList &wrapper = {},
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        SyncdRun r(path(), wrapper, env);
        const int rc = r.finish();
        if (output)
            *output = r.output;
        UNSCOPED_INFO("jiujin-syncd: " << r.output.toStdString());
        return rc;
    }

    QString deviceId;
    QStringList queued; ///< every uuid queue() made
};

/**
 * The end of every fault test. The gateway's stored set equals the kiosk's accepted set (uuid and
 * receipt), no (device, uuid) is stored twice, every record the kiosk does not hold as accepted is
 * still pending (nothing marked sent that was not, nothing lost in `sending`), and, when
 * @p allDelivered, every queued record made it.
 */
inline void requireExactlyOnce(Kiosk &k, const GatewayProcess &gw, bool allDelivered)
{
    const QList<StoredRow> rows = gw.submissions();
    QHash<QString, int> times;
    QHash<QString, QString> stored;
    for (const StoredRow &r : rows) {
        ++times[r.uuid];
        CHECK(r.status == QLatin1String("accepted"));
        stored.insert(r.uuid, r.receipt);
    }
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        INFO("stored " << it.value() << " times: " << it.key().toStdString());
        CHECK(it.value() == 1);
    }
    const QHash<QString, QString> kiosk = k.accepted();
    CHECK(stored == kiosk);
    for (const QString &uuid : k.queued) {
        const QString state = k.state(uuid);
        INFO(uuid.toStdString() << " is " << state.toStdString());
        CHECK((state == QLatin1String("accepted") || state == QLatin1String("pending")));
        if (allDelivered)
            CHECK(state == QLatin1String("accepted"));
    }
    if (allDelivered)
        CHECK(stored.size() == k.queued.size());
}

/** Polls the gateway until it has stored @p n records (or 30 s pass). */
inline bool waitForStored(const GatewayProcess &gw, int n)
{
    for (int i = 0; i < 300; ++i) {
        if (gw.submissions().size() >= n)
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace live
