#include "pgdatabase.h"

#include "pgtransaction.h"

#include <chrono>

namespace jiujin::gateway {

Result<std::unique_ptr<PgDatabase>> PgDatabase::open(const QString &conninfo, int maxConnections)
{
    std::unique_ptr<PgDatabase> db(new PgDatabase(conninfo, std::max(1, maxConnections)));
    auto first = PgConnection::connect(conninfo);
    if (!first)
        return first.error();
    db->m_location = first.value()->describe();
    db->m_open = 1;
    db->m_idle.push_back(std::move(first.value()));
    return db;
}

PgDatabase::PgDatabase(QString conninfo, int maxConnections)
    : m_conninfo(std::move(conninfo)), m_max(maxConnections)
{
}

PgDatabase::~PgDatabase() = default;

Result<std::shared_ptr<PgConnection>> PgDatabase::acquire()
{
    std::unique_ptr<PgConnection> conn;
    {
        std::unique_lock lock(m_lock);
        // A lent connection comes back within one statement or transaction: 30 s is a stuck pool.
        if (!m_returned.wait_for(lock, std::chrono::seconds(30),
                                 [this] { return !m_idle.empty() || m_open < m_max; }))
            return Error{Error::Busy, QStringLiteral("postgresql: no free connection in the pool")};
        // An idle connection the server closed meanwhile (it restarted, or failed over) is
        // dropped here, not lent to fail the request it would carry.
        while (!m_idle.empty() && !conn) {
            conn = std::move(m_idle.back());
            m_idle.pop_back();
            if (!conn->stillOpen()) {
                conn.reset();
                --m_open;
            }
        }
        if (!conn)
            ++m_open; // below m_max: the wait above, or a stale connection dropped just now
    }
    if (!conn) {
        auto made = PgConnection::connect(m_conninfo);
        if (!made) {
            std::lock_guard lock(m_lock);
            --m_open;
            m_returned.notify_one();
            return made.error();
        }
        conn = std::move(made.value());
    }
    return std::shared_ptr<PgConnection>(conn.release(), [this](PgConnection *c) { release(c); });
}

void PgDatabase::release(PgConnection *conn)
{
    std::unique_ptr<PgConnection> owned(conn);
    std::lock_guard lock(m_lock);
    if (owned->healthy())
        m_idle.push_back(std::move(owned));
    else
        --m_open; // the server went away: a new connection is made when one is needed
    m_returned.notify_one();
}

Result<std::shared_ptr<PgConnection>> PgDatabase::connection()
{
    if (auto conn = PgTransaction::current(*this))
        return conn;
    return acquire();
}

bool PgDatabase::writing() const
{
    return PgTransaction::writing(*this);
}

PgStatement PgDatabase::prepare(const char *sql)
{
    auto conn = connection();
    if (!conn)
        return PgStatement(conn.error());
    return PgStatement(std::move(conn.value()), sql);
}

PgStatement PgDatabase::cached(const char *sql)
{
    auto conn = connection();
    if (!conn)
        return PgStatement(conn.error());
    return PgStatement(std::move(conn.value()), sql, true);
}

Result<void> PgDatabase::flush()
{
    if (auto conn = PgTransaction::current(*this))
        return conn->flush();
    return {};
}

Result<void> PgDatabase::exec(const char *sql)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    return conn.value()->exec(sql);
}

Result<qint64> PgDatabase::takeNumber(const char *sql, const QString &key)
{
    std::lock_guard lock(m_numberLock);
    if (m_numbers && !m_numbers->stillOpen())
        m_numbers.reset(); // the server restarted or failed over meanwhile
    if (!m_numbers) {
        auto made = PgConnection::connect(m_conninfo);
        if (!made)
            return made.error();
        if (auto r = made.value()->exec("SET synchronous_commit = off"); !r)
            return r.error();
        m_numbers = std::move(made.value());
    }
    PgStatement s(m_numbers, sql);
    s.bind(1, key);
    const bool row = s.step();
    const qint64 number = row ? s.integer(0) : 0;
    while (row && s.step()) {
    }
    if (s.error() || !row) {
        if (!m_numbers->healthy())
            m_numbers.reset();
        return s.error().value_or(Error{Error::Io, QStringLiteral("postgresql: no number taken")});
    }
    return number;
}

Result<std::unique_ptr<CentralTransaction>> PgDatabase::begin(Access access)
{
    return PgTransaction::begin(*this, access);
}

} // namespace jiujin::gateway
