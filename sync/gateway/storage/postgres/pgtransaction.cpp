#include "pgtransaction.h"

#include "gatewaylog.h"
#include "pgconnection.h"
#include "pgdatabase.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace jiujin::gateway {

namespace {

/** Per thread: each database's open transactions, outermost first. */
std::unordered_map<const PgDatabase *, std::vector<PgTransaction *>> &bound()
{
    static thread_local std::unordered_map<const PgDatabase *, std::vector<PgTransaction *>> map;
    return map;
}

QByteArray savepoint(int depth)
{
    return "jj_sp" + QByteArray::number(depth);
}

} // namespace

std::shared_ptr<PgConnection> PgTransaction::current(const PgDatabase &db)
{
    auto &map = bound();
    auto it = map.find(&db);
    if (it == map.end() || it->second.empty())
        return nullptr;
    return it->second.back()->m_conn;
}

bool PgTransaction::writing(const PgDatabase &db)
{
    auto &map = bound();
    auto it = map.find(&db);
    return it != map.end() && !it->second.empty() && it->second.front()->m_access == Access::Write;
}

Result<std::unique_ptr<CentralTransaction>> PgTransaction::begin(PgDatabase &db, Access access)
{
    auto &stack = bound()[&db];
    if (!stack.empty() && stack.front()->m_runningDeferred) {
        // A deferred step's own transaction joins the committing one: a failed step fails the
        // whole commit, so a savepoint (two round trips, with the chain's head held) buys nothing.
        std::unique_ptr<PgTransaction> tx(
            new PgTransaction(db, stack.back()->m_conn, joined, stack.front()->m_access));
        stack.push_back(tx.get());
        return std::unique_ptr<CentralTransaction>(std::move(tx));
    }
    if (!stack.empty()) {
        auto conn = stack.back()->m_conn;
        const int depth = int(stack.size());
        // Sent with the next statement (no round trip of its own); dropped unsent if nothing
        // runs inside it.
        conn->queueSavepoint(savepoint(depth));
        std::unique_ptr<PgTransaction> tx(
            new PgTransaction(db, std::move(conn), depth, stack.front()->m_access));
        stack.push_back(tx.get());
        return std::unique_ptr<CentralTransaction>(std::move(tx));
    }
    auto conn = db.acquire();
    if (!conn)
        return conn.error();
    const char *sql = access == Access::Write ? "BEGIN ISOLATION LEVEL READ COMMITTED"
                                              : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
    if (auto r = conn.value()->exec(sql); !r)
        return r.error();
    // No lock of its own: write transactions run at once, keeping one lock order (the class
    // comment; docs/DESIGN.md §11c) instead of taking turns.
    std::unique_ptr<PgTransaction> tx(new PgTransaction(db, std::move(conn.value()), 0, access));
    bound()[&db].push_back(tx.get());
    return std::unique_ptr<CentralTransaction>(std::move(tx));
}

Result<void> PgTransaction::atCommit(PgDatabase &db, Rank rank, const QString &key,
                                     std::function<Result<void>()> step)
{
    auto &map = bound();
    auto it = map.find(&db);
    if (it == map.end() || it->second.empty() || it->second.front()->m_access != Access::Write ||
        it->second.front()->m_runningDeferred)
        return step();
    PgTransaction *outer = it->second.front();
    outer->m_deferred.push_back({rank, key, int(it->second.size()) - 1, std::move(step)});
    return {};
}

Result<void> PgTransaction::runDeferred()
{
    // Stable: Feed steps by point (the same order in every transaction, so two that touch the
    // same points never wait for each other crosswise), then the audit chain's appends as given.
    std::stable_sort(m_deferred.begin(), m_deferred.end(),
                     [](const Deferred &a, const Deferred &b) {
                         if (a.rank != b.rank)
                             return a.rank < b.rank;
                         return a.rank == Feed && a.key < b.key;
                     });
    std::vector<Deferred> steps = std::move(m_deferred);
    m_deferred.clear();
    m_runningDeferred = true;
    for (Deferred &d : steps) {
        if (auto r = d.step(); !r) {
            m_runningDeferred = false;
            return r;
        }
    }
    m_runningDeferred = false;
    return {};
}

PgTransaction *PgTransaction::outermost() const
{
    auto &map = bound();
    auto it = map.find(&m_db);
    if (it == map.end() || it->second.empty())
        return nullptr;
    return it->second.front();
}

void PgTransaction::end()
{
    m_open = false;
    auto &map = bound();
    auto it = map.find(&m_db);
    if (it == map.end())
        return;
    auto &stack = it->second;
    if (!stack.empty() && stack.back() == this)
        stack.pop_back();
    if (stack.empty())
        map.erase(it);
    m_conn.reset(); // the outer one gives the connection back to the pool
}

Result<void> PgTransaction::commit()
{
    if (!m_open)
        return Error{Error::Invalid, QStringLiteral("transaction already ended")};
    if (m_conn->aborted()) {
        // PostgreSQL answers COMMIT of an aborted transaction with ROLLBACK, not an error:
        // the commit fails here, and the destructor's rollback runs.
        return Error{Error::Io,
                     QStringLiteral("postgresql: the transaction was aborted by an earlier error")};
    }
    if (m_depth == joined) {
        end();
        return {};
    }
    if (m_depth == 0) {
        if (auto r = runDeferred(); !r)
            return r; // still open: the destructor rolls it back
        if (m_conn->aborted())
            return Error{Error::Io, QStringLiteral("postgresql: the transaction was aborted by "
                                                   "an earlier error")};
    } else if (auto *outer = outermost(); outer) {
        // Released: what was deferred in it now belongs to the enclosing level.
        for (Deferred &d : outer->m_deferred)
            if (d.depth >= m_depth)
                d.depth = m_depth - 1;
    }
    if (m_depth != 0) {
        m_conn->queueRelease(savepoint(m_depth)); // sent with the next statement, or COMMIT
        end();
        return {};
    }
    Result<void> r = m_conn->exec("COMMIT"); // with what is still queued: one round trip
    if (!r)
        m_conn->exec("ROLLBACK"); // a failed COMMIT has ended it already; make sure
    end();
    return r;
}

PgTransaction::~PgTransaction()
{
    if (!m_open)
        return;
    if (m_depth == joined) {
        end(); // its step's error fails the commit it joined
        return;
    }
    if (m_depth == 0) {
        m_conn->dropQueued(); // undone anyway
        if (auto r = m_conn->exec("ROLLBACK"); !r)
            qCWarning(lcGateway) << "rollback failed:" << r.error().message;
    } else {
        m_conn->rollbackTo(savepoint(m_depth));
        if (auto *outer = outermost(); outer) // its deferred steps go with it
            std::erase_if(outer->m_deferred,
                          [this](const Deferred &d) { return d.depth >= m_depth; });
    }
    end();
}

} // namespace jiujin::gateway
