#include "pgconnection.h"

#include <libpq-fe.h>

#include <cstring>
#include <iterator>

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
    if (!m_queued.empty()) {
        // One statement (COMMIT, a savepoint's end): sent after what is queued, in one trip.
        Queued q;
        q.sql = sql;
        auto r = pipelined(&q);
        if (!r)
            return r.error();
        return {};
    }
    s_roundTrips.fetch_add(1, std::memory_order_relaxed);
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
    if (!m_queued.empty()) {
        const Queued q = queued(sql, false, count, types, values, lengths, formats);
        return pipelined(&q);
    }
    s_roundTrips.fetch_add(1, std::memory_order_relaxed);
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
    if (!m_queued.empty()) {
        const Queued q = queued(sql, true, count, types, values, lengths, formats);
        return pipelined(&q);
    }
    auto known = m_prepared.constFind(sql);
    QByteArray name;
    if (known != m_prepared.cend()) {
        name = known.value();
    } else {
        name = "jj_s" + QByteArray::number(++m_names);
        s_roundTrips.fetch_add(1, std::memory_order_relaxed);
        PgResult made(PQprepare(m_conn, name.constData(), sql.constData(), count, types),
                      &clearResult);
        if (!made)
            return connectionError("prepare");
        if (PQresultStatus(made.get()) != PGRES_COMMAND_OK)
            return errorOf(made.get(), "prepare");
        m_prepared.insert(sql, name);
    }
    s_roundTrips.fetch_add(1, std::memory_order_relaxed);
    return answered(
        PgResult(PQexecPrepared(m_conn, name.constData(), count, values, lengths, formats, 0),
                 &clearResult));
}

PgConnection::Queued PgConnection::queued(const QByteArray &sql, bool prepared, int count,
                                          const unsigned int *types, const char *const *values,
                                          const int *lengths, const int *formats)
{
    Queued q;
    q.sql = sql;
    q.prepared = prepared;
    for (int i = 0; i < count; ++i) {
        q.values.push_back(values[i] ? std::optional<QByteArray>(QByteArray(values[i], lengths[i]))
                                     : std::nullopt);
        q.types.push_back(types[i]);
        q.formats.push_back(formats[i]);
    }
    return q;
}

void PgConnection::queue(const QByteArray &sql, bool prepared,
                         std::vector<std::optional<QByteArray>> values,
                         std::vector<unsigned int> types, std::vector<int> formats)
{
    m_queued.push_back(
        Queued{sql, prepared, std::move(values), std::move(types), std::move(formats), {}});
}

void PgConnection::queueSavepoint(const QByteArray &name)
{
    Queued q;
    q.sql = "SAVEPOINT " + name;
    q.savepoint = name;
    m_queued.push_back(std::move(q));
}

void PgConnection::queueRelease(const QByteArray &name)
{
    if (!m_queued.empty() && m_queued.back().savepoint == name) {
        m_queued.pop_back(); // nothing ran inside it
        return;
    }
    Queued q;
    q.sql = "RELEASE SAVEPOINT " + name;
    m_queued.push_back(std::move(q));
}

Result<void> PgConnection::rollbackTo(const QByteArray &name)
{
    // The latest of that name: an earlier one (a nested transaction before it, at the same
    // depth) was released already, and what it held stands.
    for (auto it = m_queued.rbegin(); it != m_queued.rend(); ++it) {
        if (it->savepoint == name) {
            // Never sent: what was queued before it still stands, the rest goes with it.
            m_queued.erase(std::prev(it.base()), m_queued.end());
            return {};
        }
    }
    // Sent already, so everything queued since is inside it and rolled back with it.
    m_queued.clear();
    const QByteArray sql = "ROLLBACK TO SAVEPOINT " + name + "; RELEASE SAVEPOINT " + name;
    return exec(sql.constData());
}

Result<void> PgConnection::flush()
{
    if (m_queued.empty())
        return {};
    auto r = pipelined(nullptr);
    if (!r)
        return r.error();
    return {};
}

bool PgConnection::inTransaction() const
{
    return PQtransactionStatus(m_conn) == PQTRANS_INTRANS;
}

Result<PgResult> PgConnection::pipelined(const Queued *last)
{
    s_roundTrips.fetch_add(1, std::memory_order_relaxed);
    std::vector<Queued> items = std::move(m_queued);
    m_queued.clear();
    if (last)
        items.push_back(*last);
    if (!PQenterPipelineMode(m_conn))
        return connectionError("pipeline");
    // What was sent, in order: each yields one result (a prepare, or a statement).
    struct Sent
    {
        QByteArray prepares; ///< set: the PQsendPrepare of this SQL
        QByteArray name;
    };
    std::vector<Sent> sent;
    QHash<QByteArray, QByteArray> preparing; // named in this pipeline, known once it succeeds
    bool sending = true;
    for (const Queued &q : items) {
        const int count = int(q.values.size());
        std::vector<const char *> values(count);
        std::vector<int> lengths(count);
        for (int i = 0; i < count; ++i) {
            values[i] = q.values[i] ? q.values[i]->constData() : nullptr;
            lengths[i] = q.values[i] ? int(q.values[i]->size()) : 0;
        }
        if (q.prepared) {
            QByteArray name = m_prepared.value(q.sql, preparing.value(q.sql));
            if (name.isEmpty()) {
                name = "jj_s" + QByteArray::number(++m_names);
                if (!PQsendPrepare(m_conn, name.constData(), q.sql.constData(), count,
                                   q.types.data())) {
                    sending = false;
                    break;
                }
                preparing.insert(q.sql, name);
                sent.push_back({q.sql, name});
            }
            if (!PQsendQueryPrepared(m_conn, name.constData(), count, values.data(), lengths.data(),
                                     q.formats.data(), 0)) {
                sending = false;
                break;
            }
        } else if (!PQsendQueryParams(m_conn, q.sql.constData(), count, q.types.data(),
                                      values.data(), lengths.data(), q.formats.data(), 0)) {
            sending = false;
            break;
        }
        sent.push_back({});
    }
    if (!sending || !PQpipelineSync(m_conn)) {
        // The connection is in no state to be used again (half a pipeline sent).
        m_broken = true;
        return connectionError("pipeline");
    }
    std::optional<Error> failed;
    PgResult answer(nullptr, &clearResult);
    for (size_t i = 0; i < sent.size(); ++i) {
        PgResult res(PQgetResult(m_conn), &clearResult);
        if (!res) {
            m_broken = true;
            return connectionError("pipeline");
        }
        const auto status = PQresultStatus(res.get());
        if (status == PGRES_FATAL_ERROR && !failed)
            failed = errorOf(res.get(), "statement");
        if (!sent[i].prepares.isEmpty() && status == PGRES_COMMAND_OK)
            m_prepared.insert(sent[i].prepares, sent[i].name);
        if (i + 1 == sent.size() && last)
            answer = std::move(res);
        while (PGresult *more = PQgetResult(m_conn)) // the end of this statement's results
            PQclear(more);
    }
    PgResult sync(PQgetResult(m_conn), &clearResult);
    if (!sync || PQresultStatus(sync.get()) != PGRES_PIPELINE_SYNC || !PQexitPipelineMode(m_conn)) {
        m_broken = true;
        return connectionError("pipeline");
    }
    if (failed)
        return *failed;
    if (!last)
        return PgResult(nullptr, &clearResult);
    return answered(std::move(answer));
}

bool PgConnection::aborted() const
{
    return PQtransactionStatus(m_conn) == PQTRANS_INERROR;
}

bool PgConnection::healthy() const
{
    // Left inside a transaction (a failed ROLLBACK): not fit to lend again either.
    return !m_broken && PQstatus(m_conn) == CONNECTION_OK &&
           PQtransactionStatus(m_conn) == PQTRANS_IDLE;
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
