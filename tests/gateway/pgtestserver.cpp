#include "pgtestserver.h"

#include "pgcentralstorage.h"
#include "pgconnection.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <mutex>

#include <unistd.h>

namespace {

const char *const binDir = "/usr/lib/postgresql/15/bin";
const char *const superuser = "jiujin";
const char *const templateName = "jj_template";

QString bin(const char *tool)
{
    return QLatin1String(binDir) + QLatin1Char('/') + QLatin1String(tool);
}

} // namespace

bool PgTestServer::selected()
{
    return qEnvironmentVariable("JIUJIN_TEST_ENGINE") == QLatin1String("postgresql");
}

PgTestServer &PgTestServer::instance()
{
    static PgTestServer server;
    return server;
}

bool PgTestServer::run(const QStringList &command, QByteArray *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = command;
    QString program = args.takeFirst();
    if (m_root) { // PostgreSQL refuses to run as root
        args.prepend(program);
        args = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} +
               args;
        program = QStringLiteral("runuser");
    }
    p.setWorkingDirectory(m_dir);
    p.start(program, args);
    const bool ok =
        p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const QByteArray out = p.readAll();
    if (output)
        *output = out;
    if (!ok)
        WARN((program + QLatin1Char(' ') + args.join(QLatin1Char(' '))).toStdString()
             << " failed: " << out.toStdString());
    return ok;
}

PgTestServer::PgTestServer()
{
    m_root = ::geteuid() == 0;
    // Short path: a Unix socket's path has ~100 bytes at most.
    QTemporaryDir tmp(QStringLiteral("/tmp/jjpg-XXXXXX"));
    REQUIRE(tmp.isValid());
    tmp.setAutoRemove(false);
    m_dir = tmp.path();
    m_socket = m_dir;
    if (m_root)
        REQUIRE(QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody"), m_dir}) == 0);
    const QString data = m_dir + QStringLiteral("/data");
    REQUIRE(run({bin("initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"),
                 QLatin1String(superuser), QStringLiteral("--auth=trust"),
                 QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                 QStringLiteral("--no-sync")}));
    // Throwaway data: no fsync; no TCP port, only the socket in the folder.
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories=%1"
                                           " -c fsync=off -c synchronous_commit=off"
                                           " -c full_page_writes=off -c max_connections=200")
                                .arg(m_socket);
    REQUIRE(run({bin("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                 m_dir + QStringLiteral("/log"), QStringLiteral("-o"), options,
                 QStringLiteral("-w"), QStringLiteral("start")}));
    // The template at central's schema: migrated once, copied for every test.
    REQUIRE(admin(QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(templateName))));
    auto migrated =
        jiujin::gateway::PgCentralStorage::open(location(QLatin1String(templateName)), m_dir);
    INFO((migrated ? QString() : migrated.error().message).toStdString());
    REQUIRE(migrated.ok());
}

PgTestServer::~PgTestServer()
{
    m_admin.reset();
    // At exit, outside any test: no Catch2 reporting here.
    QStringList args{
        bin("pg_ctl"),         QStringLiteral("-D"),        m_dir + QStringLiteral("/data"),
        QStringLiteral("-m"),  QStringLiteral("immediate"), QStringLiteral("-w"),
        QStringLiteral("stop")};
    if (m_root)
        args = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} +
               args;
    QProcess::execute(m_root ? QStringLiteral("runuser") : args.takeFirst(), args);
    QDir(m_dir).removeRecursively();
}

QString PgTestServer::location(const QString &name) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(name, m_socket, QLatin1String(superuser));
}

bool PgTestServer::admin(const QString &sql)
{
    if (!m_admin) {
        auto conn = jiujin::gateway::PgConnection::connect(location(QStringLiteral("postgres")));
        if (!conn) {
            WARN(conn.error().message.toStdString());
            return false;
        }
        m_admin = std::move(conn.value());
    }
    auto r = m_admin->exec(sql.toUtf8().constData());
    if (!r)
        WARN(sql.toStdString() << ": " << r.error().message.toStdString());
    return r.ok();
}

QString PgTestServer::freshDatabase()
{
    static std::mutex lock; // CREATE DATABASE copies a template no one else is connected to
    std::lock_guard guard(lock);
    const QString name = QStringLiteral("t%1_%2").arg(::getpid()).arg(++m_next);
    // The template must have no connection while it is copied: the migration's pool is gone.
    REQUIRE(admin(
        QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, QLatin1String(templateName))));
    return location(name);
}

QString PgTestServer::emptyDatabase()
{
    const QString name = QStringLiteral("e%1_%2").arg(::getpid()).arg(++m_next);
    REQUIRE(admin(QStringLiteral("CREATE DATABASE %1").arg(name)));
    return location(name);
}
