#pragma once

#include "centralstorage.h"

#include <memory>

namespace jiujin::gateway {

class PgConnection;
class PgDatabase;

/**
 * A transaction on central's PostgreSQL database, bound to the thread that began it: BEGIN ...
 * COMMIT, rolled back unless commit() is called; begun while the thread has one open, a SAVEPOINT
 * whose work commits or rolls back with the outer one. Write: READ COMMITTED, with the records
 * taking row locks where a check and a write must agree (DESIGN "Two engines"); Snapshot:
 * REPEATABLE READ READ ONLY, one consistent state that never waits for a writer.
 */
class PgTransaction final : public CentralTransaction
{
public:
    static Result<std::unique_ptr<CentralTransaction>> begin(PgDatabase &db, Access access);
    ~PgTransaction() override;
    Result<void> commit() override;

    /** The open transaction's connection on this thread for @p db, or nullptr. */
    static std::shared_ptr<PgConnection> current(const PgDatabase &db);
    /** True when this thread's outer transaction on @p db is a Write one. */
    static bool writing(const PgDatabase &db);

private:
    PgTransaction(PgDatabase &db, std::shared_ptr<PgConnection> conn, int depth, Access access)
        : m_db(db), m_conn(std::move(conn)), m_depth(depth), m_access(access)
    {
    }
    void end();
    PgDatabase &m_db;
    std::shared_ptr<PgConnection> m_conn;
    int m_depth; // 0: the outer transaction; n: savepoint n
    Access m_access;
    bool m_open = true;
};

} // namespace jiujin::gateway
