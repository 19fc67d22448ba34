#include "pgtransaction.h"

#include "gatewaylog.h"
#include "pgconnection.h"
#include "pgdatabase.h"

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

QByteArray savepoint(const char *verb, int depth)
{
    return QByteArray(verb) + " jj_sp" + QByteArray::number(depth);
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
    if (!stack.empty()) {
        auto conn = stack.back()->m_conn;
        const int depth = int(stack.size());
        if (auto r = conn->exec(savepoint("SAVEPOINT", depth).constData()); !r)
            return r.error();
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
    // Write transactions take turns on the database (one transaction-scoped advisory lock, held
    // until COMMIT or ROLLBACK, shared by every instance): two intake batches that lock the same
    // rows (slots, the audit chain's head) in different orders deadlocked under a fleet's burst,
    // and PostgreSQL's answer, killing one, reached a kiosk as a 503. Reads never wait for it;
    // the row locks stay, so each invariant holds by itself (docs/DESIGN.md §11c).
    if (access == Access::Write) {
        if (auto r = conn.value()->exec("SELECT pg_advisory_xact_lock(1245795410)"); !r) {
            conn.value()->exec("ROLLBACK");
            return r.error();
        }
    }
    std::unique_ptr<PgTransaction> tx(new PgTransaction(db, std::move(conn.value()), 0, access));
    bound()[&db].push_back(tx.get());
    return std::unique_ptr<CentralTransaction>(std::move(tx));
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
    Result<void> r = m_depth == 0
                         ? m_conn->exec("COMMIT")
                         : m_conn->exec(savepoint("RELEASE SAVEPOINT", m_depth).constData());
    if (!r && m_depth == 0)
        m_conn->exec("ROLLBACK"); // a failed COMMIT has ended it already; make sure
    end();
    return r;
}

PgTransaction::~PgTransaction()
{
    if (!m_open)
        return;
    if (m_depth == 0) {
        if (auto r = m_conn->exec("ROLLBACK"); !r)
            qCWarning(lcGateway) << "rollback failed:" << r.error().message;
    } else {
        m_conn->exec(savepoint("ROLLBACK TO SAVEPOINT", m_depth).constData());
        m_conn->exec(savepoint("RELEASE SAVEPOINT", m_depth).constData());
    }
    end();
}

} // namespace jiujin::gateway
