#pragma once

#include "pgconnection.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace jiujin::gateway {

/**
 * One statement on central's PostgreSQL database, with the reading API of the SQLite Statement
 * (bind by 1-based index, step through rows, read columns) so the PostgreSQL records read like the
 * SQLite ones. The SQL is written with `?` / `?N` placeholders, which are renamed $1... once
 * (outside quoted text); values are always sent bound, never spliced into the text. It runs at
 * the first step() or run(), on the connection it was made with (the thread's transaction, or
 * one lent by the pool for as long as the statement lives).
 */
class PgStatement
{
public:
    /** @p prepared: prepared once per connection (PgConnection::execPrepared), for the
     *  statements a drain runs per record; otherwise parsed by the server at each run. */
    PgStatement(std::shared_ptr<PgConnection> conn, const char *sql, bool prepared = false);
    /** A statement that cannot run (no connection): every step() fails with @p error. */
    explicit PgStatement(Error error);

    PgStatement &bind(int index, const QString &value);
    PgStatement &bind(int index, qint64 value);
    PgStatement &bindNull(int index);
    PgStatement &bindBlob(int index, QByteArrayView value);

    /** Advances to the next row: true for a row, false when done or on error (see error()). */
    bool step();
    /** Runs a statement that returns no rows (or ignores them). */
    Result<void> run();
    /** run() for a write whose answer nobody reads (not even changes()): inside a transaction it
     *  is sent with the connection's next statement, in one round trip (PgConnection::queue);
     *  its error, if any, is that statement's, or the transaction's commit's. */
    Result<void> queue();
    /** Forgets the rows: the next step() runs the statement again (bindings are kept). */
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    const std::optional<Error> &error() const { return m_error; }
    /** Rows inserted, updated or deleted by the last run. */
    int changes() const { return m_changes; }

    /** `?` and `?N` placeholders renamed $N, quoted text left alone. */
    static QByteArray numbered(const char *sql);

private:
    bool execute();
    std::shared_ptr<PgConnection> m_conn;
    QByteArray m_sql;
    std::vector<std::optional<QByteArray>> m_values;
    std::vector<unsigned int> m_types;
    std::vector<int> m_formats;
    PgResult m_result;
    int m_row = -1;
    int m_rows = 0;
    int m_changes = 0;
    bool m_executed = false;
    bool m_prepared = false;
    std::optional<Error> m_error;
};

/** Rows changed by the last statement this thread ran (PgDatabase::changes()). */
int &pgLastChanges();

} // namespace jiujin::gateway
