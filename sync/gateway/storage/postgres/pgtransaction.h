#pragma once

#include "centralstorage.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace jiujin::gateway {

class PgConnection;
class PgDatabase;

/**
 * A transaction on central's PostgreSQL database, bound to the thread that began it: BEGIN ...
 * COMMIT, rolled back unless commit() is called; begun while the thread has one open, a SAVEPOINT
 * whose work commits or rolls back with the outer one. Write: READ COMMITTED, with the records
 * taking row locks where a check and a write must agree (DESIGN "Two engines"); Snapshot:
 * REPEATABLE READ READ ONLY, one consistent state that never waits for a writer.
 *
 * One lock order (DESIGN §11c): what every writer takes in turn (a point's case-feed counter,
 * the audit chain's head) is taken by steps run just before COMMIT, points in a fixed order,
 * the audit chain last; so a transaction holding one of them never waits for another row, and
 * none holds it longer than its commit.
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

    /** When a deferred step runs at commit: every Feed step (by key, then as given), then every
     *  Last one (as given). */
    enum Rank { Feed = 0, Last = 1 };
    /** Runs @p step just before this thread's outer write transaction on @p db commits (dropped
     *  if the nested transaction it was given in rolls back); without one, at once. */
    static Result<void> atCommit(PgDatabase &db, Rank rank, const QString &key,
                                 std::function<Result<void>()> step);

private:
    PgTransaction(PgDatabase &db, std::shared_ptr<PgConnection> conn, int depth, Access access)
        : m_db(db), m_conn(std::move(conn)), m_depth(depth), m_access(access)
    {
    }
    void end();
    Result<void> runDeferred();
    PgTransaction *outermost() const;

    struct Deferred
    {
        Rank rank;
        QString key;
        int depth; // the savepoint it was given in (0: the outer transaction)
        std::function<Result<void>()> step;
    };
    PgDatabase &m_db;
    std::shared_ptr<PgConnection> m_conn;
    static constexpr int joined = -1; // begun by a deferred step: part of the committing one
    int m_depth;                      // 0: the outer transaction; n: savepoint n; joined
    Access m_access;
    bool m_open = true;
    std::vector<Deferred> m_deferred; // the outer transaction's
    bool m_runningDeferred = false;
};

} // namespace jiujin::gateway
