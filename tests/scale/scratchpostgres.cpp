#include "scratchpostgres.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

namespace jiujin::scale {

namespace {

const char *const binDir = "/usr/lib/postgresql/15/bin";
const char *const superuser = "jiujin";

QString bin(const char *tool)
{
    return QLatin1String(binDir) + QLatin1Char('/') + QLatin1String(tool);
}

} // namespace

Result<void> ScratchPostgres::run(const QStringList &command, bool asOwner) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = command;
    QString program = args.takeFirst();
    if (m_root && asOwner) { // PostgreSQL refuses to run as root
        args.prepend(program);
        args = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} +
               args;
        program = QStringLiteral("runuser");
    }
    p.setWorkingDirectory(m_dir);
    p.start(program, args);
    const bool ok =
        p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        return Error{Error::Io, QStringLiteral("%1 %2 failed: %3")
                                    .arg(program, args.join(QLatin1Char(' ')),
                                         QString::fromLocal8Bit(p.readAll()))};
    return {};
}

Result<std::unique_ptr<ScratchPostgres>> ScratchPostgres::start(bool durable)
{
    std::unique_ptr<ScratchPostgres> pg(new ScratchPostgres);
    pg->m_root = ::geteuid() == 0;
    // Short path: a Unix socket's path has ~100 bytes at most.
    QTemporaryDir tmp(QStringLiteral("/tmp/jjfleet-XXXXXX"));
    if (!tmp.isValid())
        return Error{Error::Io, QStringLiteral("cannot make a temporary folder")};
    tmp.setAutoRemove(false);
    pg->m_dir = tmp.path();
    if (pg->m_root &&
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody"), pg->m_dir}) != 0)
        return Error{Error::Io, QStringLiteral("chown nobody %1 failed").arg(pg->m_dir)};
    if (auto r = pg->run({bin("initdb"), QStringLiteral("-D"), pg->m_dir + QStringLiteral("/data"),
                          QStringLiteral("-U"), QLatin1String(superuser),
                          QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                          QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                         true);
        !r)
        return r.error();
    // No TCP port, only the socket in the folder. The test's data is throwaway: no fsync (the
    // machine does not lose power in the test, only the server its processes), but
    // synchronous_commit stays on: with it off a commit central acknowledged is lost when the
    // server stops at once, as the outage test showed. The benchmark keeps PostgreSQL's
    // defaults, fsync included, so a commit costs what it costs a province.
    pg->m_options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories=%1"
                                   " -c max_connections=200")
                        .arg(pg->m_dir);
    if (!durable)
        pg->m_options += QStringLiteral(" -c fsync=off -c full_page_writes=off");
    else // the benchmark says where the database's time goes (pg_stat_statements)
        pg->m_options += QStringLiteral(" -c shared_preload_libraries=pg_stat_statements");
    if (auto r = pg->startWatchdog(); !r)
        return r.error();
    if (auto r = pg->startAgain(); !r)
        return r.error();
    return pg;
}

Result<void> ScratchPostgres::startWatchdog()
{
    // The write end of its stdin is ours alone (Qt's pipes are close-on-exec: no gateway, nginx
    // or server inherits it), so it reads end-of-file exactly when this process is gone or
    // closes it. It leaves our session (setsid) and ignores the signals a terminal sends to
    // it, so that a Ctrl-C or a kill of the group does not stop it before it has stopped
    // the server.
    const QString script = QStringLiteral(
        R"sh(trap '' INT TERM HUP QUIT; cat >/dev/null
if [ "$(id -u)" = 0 ]; then as='runuser -u nobody --'; else as=''; fi
$as "$2" -D "$1/data" -m immediate -w stop >/dev/null 2>&1
rm -rf "$1")sh");
    m_watchdog = std::make_unique<QProcess>();
    m_watchdog->setProcessChannelMode(QProcess::ForwardedChannels);
    m_watchdog->setChildProcessModifier([] { ::setsid(); });
    m_watchdog->start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), script, QStringLiteral("scratch-postgres-watchdog"),
                       m_dir, bin("pg_ctl")});
    if (!m_watchdog->waitForStarted(30000))
        return Error{Error::Io, QStringLiteral("cannot start the watchdog of %1").arg(m_dir)};
    return {};
}

Result<void> ScratchPostgres::startAgain()
{
    auto r = run({bin("pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                  QStringLiteral("-l"), m_dir + QStringLiteral("/log"), QStringLiteral("-o"),
                  m_options, QStringLiteral("-w"), QStringLiteral("start")},
                 true);
    if (r)
        m_running = true;
    return r;
}

Result<void> ScratchPostgres::stop()
{
    auto r = run({bin("pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                  QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                  QStringLiteral("stop")},
                 true);
    if (r)
        m_running = false;
    return r;
}

Result<QString> ScratchPostgres::createDatabase(const QString &name)
{
    if (auto r = run({bin("createdb"), QStringLiteral("-h"), m_dir, QStringLiteral("-U"),
                      QLatin1String(superuser), name},
                     false);
        !r)
        return r.error();
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(name, m_dir, QLatin1String(superuser));
}

ScratchPostgres::~ScratchPostgres()
{
    if (m_running)
        (void)stop();
    QDir(m_dir).removeRecursively();
    if (m_watchdog) { // nothing left for it to do: it ends at once
        m_watchdog->closeWriteChannel();
        m_watchdog->waitForFinished(30000);
    }
}

} // namespace jiujin::scale
