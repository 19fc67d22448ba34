#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

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
    /**
     * Round trips saved inside a transaction (DESIGN §11c, "Round trips"): a statement whose
     * answer nobody reads (a write that returns nothing, SAVEPOINT, RELEASE) is queued instead of
     * run, and sent with the next one that is run, in one libpq pipeline: one wait for the server
     * for all of them. The first error among them is that statement's error (the transaction is
     * aborted then, as it would have been). Outside a transaction it runs at once (a pooled
     * connection goes back to the pool when its statement ends).
     * @p sql has numbered `$N` placeholders; @p prepared as for execPrepared().
     */
    void queue(const QByteArray &sql, bool prepared, std::vector<std::optional<QByteArray>> values,
               std::vector<unsigned int> types, std::vector<int> formats);
    /** Queues `SAVEPOINT name`. */
    void queueSavepoint(const QByteArray &name);
    /** `RELEASE SAVEPOINT name`: queued, or nothing when its SAVEPOINT is still queued. */
    void queueRelease(const QByteArray &name);
    /** Rolls back to and releases savepoint @p name: nothing is sent when it is still queued
     *  (only what was queued since is dropped); otherwise one round trip for both. */
    Result<void> rollbackTo(const QByteArray &name);
    /** Drops what is queued (the transaction is being rolled back). */
    void dropQueued() { m_queued.clear(); }
    /** Sends what is queued, in one round trip; its first error. */
    Result<void> flush();
    /** True inside an open transaction that no error has aborted (statements may be queued). */
    bool inTransaction() const;
    /** Times any connection of this process waited for the server's answer (a statement, a
     *  prepare, a pipeline of queued ones): what a benchmark divides by records. */
    static qint64 roundTrips() { return s_roundTrips.load(std::memory_order_relaxed); }

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
    /** A statement waiting for the next round trip (queue()). */
    struct Queued
    {
        QByteArray sql;
        bool prepared = false;
        std::vector<std::optional<QByteArray>> values;
        std::vector<unsigned int> types;
        std::vector<int> formats;
        QByteArray savepoint; ///< set: this is `SAVEPOINT savepoint`
    };
    /** A statement and copies of its values, to be sent later. */
    static Queued queued(const QByteArray &sql, bool prepared, int count, const unsigned int *types,
                         const char *const *values, const int *lengths, const int *formats);
    /** Sends the queue and then @p last (if any) in one pipeline; @p last's result. */
    Result<PgResult> pipelined(const Queued *last);
    pg_conn *m_conn;
    QHash<QByteArray, QByteArray> m_prepared; ///< SQL -> the server-side statement's name
    int m_names = 0;                          ///< server-side statements named so far
    std::vector<Queued> m_queued;
    bool m_broken = false; ///< a pipeline failed half way: never lent again
    static inline std::atomic<qint64> s_roundTrips{0};
};

} // namespace jiujin::gateway
