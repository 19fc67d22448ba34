#include "gatewayprocess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <chrono>
#include <thread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace jiujin::scale {

GatewayProcess::GatewayProcess(QString executable, QStringList args, QString log)
    : m_executable(std::move(executable)), m_log(std::move(log)), m_args(std::move(args))
{
}

GatewayProcess::~GatewayProcess()
{
    stop();
}

bool GatewayProcess::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

Result<int> GatewayProcess::start()
{
    stop();
    // Where this start's output begins: "listening on" is looked for after it only.
    const qint64 from = QFile(m_log).size();
    m_lanePort = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_log, QIODevice::Append);
    // It stops (and stops its nginx) when the process that started it ends, however that ends:
    // a benchmark that gives up or is interrupted leaves no central running.
    const pid_t parent = getpid();
    m_process->setChildProcessModifier([parent] {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            _exit(1);
    });
    m_process->start(m_executable, QStringList{QStringLiteral("serve")} + m_args);
    if (!m_process->waitForStarted(30000))
        return Error{Error::Io, QStringLiteral("cannot start %1").arg(m_executable)};
    const QRegularExpression listening(QStringLiteral("(?:^|\\n)listening on (\\d+)\\n"));
    const QRegularExpression lane(QStringLiteral("(?:^|\\n)heartbeat lane on (\\d+)\\n"));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
    while (std::chrono::steady_clock::now() < deadline) {
        QFile f(m_log);
        if (f.open(QIODevice::ReadOnly) && f.seek(from)) {
            const QString output = QString::fromUtf8(f.readAll());
            const auto m = listening.match(output);
            if (m.hasMatch()) {
                m_port = m.captured(1).toInt();
                const auto l = lane.match(output);
                m_lanePort = l.hasMatch() ? l.captured(1).toInt() : 0;
                return m_port;
            }
        }
        if (m_process->waitForFinished(100))
            return Error{Error::Io, QStringLiteral("gateway exited at start; see %1").arg(m_log)};
    }
    return Error{Error::Io, QStringLiteral("gateway did not listen within a minute")};
}

void GatewayProcess::kill()
{
    if (!running())
        return;
    m_process->kill();
    m_process->waitForFinished(30000);
    m_process.reset();
}

void GatewayProcess::stop()
{
    if (!running()) {
        m_process.reset();
        return;
    }
    m_process->terminate();
    if (!m_process->waitForFinished(30000))
        m_process->kill();
    m_process->waitForFinished(30000);
    m_process.reset();
}

} // namespace jiujin::scale
