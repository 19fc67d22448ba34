#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace jiujin::scale {

/**
 * A throwaway PostgreSQL 15 for the fleet simulator's test and benchmarks (Debian's postgresql-15:
 * initdb and pg_ctl in a temporary folder, a Unix socket there and no TCP port, run as `nobody`
 * when we run as root). Unlike the gateway tests' PgTestServer it reports errors instead of
 * failing a Catch2 test (the benchmark has none), and it can be stopped and started again while
 * gateways use it: the outage test restarts the database once. A watchdog process stops the
 * server and removes its folder when this process ends in any way, SIGKILL included (pg_ctl's
 * server is not our child: nothing else would stop it).
 */
class ScratchPostgres
{
public:
    /** initdb and start; @p durable keeps fsync on (the benchmark measures a real commit). */
    static Result<std::unique_ptr<ScratchPostgres>> start(bool durable = false);
    ~ScratchPostgres();

    /** CREATE DATABASE @p name; its postgresql:// location. */
    Result<QString> createDatabase(const QString &name);
    /** Stops the server at once (`-m immediate`: as if its machine lost power, no checkpoint). */
    Result<void> stop();
    /** Starts it again on the same folder and socket (crash recovery replays the WAL). */
    Result<void> startAgain();
    QString folder() const { return m_dir; }

private:
    ScratchPostgres() = default;
    Result<void> run(const QStringList &command, bool asOwner) const;
    /** Starts the watchdog: it waits for its stdin (our end of the pipe, closed by the kernel
     *  when this process dies) to end, then stops the server and removes m_dir. */
    Result<void> startWatchdog();
    QString m_dir;
    QString m_options;
    bool m_root = false;
    bool m_running = false;
    std::unique_ptr<QProcess> m_watchdog;
};

} // namespace jiujin::scale
