// The province's numbers (issue 16, SCALE.md): aggregate intake of 200 simulated kiosks into 1
// and 2 gateway instances on SQLite and on PostgreSQL, and heartbeat latency for 10,000 kiosks,
// all in one run on this machine. Baselines from the same run: intake against one instance on
// SQLite (the banner pilot's central), heartbeat p99 against one kiosk's heartbeats with the
// central otherwise idle. Prints tables and whether the targets hold; asserts nothing.
//
// jiujin-bench-fleet [--devices N] [--heartbeat-devices N] [--skip-intake] [--skip-heartbeats]
//                    [--keep] [--real-window SECONDS] [--central-cpus LIST --simulator-cpus LIST]
//                    [--baseline-gateway PATH] [--intake-beside N] [--gateway PATH]
//                    [--baseline-no-lane]
//
// --baseline-gateway: intake on PostgreSQL, and the heartbeats, again with another build of
// jiujin-gateway (an earlier commit's), in the same run, for a before/after figure on the same
// machine at about the same time (the earlier build's rows run first).
//
// Every way out stops what the bench started: die() unwinds to main() (the destructors stop the
// gateways, their fronts and PostgreSQL); SIGINT, SIGTERM and SIGHUP stop PostgreSQL from a
// thread of their own, and the gateways end with the bench (GatewayProcess); on SIGKILL
// ScratchPostgres's watchdog process stops PostgreSQL and removes its folder.
// --baseline-no-lane: the heartbeat rows first with `serve --no-heartbeat-lane` (heartbeats on
// the main listener, as before DESIGN §11d's lane), then as built: the lane's before/after with
// nothing else changed, in one run.
// --intake-beside N: after the peak, N more kiosks drain a backlog into the heartbeats' central
// while the fleet's heartbeats go on at the real rate (do heartbeats wait behind intake?).
// --gateway PATH: the jiujin-gateway to run as central (default: this build's), so that two
// builds of central are measured by one simulator, e.g. before and after a change.
//
// --central-cpus 0 --simulator-cpus 1: PostgreSQL, the gateways and their nginx fronts run on
// CPU 0 only and the simulator's threads on CPU 1 only (sched_setaffinity, as taskset -c), so the
// two do not take turns on one core; other programs on the machine still may.
//
// Each intake row also prints the CPU a record of each party, measured as CPU time in the same
// window (PartyCpu): the gateways, their nginx fronts, PostgreSQL and the simulator, and so the
// records/s that 2 cores could carry at most and the cores 3,000 records/s needs (SCALE.md §2).
#include "centralstorage.h"
#include "fleetcentral.h"
#include "fleetsimulator.h"
#include "pgconnection.h"
#include "pgstatement.h"
#include "scratchpostgres.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <curl/curl.h>
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

using namespace jiujin;
using namespace jiujin::scale;

namespace {

/** Why the bench gave up. Thrown by die() and caught in main(), so that the stack unwinds: the
 *  simulators stop, FleetCentral stops its gateways (and they their nginx fronts),
 *  ScratchPostgres stops PostgreSQL and the temporary folder goes. std::exit() ran none of
 *  those destructors and left them all running. */
struct GaveUp
{
    QString what;
};

[[noreturn]] void die(const QString &what)
{
    throw GaveUp{what};
}

/** SIGINT, SIGTERM and SIGHUP, blocked in every thread and taken by one of their own: it stops
 *  PostgreSQL and removes the temporary folder (what the destructors would), then exits; the
 *  gateways stop by themselves when this process ends (GatewayProcess: PR_SET_PDEATHSIG), and
 *  their nginx fronts with them. On SIGKILL, which no handler sees, ScratchPostgres's watchdog
 *  process stops PostgreSQL and removes its folder. */
class Interruption
{
public:
    /** Call before any other thread starts (they inherit the blocked signals). */
    static void watch()
    {
        static sigset_t set;
        sigemptyset(&set);
        for (const int s : {SIGINT, SIGTERM, SIGHUP})
            sigaddset(&set, s);
        pthread_sigmask(SIG_BLOCK, &set, nullptr);
        std::thread([] {
            int signal = 0;
            if (sigwait(&set, &signal) != 0)
                return;
            std::fprintf(stderr, "jiujin-bench-fleet: signal %d: stopping PostgreSQL\n", signal);
            {
                std::lock_guard lock(mutex());
                if (cleanup())
                    cleanup()();
            }
            std::_Exit(128 + signal);
        }).detach();
    }
    /** What to stop on a signal (replaces the previous; empty: nothing). */
    static void onSignal(std::function<void()> stop)
    {
        std::lock_guard lock(mutex());
        cleanup() = std::move(stop);
    }

private:
    static std::mutex &mutex()
    {
        static std::mutex m;
        return m;
    }
    static std::function<void()> &cleanup()
    {
        static std::function<void()> f;
        return f;
    }
};

template <typename T> T need(Result<T> r, const char *what)
{
    if (!r)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message));
    return std::move(r.value());
}

/** The CPUs central (PostgreSQL, gateways, fronts) and the simulator's threads run on; unset:
 *  anywhere. Children and threads take the affinity of the thread that starts them. */
struct Pinning
{
    std::optional<cpu_set_t> central, simulator;

    static std::optional<cpu_set_t> parse(const QString &list)
    {
        if (list.isEmpty())
            return std::nullopt;
        cpu_set_t set;
        CPU_ZERO(&set);
        for (const QString &part : list.split(QLatin1Char(','))) {
            const QStringList range = part.split(QLatin1Char('-'));
            bool ok1 = false, ok2 = false;
            const int from = range.value(0).toInt(&ok1);
            const int to = range.size() > 1 ? range.value(1).toInt(&ok2) : from;
            if (!ok1 || (range.size() > 1 && !ok2) || from < 0 || to < from || to >= CPU_SETSIZE)
                die(QStringLiteral("not a CPU list: %1").arg(list));
            for (int cpu = from; cpu <= to; ++cpu)
                CPU_SET(cpu, &set);
        }
        return set;
    }
    static void pinThisThread(const std::optional<cpu_set_t> &set)
    {
        if (set && sched_setaffinity(0, sizeof *set, &*set) != 0)
            die(QStringLiteral("sched_setaffinity failed"));
    }
    /** Starts @p fleet's workers on the simulator's CPUs; this thread goes back to central's. */
    void start(FleetSimulator &fleet) const
    {
        pinThisThread(simulator);
        fleet.start();
        pinThisThread(central);
    }
};

Pinning pinning;
/** The jiujin-gateway central runs (--gateway, else this build's; --baseline-gateway changes it
 *  for its rows). */
QString gatewayExe = QStringLiteral(JIUJIN_GATEWAY_EXE);
/** More arguments for every `serve` (--baseline-no-lane sets it for its rows). */
QStringList serveArgs;

/** The machine's load average over the last minute (/proc/loadavg). */
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

/** Nanoseconds every thread of this process (the simulator) has waited for a CPU while ready
 *  to run (/proc/self/task/N/schedstat, second field). */
qint64 simulatorRunQueueWaitNs()
{
    qint64 total = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &t : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(t) + QStringLiteral("/schedstat"));
        if (f.open(QIODevice::ReadOnly))
            total += f.readAll().split(' ').value(1).toLongLong();
    }
    return total;
}

/** Microseconds in which at least one runnable thread of the machine waited for a CPU
 *  (/proc/pressure/cpu, "some" total); -1 without PSI. */
qint64 cpuPressureUs()
{
    QFile f(QStringLiteral("/proc/pressure/cpu"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray some = f.readAll().split('\n').value(0);
    const qsizetype at = some.indexOf("total=");
    return at < 0 ? -1 : some.mid(at + 6).trimmed().toLongLong();
}

/** CPU seconds this process (the simulator) has used, user and system. */
double simulatorCpuSeconds()
{
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    return double(self.ru_utime.tv_sec + self.ru_stime.tv_sec) +
           double(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
}

/** What the machine did during a window: the load average at its start and end, the CPU the
 *  simulator used and how long its threads waited for a CPU per second of the window (read it
 *  while they run), and the share of the window in which some thread of the machine (anyone's)
 *  waited for one. */
class MachineWindow
{
public:
    MachineWindow()
        : m_simulator(simulatorRunQueueWaitNs()), m_pressure(cpuPressureUs()),
          m_cpu(simulatorCpuSeconds())
    {
    }
    QString text(double seconds) const
    {
        const qint64 pressure = cpuPressureUs();
        return QStringLiteral("load %1 -> %2; the simulator used %5 CPUs and its threads waited "
                              "for a CPU %3 ms per s; some thread of the machine waited %4 % of "
                              "the time")
            .arg(m_load, 0, 'f', 1)
            .arg(loadAverage(), 0, 'f', 1)
            .arg(double(simulatorRunQueueWaitNs() - m_simulator) / 1e6 / seconds, 0, 'f', 0)
            .arg(pressure < 0 || m_pressure < 0
                     ? QStringLiteral("?")
                     : QString::number(double(pressure - m_pressure) / 1e4 / seconds, 'f', 0))
            .arg((simulatorCpuSeconds() - m_cpu) / seconds, 0, 'f', 2);
    }

private:
    double m_load = loadAverage();
    qint64 m_simulator;
    qint64 m_pressure;
    double m_cpu;
};

/** One process's CPU from /proc/PID/stat: its parent, its name, and the clock ticks its threads
 *  used (utime + stime, every thread) plus those of its children it has reaped (cutime +
 *  cstime: a PostgreSQL backend that ended counts in its postmaster's). */
struct ProcCpu
{
    int ppid = 0;
    QByteArray comm;
    qint64 ticks = 0;  ///< own and reaped
    qint64 reaped = 0; ///< cutime + cstime only
    qint64 system = 0; ///< stime + cstime: in the kernel (sockets, fsync, futexes)

    static std::optional<ProcCpu> of(int pid)
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray stat = f.readAll();
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            return std::nullopt;
        // After the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
        // utime stime cutime cstime ...
        const QList<QByteArray> f2 = stat.mid(close + 2).split(' ');
        if (f2.size() < 15)
            return std::nullopt;
        ProcCpu p;
        p.ppid = f2.at(1).toInt();
        p.comm = stat.mid(open + 1, close - open - 1);
        p.reaped = f2.at(13).toLongLong() + f2.at(14).toLongLong();
        p.ticks = f2.at(11).toLongLong() + f2.at(12).toLongLong() + p.reaped;
        p.system = f2.at(12).toLongLong() + f2.at(14).toLongLong();
        return p;
    }
};

/** The CPU each party of an intake run has used so far, in seconds: the gateway instances (every
 *  `jiujin-gateway` this bench started, all threads), their nginx fronts (master and workers),
 *  PostgreSQL (the postmaster and all its children: backends, WAL writer, checkpointer; ended
 *  backends through the postmaster's reaped time), the simulator (this process, getrusage), and
 *  the whole machine (/proc/stat: everyone's, other engineers' builds included). CPU time, not
 *  wall-clock: a thread waiting for a core uses none, so the figures hold under load where
 *  records/s does not. */
struct PartyCpu
{
    double gateways = 0, fronts = 0, postgres = 0, simulator = 0, machine = 0;
    /** Of the above, in the kernel. */
    double gatewaysSystem = 0, frontsSystem = 0, postgresSystem = 0, simulatorSystem = 0;
    int gatewayProcesses = 0, frontProcesses = 0, postgresProcesses = 0;
    /** PostgreSQL's CPU by kind of process (its title: "postgres: walwriter", "postgres: USER
     *  DB [local] idle", ...); "ended" is what the postmaster reaped (backends and autovacuum
     *  workers that exited). */
    QMap<QString, double> postgresKinds;

    static QString postgresKind(int pid, int postmaster)
    {
        if (pid == postmaster)
            return QStringLiteral("postmaster");
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        const QByteArray title = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        for (const char *kind : {"autovacuum", "walwriter", "checkpointer", "background writer",
                                 "logical replication"})
            if (title.contains(kind))
                return QLatin1String(kind);
        return QStringLiteral("backends");
    }

    /** @p postgresFolder: ScratchPostgres::folder() (its data/postmaster.pid), or empty. */
    static PartyCpu now(const QString &postgresFolder)
    {
        static const double tick = double(sysconf(_SC_CLK_TCK));
        PartyCpu cpu;
        cpu.simulator = simulatorCpuSeconds();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        cpu.simulatorSystem = double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
        QHash<int, ProcCpu> all;
        const QDir proc(QStringLiteral("/proc"));
        for (const QString &name : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool number = false;
            const int pid = name.toInt(&number);
            if (!number)
                continue;
            if (auto p = ProcCpu::of(pid))
                all.insert(pid, *p);
        }
        QHash<int, QList<int>> children;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            children[it.value().ppid].append(it.key());
        const auto tree = [&](int root) {
            QList<int> pids{root};
            for (qsizetype i = 0; i < pids.size(); ++i)
                pids += children.value(pids.at(i));
            return pids;
        };
        QSet<int> postgres;
        if (!postgresFolder.isEmpty()) {
            QFile pidFile(postgresFolder + QStringLiteral("/data/postmaster.pid"));
            const int postmaster =
                pidFile.open(QIODevice::ReadOnly) ? pidFile.readLine().trimmed().toInt() : 0;
            if (postmaster > 0 && all.contains(postmaster))
                for (const int pid : tree(postmaster)) {
                    postgres.insert(pid);
                    const ProcCpu p = all.value(pid);
                    cpu.postgres += double(p.ticks) / tick;
                    cpu.postgresSystem += double(p.system) / tick;
                    cpu.postgresKinds[postgresKind(pid, postmaster)] +=
                        double(p.ticks - p.reaped) / tick;
                    cpu.postgresKinds[QStringLiteral("ended")] += double(p.reaped) / tick;
                }
            cpu.postgresProcesses = int(postgres.size());
        }
        const int self = int(getpid());
        for (const int pid : tree(self)) {
            if (pid == self || postgres.contains(pid))
                continue;
            const ProcCpu p = all.value(pid);
            if (p.comm.startsWith("nginx")) {
                cpu.fronts += double(p.ticks) / tick;
                cpu.frontsSystem += double(p.system) / tick;
                ++cpu.frontProcesses;
            } else if (p.comm.startsWith("jiujin-gateway")) {
                cpu.gateways += double(p.ticks) / tick;
                cpu.gatewaysSystem += double(p.system) / tick;
                ++cpu.gatewayProcesses;
            }
        }
        QFile stat(QStringLiteral("/proc/stat"));
        if (stat.open(QIODevice::ReadOnly)) {
            // cpu  user nice system idle iowait irq softirq steal: busy is all but idle, iowait
            const QList<QByteArray> f = stat.readLine().simplified().split(' ');
            for (int i = 1; i < f.size() && i <= 8; ++i)
                if (i != 4 && i != 5)
                    cpu.machine += double(f.at(i).toLongLong()) / tick;
        }
        return cpu;
    }
    PartyCpu operator-(const PartyCpu &o) const
    {
        PartyCpu d = *this;
        d.gateways -= o.gateways;
        d.fronts -= o.fronts;
        d.postgres -= o.postgres;
        d.simulator -= o.simulator;
        d.machine -= o.machine;
        d.gatewaysSystem -= o.gatewaysSystem;
        d.frontsSystem -= o.frontsSystem;
        d.postgresSystem -= o.postgresSystem;
        d.simulatorSystem -= o.simulatorSystem;
        for (auto it = o.postgresKinds.cbegin(); it != o.postgresKinds.cend(); ++it)
            d.postgresKinds[it.key()] -= it.value();
        return d;
    }
    double parties() const { return gateways + fronts + postgres + simulator; }
};

/** CPU a record of each party over an intake window, and what it implies. */
struct CpuPerRecord
{
    double gateways = 0, fronts = 0, postgres = 0, simulator = 0; // µs of CPU a record
    double machineCpus = 0, othersCpus = 0; // CPUs busy over the window: all, and not ours
    int gatewayProcesses = 0, frontProcesses = 0, postgresProcesses = 0;
    QMap<QString, double> postgresKinds; // µs a record
    double gatewaysSystem = 0, frontsSystem = 0, postgresSystem = 0, simulatorSystem = 0;

    static CpuPerRecord of(const PartyCpu &used, qint64 records, double seconds)
    {
        CpuPerRecord r;
        const double per = records > 0 ? 1e6 / double(records) : 0;
        r.gateways = used.gateways * per;
        r.fronts = used.fronts * per;
        r.postgres = used.postgres * per;
        r.simulator = used.simulator * per;
        r.gatewaysSystem = used.gatewaysSystem * per;
        r.frontsSystem = used.frontsSystem * per;
        r.postgresSystem = used.postgresSystem * per;
        r.simulatorSystem = used.simulatorSystem * per;
        r.machineCpus = used.machine / seconds;
        r.othersCpus = std::max(0.0, used.machine - used.parties()) / seconds;
        r.gatewayProcesses = used.gatewayProcesses;
        r.frontProcesses = used.frontProcesses;
        r.postgresProcesses = used.postgresProcesses;
        for (auto it = used.postgresKinds.cbegin(); it != used.postgresKinds.cend(); ++it)
            r.postgresKinds[it.key()] = it.value() * per;
        return r;
    }
    /** Central's side: what a province's machines run (gateways, fronts, database). */
    double central() const { return gateways + fronts + postgres; }
    double sum() const { return central() + simulator; }
    /** Records/s that @p cores cores could carry at most, everything else idle. */
    static double ceiling(double cores, double us) { return us > 0 ? cores * 1e6 / us : 0; }
    const char *largest() const
    {
        const std::pair<double, const char *> parts[] = {{gateways, "the gateways"},
                                                         {fronts, "the fronts"},
                                                         {postgres, "PostgreSQL"},
                                                         {simulator, "the simulator"}};
        return std::max_element(std::begin(parts), std::end(parts))->second;
    }
    QString text() const
    {
        return QStringLiteral(
                   "CPU a record (us, measured as CPU): gateways %1 (%2 processes), fronts %3 "
                   "(%4), PostgreSQL %5 (%6), simulator %7; central %8, all %9: 2 cores carry "
                   "at most %10 records/s (central alone on 2 cores: %11); largest: %12; "
                   "machine busy %13 CPUs, of it others' %14; in the kernel: gateways %15, "
                   "fronts %16, PostgreSQL %17, simulator %18")
            .arg(gateways, 0, 'f', 0)
            .arg(gatewayProcesses)
            .arg(fronts, 0, 'f', 0)
            .arg(frontProcesses)
            .arg(postgres, 0, 'f', 0)
            .arg(postgresProcesses)
            .arg(simulator, 0, 'f', 0)
            .arg(central(), 0, 'f', 0)
            .arg(sum(), 0, 'f', 0)
            .arg(ceiling(2, sum()), 0, 'f', 0)
            .arg(ceiling(2, central()), 0, 'f', 0)
            .arg(QLatin1String(largest()))
            .arg(machineCpus, 0, 'f', 2)
            .arg(othersCpus, 0, 'f', 2)
            .arg(gatewaysSystem, 0, 'f', 0)
            .arg(frontsSystem, 0, 'f', 0)
            .arg(postgresSystem, 0, 'f', 0)
            .arg(simulatorSystem, 0, 'f', 0);
    }
    /** PostgreSQL's µs a record by kind of process; empty without PostgreSQL. */
    QString postgresText() const
    {
        QStringList parts;
        for (auto it = postgresKinds.cbegin(); it != postgresKinds.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 0, 'f', 0));
        return parts.isEmpty() ? QString()
                               : QStringLiteral("PostgreSQL's CPU a record by process (us): ") +
                                     parts.join(QStringLiteral(", "));
    }
};

/** Central on @p engine with @p instances instances, started; the tokens for @p devices. */
std::unique_ptr<FleetCentral> central(ScratchPostgres *pg, const QString &dir, int instances,
                                      const QString &name, QString *location = nullptr,
                                      int points = 1)
{
    FleetCentral::Options o;
    o.gateway = gatewayExe;
    o.seed = QStringLiteral(JIUJIN_SEED);
    o.dataDir = dir + QLatin1Char('/') + name;
    o.instances = instances;
    o.points = points;
    o.serveArgs = serveArgs;
    if (pg)
        o.database = need(pg->createDatabase(name), "createdb");
    if (location)
        *location = o.database;
    return need(FleetCentral::create(o), "central");
}

/** pg_stat_statements of @p location's server: reset now, read after a run. */
class StatementTimes
{
public:
    explicit StatementTimes(const QString &location)
    {
        auto c = gateway::PgConnection::connect(location);
        if (!c)
            return;
        // Commits of the enrollment not yet reported (a backend reports when idle, at most once
        // a second) would otherwise count in the run's.
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        m_conn = std::move(c.value());
        if (!m_conn->exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements") ||
            !m_conn->exec("SELECT pg_stat_statements_reset()") ||
            !m_conn->exec("SELECT pg_stat_reset()") || // this database's commits
            !m_conn->exec("SELECT pg_stat_reset_shared('wal')"))
            m_conn.reset();
    }
    /** The statements that took the most of the database's time, and the total. */
    QString report(double wallSeconds, qint64 records) const
    {
        if (!m_conn)
            return QStringLiteral("  (pg_stat_statements not available)\n");
        QString out;
        gateway::PgStatement total(m_conn,
                                   "SELECT coalesce(sum(total_exec_time), 0)::bigint,"
                                   " coalesce(sum(calls), 0)::bigint FROM pg_stat_statements");
        if (total.step())
            out +=
                QStringLiteral("  database: %1 statements (%5 a record), %2 s executing in "
                               "%3 s of wall time (%4 %), by statement:\n")
                    .arg(total.integer(1))
                    .arg(double(total.integer(0)) / 1000.0, 0, 'f', 1)
                    .arg(wallSeconds, 0, 'f', 1)
                    .arg(100.0 * double(total.integer(0)) / 1000.0 / wallSeconds, 0, 'f', 0)
                    .arg(records > 0 ? double(total.integer(1)) / double(records) : 0.0, 0, 'f', 1);
        gateway::PgStatement top(
            m_conn, "SELECT calls, total_exec_time::bigint, (mean_exec_time * 1000)::bigint,"
                    " left(regexp_replace(query, '\\s+', ' ', 'g'), 80) FROM pg_stat_statements"
                    " ORDER BY total_exec_time DESC LIMIT 8");
        while (top.step())
            out += QStringLiteral("    %1 calls, %2 ms, %3 us each: %4\n")
                       .arg(top.integer(0))
                       .arg(top.integer(1))
                       .arg(top.integer(2))
                       .arg(top.text(3));
        if (records <= 0)
            return out;
        // What PostgreSQL's CPU a record is made of: statements (each parsed or bound, planned
        // and executed), commits and WAL. Backends report their commits when idle, at most
        // once a second: wait for that before reading them.
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        const double n = double(records);
        gateway::PgStatement commits(m_conn,
                                     "SELECT xact_commit, xact_rollback FROM pg_stat_database"
                                     " WHERE datname = current_database()");
        gateway::PgStatement wal(m_conn,
                                 "SELECT wal_records, wal_fpi, wal_bytes::bigint, wal_write,"
                                 " wal_sync FROM pg_stat_wal");
        if (commits.step() && wal.step())
            out += QStringLiteral("  a record: %1 commits, %2 rollbacks; WAL %3 records, %4 "
                                  "full pages, %5 bytes, %6 writes, %7 flushes\n")
                       .arg(double(commits.integer(0)) / n, 0, 'f', 3)
                       .arg(double(commits.integer(1)) / n, 0, 'f', 3)
                       .arg(double(wal.integer(0)) / n, 0, 'f', 1)
                       .arg(double(wal.integer(1)) / n, 0, 'f', 2)
                       .arg(double(wal.integer(2)) / n, 0, 'f', 0)
                       .arg(double(wal.integer(3)) / n, 0, 'f', 3)
                       .arg(double(wal.integer(4)) / n, 0, 'f', 3);
        gateway::PgStatement often(
            m_conn, "SELECT calls, rows, (mean_exec_time * 1000)::bigint,"
                    " left(regexp_replace(query, '\\s+', ' ', 'g'), 80) FROM pg_stat_statements"
                    " ORDER BY calls DESC LIMIT 24");
        out += QStringLiteral("  the most frequent statements, per record:\n");
        while (often.step())
            out += QStringLiteral("    %1 calls (%2 rows), %3 us each: %4\n")
                       .arg(double(often.integer(0)) / n, 0, 'f', 2)
                       .arg(double(often.integer(1)) / n, 0, 'f', 2)
                       .arg(often.integer(2))
                       .arg(often.text(3));
        return out;
    }

private:
    std::shared_ptr<gateway::PgConnection> m_conn;
};

/** What the answers were, for a run that did not go cleanly: every status but 2xx, and every
 *  failure (no answer or 5xx) grouped by route and libcurl's message, most frequent first. */
QString answerSummary(const FleetStats &stats)
{
    QStringList parts;
    const QMap<long, qint64> statuses = stats.statusCounts();
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        if (it.key() < 200 || it.key() >= 300)
            parts.append(QStringLiteral("status %1: %2").arg(it.key()).arg(it.value()));
    QMap<QString, qint64> reasons;
    QStringList examples; // libcurl's own words, numbers kept (how many ms, which port)
    for (const FleetFailure &f : stats.failures()) {
        if (examples.size() < 3 && !examples.contains(f.error))
            examples.append(f.error);
        QString error = f.error;
        error.replace(QRegularExpression(QStringLiteral("\\d+")), QStringLiteral("N"));
        ++reasons[QStringLiteral("%1 %2 %3")
                      .arg(QString::fromLatin1(f.route))
                      .arg(f.status)
                      .arg(error.isEmpty() ? QStringLiteral("(answered)") : error)];
    }
    QList<std::pair<qint64, QString>> sorted;
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a > b; });
    for (int i = 0; i < sorted.size() && i < 6; ++i)
        parts.append(QStringLiteral("%1 x %2").arg(sorted.at(i).second).arg(sorted.at(i).first));
    if (!examples.isEmpty())
        parts.append(QStringLiteral("e.g. ") + examples.join(QStringLiteral(" | ")));
    return parts.isEmpty() ? QStringLiteral("all answered 2xx") : parts.join(QStringLiteral("; "));
}

constexpr int kiosksPerPoint = 2;

struct IntakeRun
{
    double recordsPerSecond = 0;
    qint64 records = 0;
    double seconds = 0;
    qint64 failures = 0;
    QString answers;
    QString databaseTime; // PostgreSQL only
    QString machine;
    CpuPerRecord cpu;
};

IntakeRun intake(ScratchPostgres *pg, const QString &dir, int instances, int devices,
                 const QString &name)
{
    QString location;
    // Two kiosks per service point, as in a province (15,000 kiosks, 11,000 points): what one
    // point's kiosks share (its slots, its case-feed counter) is shared by two, not by all.
    auto c = central(pg, dir, instances, name, &location, std::max(1, devices / kiosksPerPoint));
    const QStringList tokens = need(c->tokens(devices), "tokens");
    const QList<int> ports = need(c->startAll(), "serve");
    LoadModel model; // a busy point's day after an outage
    model.applications = 20;
    model.ratings = 5;
    model.picturePercent = 10;
    model.pictureBytes = 32 * 1024;
    model.leaseSlots = 1;
    model.bookingRequests = 1;
    model.batchRecords = 20;
    FleetTransport transport(ports, c->pin());
    FleetSimulator fleet(transport, 32);
    std::atomic<bool> gate{false};
    for (int i = 0; i < devices; ++i) {
        auto d = std::make_unique<SimDevice>(i, tokens.at(i), c->pointOf(i), model);
        d->holdDrainOn(&gate);
        fleet.add(std::move(d));
    }
    pinning.start(fleet);
    if (!fleet.waitFor([&] { return fleet.readyToDrain() == devices; }, std::chrono::minutes(5)))
        die(QStringLiteral("%1: devices did not enroll").arg(name));
    transport.stats().reset();
    std::optional<StatementTimes> times;
    if (pg)
        times.emplace(location);
    const qint64 before = fleet.acknowledged();
    const MachineWindow machine;
    const QString postgresFolder = pg ? pg->folder() : QString();
    const PartyCpu cpuBefore = PartyCpu::now(postgresFolder);
    const auto start = std::chrono::steady_clock::now();
    gate = true;
    if (!fleet.waitFor([&] { return fleet.drained() == devices; }, std::chrono::minutes(10)))
        die(QStringLiteral("%1: the fleet did not drain").arg(name));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const PartyCpu cpuUsed = PartyCpu::now(postgresFolder) - cpuBefore;
    const QString machineText = machine.text(seconds); // while the workers still exist
    fleet.stop();
    IntakeRun run;
    run.records = fleet.acknowledged() - before;
    run.seconds = seconds;
    run.recordsPerSecond = double(run.records) / seconds;
    run.cpu = CpuPerRecord::of(cpuUsed, run.records, seconds);
    run.failures = transport.stats().failures().size();
    run.answers = answerSummary(transport.stats());
    const RouteFigures late = transport.stats().figures("simulator:late");
    run.machine = QStringLiteral("%1; simulator's steps late p50/p99 %2/%3 ms")
                      .arg(machineText)
                      .arg(late.p50, 0, 'f', 1)
                      .arg(late.p99, 0, 'f', 1);
    if (times)
        run.databaseTime = times->report(seconds, run.records);
    return run;
}

/** Where a heartbeat's time went: TCP connect, TLS handshake, central's answer (p50/p99), and
 *  of that answer the handler's own parts as central reports them (Server-Timing; a central
 *  that does not report them shows 0): the device's row and signature, decoding and storing. */
struct Phases
{
    RouteFigures connect, tls, server, verify, store;
    static Phases of(const FleetStats &stats)
    {
        return {stats.figures("heartbeat:connect"), stats.figures("heartbeat:tls"),
                stats.figures("heartbeat:server"), stats.figures("heartbeat:central-verify"),
                stats.figures("heartbeat:central-store")};
    }
    QString text() const
    {
        return QStringLiteral("connect %1/%2, TLS %3/%4, central %5/%6 ms (p50/p99; of which "
                              "the handler's verify %7/%8, store %9/%10)")
            .arg(connect.p50, 0, 'f', 1)
            .arg(connect.p99, 0, 'f', 1)
            .arg(tls.p50, 0, 'f', 1)
            .arg(tls.p99, 0, 'f', 1)
            .arg(server.p50, 0, 'f', 1)
            .arg(server.p99, 0, 'f', 1)
            .arg(verify.p50, 0, 'f', 1)
            .arg(verify.p99, 0, 'f', 1)
            .arg(store.p50, 0, 'f', 1)
            .arg(store.p99, 0, 'f', 1);
    }
};

struct HeartbeatRun
{
    RouteFigures quiet, real, peak, beside;
    Phases quietPhases, realPhases, peakPhases, besidePhases;
    double realRate = 0, peakRate = 0;
    qint64 failures = 0;
    QString realAnswers, peakAnswers;
    /** How late the simulator started its steps (its own delay, in no latency above). */
    RouteFigures realLate, peakLate;
    QString quietMachine, realMachine, peakMachine;
    /** Heartbeats at the real rate while intakeBeside kiosks drain (none: not measured). */
    int intakeBeside = 0;
    double besideRate = 0, besideSeconds = 0, besideRecordsPerSecond = 0;
    QString besideAnswers, besideMachine;
    RouteFigures besideLate, besideBatches;
};

HeartbeatRun heartbeats(ScratchPostgres *pg, const QString &dir, int devices, int realWindowS,
                        int intakeBeside, const QString &name)
{
    auto c = central(pg, dir, 2, name);
    const QStringList tokens = need(c->tokens(devices + intakeBeside), "tokens");
    const QList<int> ports = need(c->startAll(), "serve");
    LoadModel model;
    model.applications = 0;
    model.ratings = 0;
    model.leaseSlots = 0;
    model.bookingRequests = 0;
    model.pullCatalogue = false;
    model.keepAlive = false; // a heartbeat every 15 min: a new TLS connection each time
    model.heartbeatSeconds = 15 * 60;
    FleetTransport transport(ports, c->pin());
    HeartbeatRun run;
    {
        // Baseline: one kiosk, nothing else going on, 200 heartbeats in a row.
        FleetSimulator one(transport, 1);
        LoadModel busy = model;
        busy.heartbeatSeconds = 0;
        one.add(std::make_unique<SimDevice>(devices, tokens.at(devices - 1),
                                            QStringLiteral("150525203000-01"), busy));
        pinning.start(one);
        one.waitFor([&] { return one.heartbeats() >= 1; }, std::chrono::minutes(1));
        transport.stats().reset();
        const MachineWindow machine;
        const auto from = std::chrono::steady_clock::now();
        one.waitFor([&] { return one.heartbeats() >= 201; }, std::chrono::minutes(2));
        // Read while its threads still exist (/proc/self/task).
        run.quietMachine = machine.text(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count());
        one.stop();
        run.quiet = transport.stats().figures("heartbeat");
        run.quietPhases = Phases::of(transport.stats());
    }
    FleetSimulator fleet(transport, 48);
    for (int i = 0; i < devices - 1; ++i)
        fleet.add(
            std::make_unique<SimDevice>(i, tokens.at(i), QStringLiteral("150525203000-01"), model));
    pinning.start(fleet); // enrolls every device; each sends its first heartbeat
    if (!fleet.waitFor([&] { return fleet.drained() == devices - 1; }, std::chrono::minutes(10)))
        die(QStringLiteral("heartbeat fleet did not enroll"));
    // The real rate: every device once per 15 min, uniformly; a window of it.
    constexpr int peakWindowS = 60;
    fleet.spreadOver(std::chrono::seconds(15 * 60));
    transport.stats().reset();
    std::optional<MachineWindow> machine;
    machine.emplace();
    std::this_thread::sleep_for(std::chrono::seconds(realWindowS));
    run.realMachine = machine->text(realWindowS);
    run.realLate = transport.stats().figures("simulator:late");
    run.real = transport.stats().figures("heartbeat");
    run.realPhases = Phases::of(transport.stats());
    run.realRate = double(run.real.count) / realWindowS;
    run.failures += transport.stats().failures().size();
    run.realAnswers = answerSummary(transport.stats());
    // After a regional outage every kiosk comes back within a minute: 15x the real rate.
    fleet.spreadOver(std::chrono::seconds(peakWindowS));
    transport.stats().reset();
    machine.emplace();
    std::this_thread::sleep_for(std::chrono::seconds(peakWindowS + 5));
    run.peakMachine = machine->text(peakWindowS + 5);
    run.peakLate = transport.stats().figures("simulator:late");
    run.peak = transport.stats().figures("heartbeat");
    run.peakPhases = Phases::of(transport.stats());
    run.peakRate = double(run.peak.count) / (peakWindowS + 5);
    run.failures += transport.stats().failures().size();
    run.peakAnswers = answerSummary(transport.stats());
    if (intakeBeside > 0) {
        // Kiosks back from an outage drain their backlog into the same central while the fleet
        // heartbeats at the real rate: a heartbeat that queues behind intake batches shows here.
        LoadModel backlog; // applications and ratings only: no slot rows shared by the point
        backlog.applications = 20;
        backlog.ratings = 5;
        backlog.picturePercent = 10;
        backlog.pictureBytes = 32 * 1024;
        backlog.leaseSlots = 0;
        backlog.bookingRequests = 0;
        backlog.batchRecords = 20;
        FleetSimulator drain(transport, 32);
        std::atomic<bool> gate{false};
        for (int i = 0; i < intakeBeside; ++i) {
            auto d = std::make_unique<SimDevice>(devices + i, tokens.at(devices + i),
                                                 c->pointOf(devices + i), backlog);
            d->holdDrainOn(&gate);
            drain.add(std::move(d));
        }
        pinning.start(drain);
        if (!drain.waitFor([&] { return drain.readyToDrain() == intakeBeside; },
                           std::chrono::minutes(5)))
            die(QStringLiteral("the intake kiosks did not enroll"));
        fleet.spreadOver(std::chrono::seconds(15 * 60));
        transport.stats().reset();
        machine.emplace();
        const qint64 before = drain.acknowledged();
        const auto from = std::chrono::steady_clock::now();
        gate = true;
        drain.waitFor([&] { return drain.drained() == intakeBeside; },
                      std::chrono::seconds(std::max(realWindowS, 60)));
        run.besideSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
        run.besideMachine = machine->text(run.besideSeconds);
        run.intakeBeside = intakeBeside;
        run.besideLate = transport.stats().figures("simulator:late");
        run.beside = transport.stats().figures("heartbeat");
        run.besidePhases = Phases::of(transport.stats());
        run.besideBatches = transport.stats().figures("submissions");
        run.besideRate = double(run.beside.count) / run.besideSeconds;
        run.besideRecordsPerSecond = double(drain.acknowledged() - before) / run.besideSeconds;
        run.failures += transport.stats().failures().size();
        run.besideAnswers = answerSummary(transport.stats());
        drain.stop();
    }
    fleet.stop();
    return run;
}

int bench(const QStringList &args);

} // namespace

int main(int argc, char **argv)
{
    Interruption::watch();
    QCoreApplication app(argc, argv);
    int code = 1;
    try {
        code = bench(app.arguments());
    } catch (const GaveUp &gaveUp) {
        std::fprintf(stderr, "jiujin-bench-fleet: %s\n", qPrintable(gaveUp.what));
    }
    Interruption::onSignal({});
    curl_global_cleanup();
    return code;
}

namespace {

int bench(const QStringList &args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("jiujin.*.info=false"));
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    const auto option = [&](const char *name, int fallback) {
        const int at = args.indexOf(QLatin1String(name));
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int devices = option("--devices", 200);
    const int heartbeatDevices = option("--heartbeat-devices", 10000);
    // 30 s of the real rate is ~330 heartbeats: its p99 is the fourth slowest.
    const int realWindowS = std::max(10, option("--real-window", 30));
    const int intakeBeside = std::max(0, option("--intake-beside", 0));
    const auto text = [&](const char *name) {
        const int at = args.indexOf(QLatin1String(name));
        return at > 0 ? args.value(at + 1) : QString();
    };
    if (!text("--gateway").isEmpty())
        gatewayExe = text("--gateway");
    std::printf("Central: %s\n", qPrintable(gatewayExe));
    pinning.central = Pinning::parse(text("--central-cpus"));
    pinning.simulator = Pinning::parse(text("--simulator-cpus"));
    if (pinning.central.has_value() != pinning.simulator.has_value())
        die(QStringLiteral("--central-cpus and --simulator-cpus go together"));
    // Everything started from this thread (PostgreSQL, the gateways and their fronts) runs on
    // central's CPUs; the simulator's workers are started on theirs (Pinning::start).
    Pinning::pinThisThread(pinning.central);
    if (pinning.central)
        std::printf("Pinned: central on CPUs %s, the simulator on CPUs %s\n",
                    qPrintable(text("--central-cpus")), qPrintable(text("--simulator-cpus")));

    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(QStringLiteral("no temporary folder"));
    if (args.contains(QLatin1String("--keep"))) { // the instances' logs, to see why requests failed
        tmp.setAutoRemove(false);
        std::printf("Data and logs kept in %s\n", qPrintable(tmp.path()));
    }
    // PostgreSQL as a province runs it: fsync and synchronous commit on.
    auto pg = need(ScratchPostgres::start(true), "postgresql");
    Interruption::onSignal([folder = tmp.path(), keep = !tmp.autoRemove(), server = pg.get()] {
        if (server->stop())
            QDir(server->folder()).removeRecursively(); // as ~ScratchPostgres does
        if (!keep)
            QDir(folder).removeRecursively();
    });
    struct Forget // before pg is destroyed, however bench() ends
    {
        ~Forget() { Interruption::onSignal({}); }
    } forget;

    if (!args.contains(QLatin1String("--skip-intake"))) {
        struct Row
        {
            const char *engine;
            int instances;
            IntakeRun run;
        };
        std::vector<Row> rows;
        rows.push_back(
            {"SQLite", 1, intake(nullptr, tmp.path(), 1, devices, QStringLiteral("s1"))});
        rows.push_back(
            {"SQLite", 2, intake(nullptr, tmp.path(), 2, devices, QStringLiteral("s2"))});
        const QString baseline = text("--baseline-gateway");
        if (!baseline.isEmpty()) { // the same rows with the earlier build, before this one's
            const QString current = gatewayExe;
            gatewayExe = baseline;
            rows.push_back(
                {"PG before", 1, intake(pg.get(), tmp.path(), 1, devices, QStringLiteral("b1"))});
            rows.push_back(
                {"PG before", 2, intake(pg.get(), tmp.path(), 2, devices, QStringLiteral("b2"))});
            gatewayExe = current;
        }
        rows.push_back(
            {"PostgreSQL", 1, intake(pg.get(), tmp.path(), 1, devices, QStringLiteral("p1"))});
        rows.push_back(
            {"PostgreSQL", 2, intake(pg.get(), tmp.path(), 2, devices, QStringLiteral("p2"))});
        const double base = rows.front().run.recordsPerSecond;
        std::printf(
            "Intake after an outage: %d simulated kiosks (own certificate and keys each, TLS "
            "1.3, signed and sealed) at %d service points, 20 applications (10%% with two 32 "
            "KiB pictures), 5 ratings, up to 2 bookings each, batches of 20\n",
            devices, std::max(1, devices / kiosksPerPoint));
        std::printf(
            "| central                 | records | seconds | records/s | vs SQLite, 1 instance "
            "| 5xx/failed |\n");
        std::printf(
            "|-------------------------|---------|---------|-----------|-----------------------"
            "|------------|\n");
        for (const Row &r : rows)
            std::printf("| %-10s, %d instance%s | %7lld | %7.1f | %9.0f | %21.2f | %10lld |\n",
                        r.engine, r.instances, r.instances > 1 ? "s" : " ",
                        static_cast<long long>(r.run.records), r.run.seconds,
                        r.run.recordsPerSecond, r.run.recordsPerSecond / base,
                        static_cast<long long>(r.run.failures));
        std::printf(
            "CPU a record of each party, measured as CPU time in the same run (/proc: the "
            "gateways' and fronts' processes, all threads; PostgreSQL's postmaster and every "
            "child; the simulator by getrusage). Unlike records/s, CPU a record does not depend "
            "on how busy the machine was\n");
        std::printf("| central                 | records/s | gateways us | fronts us | PostgreSQL "
                    "us | simulator us | central us | all us | 2 cores carry | central's cores "
                    "at 3,000/s | largest | machine busy (others') CPUs |\n");
        std::printf("|-------------------------|-----------|-------------|-----------|-----------"
                    "----|--------------|------------|--------|---------------|----------------"
                    "-----------|---------|-----------------------------|\n");
        for (const Row &r : rows) {
            const CpuPerRecord &u = r.run.cpu;
            std::printf("| %-10s, %d instance%s | %9.0f | %11.0f | %9.0f | %13.0f | %12.0f | "
                        "%10.0f | %6.0f | %13.0f | %25.2f | %-7s | %16.2f (%.2f) |\n",
                        r.engine, r.instances, r.instances > 1 ? "s" : " ", r.run.recordsPerSecond,
                        u.gateways, u.fronts, u.postgres, u.simulator, u.central(), u.sum(),
                        CpuPerRecord::ceiling(2, u.sum()), 3000 * u.central() / 1e6, u.largest(),
                        u.machineCpus, u.othersCpus);
        }
        for (const Row &r : rows)
            std::printf("  %s, %d: %s\n    %s\n    %s\n    %s\n%s", r.engine, r.instances,
                        qPrintable(r.run.answers), qPrintable(r.run.machine),
                        qPrintable(r.run.cpu.text()), qPrintable(r.run.cpu.postgresText()),
                        qPrintable(r.run.databaseTime));
        const double pg2 = rows.back().run.recordsPerSecond;
        std::printf("Target: >= 3,000 records/s on PostgreSQL with 2 instances: %s (%.0f)\n",
                    pg2 >= 3000 ? "holds" : "NOT MET", pg2);
        const CpuPerRecord &u = rows.back().run.cpu;
        std::printf("  by CPU a record: 3,000 records/s on PostgreSQL with 2 instances needs "
                    "%.2f cores (gateways %.2f, fronts %.2f, PostgreSQL %.2f, simulator %.2f); "
                    "this machine has 2: %s; the largest party is %s\n",
                    3000 * u.sum() / 1e6, 3000 * u.gateways / 1e6, 3000 * u.fronts / 1e6,
                    3000 * u.postgres / 1e6, 3000 * u.simulator / 1e6,
                    3000 * u.sum() / 1e6 <= 2 ? "possible" : "impossible", u.largest());
        std::fflush(stdout);
    }

    if (!args.contains(QLatin1String("--skip-heartbeats"))) {
        // With --baseline-gateway the earlier build's central first, then this one, in one run.
        std::vector<std::pair<QString, HeartbeatRun>> runs;
        const QString baseline = text("--baseline-gateway");
        if (!baseline.isEmpty()) {
            const QString current = gatewayExe;
            gatewayExe = baseline;
            runs.emplace_back(QStringLiteral("before (%1)").arg(baseline),
                              heartbeats(pg.get(), tmp.path(), heartbeatDevices, realWindowS,
                                         intakeBeside, QStringLiteral("heartbeats_before")));
            gatewayExe = current;
        }
        if (args.contains(QLatin1String("--baseline-no-lane"))) {
            serveArgs = QStringList{QStringLiteral("--no-heartbeat-lane")};
            runs.emplace_back(QStringLiteral("before (this build, serve --no-heartbeat-lane)"),
                              heartbeats(pg.get(), tmp.path(), heartbeatDevices, realWindowS,
                                         intakeBeside, QStringLiteral("heartbeats_nolane")));
            serveArgs.clear();
        }
        runs.emplace_back(QStringLiteral("central %1").arg(gatewayExe),
                          heartbeats(pg.get(), tmp.path(), heartbeatDevices, realWindowS,
                                     intakeBeside, QStringLiteral("heartbeats")));
        for (const auto &entry : runs) {
            const QString &who = entry.first;
            const HeartbeatRun &h = entry.second;
            std::printf(
                "\nHeartbeats, %s: %d simulated kiosks, 2 instances on PostgreSQL, a new TLS "
                "connection per heartbeat (the kiosk's is 15 min apart)\n",
                qPrintable(who), heartbeatDevices);
            std::printf(
                "| load                                   | heartbeats/s | count | p50 ms | p99 "
                "ms | max ms | p99 vs one kiosk alone |\n");
            std::printf(
                "|----------------------------------------|--------------|-------|--------|----"
                "----|--------|------------------------|\n");
            const auto line = [&](const char *what, double rate, const RouteFigures &f) {
                std::printf("| %-38s | %12.1f | %5lld | %6.1f | %6.1f | %6.1f | %22.2f |\n", what,
                            rate, static_cast<long long>(f.count), f.p50, f.p99, f.max,
                            h.quiet.p99 > 0 ? f.p99 / h.quiet.p99 : 0.0);
            };
            line("one kiosk alone (baseline)", 0, h.quiet);
            line(qPrintable(QStringLiteral("real rate, a %1 s window of 15 min").arg(realWindowS)),
                 h.realRate, h.real);
            line("whole fleet back within 60 s (peak)", h.peakRate, h.peak);
            if (h.intakeBeside > 0)
                line(qPrintable(
                         QStringLiteral("real rate beside %1 kiosks' intake").arg(h.intakeBeside)),
                     h.besideRate, h.beside);
            std::printf(
                "Target: heartbeat p99 <= 50 ms at the real rate: %s (%.1f ms); at the peak: "
                "%s (%.1f ms). Failed or 5xx: %lld\n",
                h.real.p99 <= 50 ? "holds" : "NOT MET", h.real.p99,
                h.peak.p99 <= 50 ? "holds" : "NOT MET", h.peak.p99,
                static_cast<long long>(h.failures));
            std::printf("  real rate: %s\n  peak: %s\n", qPrintable(h.realAnswers),
                        qPrintable(h.peakAnswers));
            std::printf("  where the time went: alone %s; real rate %s; peak %s\n",
                        qPrintable(h.quietPhases.text()), qPrintable(h.realPhases.text()),
                        qPrintable(h.peakPhases.text()));
            std::printf("  the simulator's steps late (p50/p99): real rate %.1f/%.1f ms, peak "
                        "%.1f/%.1f ms\n",
                        h.realLate.p50, h.realLate.p99, h.peakLate.p50, h.peakLate.p99);
            std::printf("  machine: alone %s\n           real rate %s\n           peak %s\n",
                        qPrintable(h.quietMachine), qPrintable(h.realMachine),
                        qPrintable(h.peakMachine));
            if (h.intakeBeside > 0)
                std::printf("  beside intake: %.1f s, %.0f records/s stored, batches p50/p99 "
                            "%.1f/%.1f ms; heartbeats %s; %s\n  simulator late p50/p99 %.1f/%.1f "
                            "ms; machine %s\n",
                            h.besideSeconds, h.besideRecordsPerSecond, h.besideBatches.p50,
                            h.besideBatches.p99, qPrintable(h.besidePhases.text()),
                            qPrintable(h.besideAnswers), h.besideLate.p50, h.besideLate.p99,
                            qPrintable(h.besideMachine));
        }
    }
    return 0;
}

} // namespace
