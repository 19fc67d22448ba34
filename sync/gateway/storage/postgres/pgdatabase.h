#pragma once

#include "centralstorage.h"
#include "pgstatement.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace jiujin::gateway {

/**
 * Central's PostgreSQL database as the records see it: a pool of connections (no lock is held
 * while a statement runs; the pool's mutex guards only its list of idle connections) and the
 * calling thread's transaction. A statement made while the thread has a transaction open runs
 * in it; otherwise it borrows a pooled connection for its own lifetime (autocommit).
 */
class PgDatabase
{
public:
    /** Connects once to @p conninfo (so a wrong address fails at start); at most @p maxConnections.
     */
    static Result<std::unique_ptr<PgDatabase>> open(const QString &conninfo, int maxConnections);
    ~PgDatabase();

    PgStatement prepare(const char *sql);
    /** prepare() for a statement prepared once per pooled connection and reused (what a drain
     *  runs for each record: intake, case opening, the audit chain). Its first use fixes the
     *  types of its values: bind each value as the same C++ type every time. */
    PgStatement cached(const char *sql);
    /** Sends what the thread's transaction has queued (PgConnection::queue), in one round trip;
     *  nothing to do without one. */
    Result<void> flush();
    /** Runs @p sql (no parameters) on the thread's transaction or a pooled connection. */
    Result<void> exec(const char *sql);
    /** Rows changed by the last statement this thread ran. */
    int changes() const { return pgLastChanges(); }
    /** host/database, no password. */
    QString location() const { return m_location; }

    /** True while this thread has a write transaction open on this database (row locks apply). */
    bool writing() const;
    /** Opens a transaction on this thread (nested: a savepoint). */
    Result<std::unique_ptr<CentralTransaction>> begin(Access access);

    /** The thread's transaction connection, or a pooled one lent until the pointer is dropped. */
    Result<std::shared_ptr<PgConnection>> connection();

    /**
     * Runs @p sql, one statement answering one number, with @p key bound as its one value, at
     * once and outside the thread's transaction (on a connection of its own, committed by
     * itself: it stays taken if the caller's transaction rolls back). For a counter row every
     * writer takes, such as the day's receipt numbers: held for one statement, not for the whole
     * of a caller's transaction, so writers never queue behind one another on it nor wait for it
     * crosswise (DESIGN §11c). Its commit does not wait for its WAL to reach disk: a number is
     * only ever used by a later transaction, whose own commit writes it there too.
     */
    Result<qint64> takeNumber(const char *sql, const QString &key);

private:
    explicit PgDatabase(QString conninfo, int maxConnections);
    Result<std::shared_ptr<PgConnection>> acquire();
    void release(PgConnection *conn);

    friend class PgTransaction;
    QString m_conninfo;
    QString m_location;
    int m_max;
    int m_open = 0;
    std::mutex m_lock; // the idle list only
    std::condition_variable m_returned;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
    std::mutex m_numberLock; // the counters' connection, one statement at a time
    std::shared_ptr<PgConnection> m_numbers;
};

/** A write transaction inside a record method (like the SQLite Transaction): nested when the
 *  caller has one open, rolled back unless commit() is called. */
class PgScopedTransaction
{
public:
    explicit PgScopedTransaction(PgDatabase &db)
    {
        auto tx = db.begin(Access::Write);
        if (tx)
            m_tx = std::move(tx.value());
        else
            m_begun = tx.error();
    }
    const Result<void> &begun() const { return m_begun; }
    Result<void> commit()
    {
        if (!m_tx)
            return Error{Error::Invalid, QStringLiteral("transaction not begun")};
        auto r = m_tx->commit();
        m_tx.reset();
        return r;
    }

private:
    std::unique_ptr<CentralTransaction> m_tx;
    Result<void> m_begun;
};

} // namespace jiujin::gateway
