#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

struct pg_conn;
struct pg_result;

namespace jiujin::gateway {

/** A PGresult, cleared when it goes out of scope. */
using PgResult = std::unique_ptr<pg_result, void (*)(pg_result *)>;

/**
 * One libpq connection to central's PostgreSQL database. Plain libpq (Debian's libpq5), not
 * libpqxx: Debian's libpqxx 6.4 is old and exception-based, while the storage speaks Result<>.
 * Every statement with values goes through execParams (values bound as $1..., never spliced).
 */
class PgConnection
{
public:
    /** Connects to @p conninfo (a postgresql:// URI); the session runs in UTC. */
    static Result<std::unique_ptr<PgConnection>> connect(const QString &conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /** Runs @p sql (one or several statements, no parameters): for DDL and transaction control. */
    Result<void> exec(const char *sql);
    /** Runs one statement with parameters (nullptr values are NULL; formats 1 = binary). */
    Result<PgResult> execParams(const char *sql, int count, const unsigned int *types,
                                const char *const *values, const int *lengths, const int *formats);
    /** execParams() for a statement prepared once on this connection: @p sql (numbered `$N`
     *  placeholders) is parsed and planned by the server at its first use here and named; later
     *  uses send only the values. The first use's @p types are the statement's for good. A
     *  statement that fails to prepare is not remembered (prepared again next time). */
    Result<PgResult> execPrepared(const QByteArray &sql, int count, const unsigned int *types,
                                  const char *const *values, const int *lengths,
                                  const int *formats);
    /** False once the server is gone or a transaction is left open (the pool drops it). */
    bool healthy() const;
    /** Whether an idle connection is still open: false when the server closed it meanwhile (a
     *  restart, a failover, an idle timeout), which libpq learns only on the next use. Reads
     *  what has arrived without waiting; anything that arrived unasked counts as closed. */
    bool stillOpen();
    /** True inside a transaction that an earlier statement's error has aborted. */
    bool aborted() const;
    /** The database name and host, without the password: for logs and `doctor`. */
    QString describe() const;

    /** The error of a failed result, with its SQLSTATE mapped to Error codes. */
    static Error errorOf(const pg_result *res, const char *what);

private:
    explicit PgConnection(pg_conn *conn) : m_conn(conn) {}
    Error connectionError(const char *what) const;
    /** @p res of a statement, or its error (none: the connection's). */
    Result<PgResult> answered(PgResult res) const;
    pg_conn *m_conn;
    QHash<QByteArray, QByteArray> m_prepared; ///< SQL -> the server-side statement's name
};

} // namespace jiujin::gateway
