#pragma once

#include "result.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace jiujin {

/** A prepared SQLite statement; finalized when it goes out of scope. */
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt, &finalize) {}

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, QByteArrayView value);

    /** Advances to the next row: true for a row, false when done or on error (see error()). */
    bool step();
    /** Runs a statement that returns no rows. */
    Result<void> run();
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    const std::optional<Error> &error() const { return m_error; }

private:
    static void finalize(sqlite3_stmt *stmt);
    sqlite3 *m_db;
    std::unique_ptr<sqlite3_stmt, void (*)(sqlite3_stmt *)> m_stmt;
    std::optional<Error> m_error;
};

/**
 * A cached statement in use (Database::cached): reset when it goes out of scope, so a row left
 * unread never keeps the connection's read transaction open (that would pin its snapshot: other
 * processes' commits unseen, PRAGMA data_version frozen, the WAL never checkpointed).
 */
class CachedStatement
{
public:
    explicit CachedStatement(Statement &s) : m_s(s) {}
    ~CachedStatement() { m_s.reset(); }
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;

    CachedStatement &bind(int index, const QString &value) { return m_s.bind(index, value), *this; }
    CachedStatement &bind(int index, qint64 value) { return m_s.bind(index, value), *this; }
    CachedStatement &bindNull(int index) { return m_s.bindNull(index), *this; }
    CachedStatement &bindBlob(int index, QByteArrayView value)
    {
        return m_s.bindBlob(index, value), *this;
    }
    bool step() { return m_s.step(); }
    Result<void> run() { return m_s.run(); }
    void reset() { m_s.reset(); }
    QString text(int column) const { return m_s.text(column); }
    qint64 integer(int column) const { return m_s.integer(column); }
    QByteArray blob(int column) const { return m_s.blob(column); }
    bool isNull(int column) const { return m_s.isNull(column); }
    const std::optional<Error> &error() const { return m_s.error(); }
    /** For the stores' row readers, which take any statement. */
    operator Statement &() { return m_s; }
    operator const Statement &() const { return m_s; }

private:
    Statement &m_s;
};

/** One SQLite connection in WAL mode with synchronous=FULL, foreign keys and a busy timeout. */
class Database
{
public:
    /** Opens (creating if absent) and migrates to the newest schema. A newer schema is refused. */
    static Result<std::unique_ptr<Database>> open(const QString &path);
    /**
     * Opens like open(), but a file that is not a sound database (damaged header or pages, a
     * PRAGMA quick_check failure) is moved aside with its -wal and -shm, never deleted, and a
     * fresh database is started in its place; @p quarantinedTo receives the new name.
     */
    static Result<std::unique_ptr<Database>> openOrQuarantine(const QString &path,
                                                              QString *quarantinedTo);
    /** Opens without migrating: for tools and tests that inspect a file as it is. */
    static Result<std::unique_ptr<Database>> openRaw(const QString &path);

    Statement prepare(const char *sql);
    /**
     * A statement prepared once per connection and kept, for hot paths (search as you type).
     * @p sql must be a string literal (its address is the key); the statement comes back reset.
     * Use it to completion (or let it go out of scope) before asking for the same one again.
     */
    CachedStatement cached(const char *sql);
    Result<void> exec(const char *sql);
    /** PRAGMA user_version: the number of migrations applied. */
    int schemaVersion();
    /** Rows changed by the last INSERT, UPDATE or DELETE. */
    int changes() const;
    sqlite3 *handle() const { return m_db.get(); }
    QString path() const { return m_path; }

    Error lastError(const char *what) const;

private:
    Database(sqlite3 *db, QString path);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> m_db;
    QString m_path;
    std::unordered_map<const char *, Statement> m_cache; // destroyed before m_db
};

/**
 * BEGIN IMMEDIATE ... COMMIT; rolls back if destroyed before commit(). Inside another
 * transaction it is a savepoint: its work commits or rolls back with the outer one.
 * A Snapshot transaction (BEGIN DEFERRED) only reads: its statements see one state of the
 * database, and it never waits for a writer (WAL).
 */
class Transaction
{
public:
    enum class Mode { Write, Snapshot };
    explicit Transaction(Database &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    Database &m_db;
    bool m_nested;
    Result<void> m_begun;
    bool m_open = false;
};

} // namespace jiujin
