#include "pgconnection.h"

#include <libpq-fe.h>

#include <cstring>

#include <poll.h>

namespace jiujin::gateway {

namespace {

void clearResult(pg_result *res)
{
    PQclear(res);
}

Error::Code codeForState(const char *state)
{
    if (!state)
        return Error::Io;
    // 40001 serialization failure, 40P01 deadlock, 55P03 lock not available: try again later.
    if (!std::strcmp(state, "40001") || !std::strcmp(state, "40P01") ||
        !std::strcmp(state, "55P03") || !std::strcmp(state, "57014"))
        return Error::Busy;
    if (!std::strncmp(state, "53", 2)) // insufficient resources: disk full, out of memory
        return Error::Full;
    if (!std::strcmp(state, "XX001") || !std::strcmp(state, "XX002")) // data / index corrupted
        return Error::Corrupt;
    return Error::Io;
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &conninfo)
{
    const QByteArray info = conninfo.toUtf8();
    pg_conn *conn = PQconnectdb(info.constData());
    if (!conn)
        return Error{Error::Io, QStringLiteral("postgresql: out of memory")};
    std::unique_ptr<PgConnection> c(new PgConnection(conn));
    if (PQstatus(conn) != CONNECTION_OK)
        return c->connectionError("connect");
    // Times are Unix seconds in BIGINT columns; dates the storage computes are China dates with an
    // explicit offset, so the session zone only matters to nothing but logs: keep it fixed.
    if (auto r = c->exec("SET TIME ZONE 'UTC'; SET client_encoding = 'UTF8';"
                         " SET client_min_messages = 'warning'");
        !r)
        return r.error();
    return c;
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Error PgConnection::connectionError(const char *what) const
{
    QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    return Error{Error::Io, QStringLiteral("postgresql %1: %2").arg(QLatin1String(what), message)};
}

Error PgConnection::errorOf(const pg_result *res, const char *what)
{
    const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    const QString message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    return Error{codeForState(state),
                 QStringLiteral("postgresql %1: %2 (%3)")
                     .arg(QLatin1String(what), message, QLatin1String(state ? state : "-"))};
}

Result<void> PgConnection::exec(const char *sql)
{
    PgResult res(PQexec(m_conn, sql), &clearResult);
    if (!res)
        return connectionError("exec");
    const auto status = PQresultStatus(res.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorOf(res.get(), "exec");
    return {};
}

Result<PgResult> PgConnection::execParams(const char *sql, int count, const unsigned int *types,
                                          const char *const *values, const int *lengths,
                                          const int *formats)
{
    return answered(PgResult(PQexecParams(m_conn, sql, count, types, values, lengths, formats, 0),
                             &clearResult));
}

Result<PgResult> PgConnection::answered(PgResult res) const
{
    if (!res)
        return connectionError("statement");
    const auto status = PQresultStatus(res.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorOf(res.get(), "statement");
    return res;
}

Result<PgResult> PgConnection::execPrepared(const QByteArray &sql, int count,
                                            const unsigned int *types, const char *const *values,
                                            const int *lengths, const int *formats)
{
    auto known = m_prepared.constFind(sql);
    QByteArray name;
    if (known != m_prepared.cend()) {
        name = known.value();
    } else {
        name = "jj_s" + QByteArray::number(m_prepared.size() + 1);
        PgResult made(PQprepare(m_conn, name.constData(), sql.constData(), count, types),
                      &clearResult);
        if (!made)
            return connectionError("prepare");
        if (PQresultStatus(made.get()) != PGRES_COMMAND_OK)
            return errorOf(made.get(), "prepare");
        m_prepared.insert(sql, name);
    }
    return answered(
        PgResult(PQexecPrepared(m_conn, name.constData(), count, values, lengths, formats, 0),
                 &clearResult));
}

bool PgConnection::aborted() const
{
    return PQtransactionStatus(m_conn) == PQTRANS_INERROR;
}

bool PgConnection::healthy() const
{
    // Left inside a transaction (a failed ROLLBACK): not fit to lend again either.
    return PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) == PQTRANS_IDLE;
}

bool PgConnection::stillOpen()
{
    if (!healthy())
        return false;
    pollfd socket{PQsocket(m_conn), POLLIN, 0};
    const int ready = ::poll(&socket, 1, 0);
    if (ready == 0)
        return true; // nothing arrived while it was idle
    if (ready < 0 || (socket.revents & (POLLERR | POLLHUP | POLLNVAL)) != 0)
        return false;
    // Something arrived on a connection that asked nothing: almost always the server's goodbye
    // (a FATAL "terminating connection" before the end of file, which libpq files as a notice and
    // so still calls the connection fine until the next read finds it closed). Rarely a parameter
    // report after a reload. Either way a new connection is cheaper than a failed request.
    PQconsumeInput(m_conn);
    return false;
}

QString PgConnection::describe() const
{
    const char *host = PQhost(m_conn);
    const char *db = PQdb(m_conn);
    return QStringLiteral("%1/%2").arg(QString::fromUtf8(host ? host : ""),
                                       QString::fromUtf8(db ? db : ""));
}

} // namespace jiujin::gateway
