#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace jiujin::scale {

/**
 * One `jiujin-gateway serve` instance as a child process on 127.0.0.1 (a free port each start;
 * its public front's, or behind a front of the caller's, its own plain HTTP listener's).
 * Its output goes to a log file beside its data (a gateway that logs every request must never
 * block on a pipe nobody reads). kill() is what a machine failure does to it: SIGKILL, and its
 * nginx front follows (PR_SET_PDEATHSIG); start() again brings it back on a new port. It gets
 * SIGTERM when the thread that started it ends (PR_SET_PDEATHSIG too): start it from the main
 * thread, and nothing of it outlives the test or the benchmark.
 */
class GatewayProcess
{
public:
    /** @p args: what follows `serve` (--listen 127.0.0.1:0 or --behind-front, --data-dir,
     *  --catalogue, quotas);
     *  @p log: the file its stdout and stderr are appended to. */
    GatewayProcess(QString executable, QStringList args, QString log);
    ~GatewayProcess();

    /** Starts it and waits (at most a minute) for "listening on PORT"; the port. */
    Result<int> start();
    /** SIGKILL, and waits for it. */
    void kill();
    /** SIGTERM (a clean stop), SIGKILL after 30 s. */
    void stop();
    bool running() const;
    int port() const { return m_port; }
    /** Its heartbeat lane's port when it printed one (`serve --behind-front`); else 0. */
    int lanePort() const { return m_lanePort; }

private:
    QString m_executable, m_log;
    QStringList m_args;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    int m_lanePort = 0;
};

} // namespace jiujin::scale
