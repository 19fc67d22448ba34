#include "searchmissstore.h"

#include "database.h"

namespace jiujin {

Result<void> SearchMissStore::record(const QString &query, QDate day)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString date = day.toString(Qt::ISODate);
    auto forget = m_db.cached("DELETE FROM search_misses WHERE day < ?");
    forget.bind(1, day.addDays(-keepDays).toString(Qt::ISODate));
    if (auto r = forget.run(); !r)
        return r;
    auto count =
        m_db.cached("UPDATE search_misses SET count = count + 1 WHERE day = ? AND query = ?");
    count.bind(1, date).bind(2, query);
    if (auto r = count.run(); !r)
        return r;
    if (m_db.changes() == 0) {
        auto add = m_db.cached("INSERT INTO search_misses (day, query, count) SELECT ?1, ?2, 1"
                               " WHERE (SELECT count(*) FROM search_misses WHERE day = ?1) < ?3");
        add.bind(1, date).bind(2, query).bind(3, qint64(maxQueriesPerDay));
        if (auto r = add.run(); !r)
            return r;
    }
    return tx.commit();
}

QList<SearchMiss> SearchMissStore::since(QDate since)
{
    auto s = m_db.prepare(
        "SELECT query, sum(count), count(*), max(day) FROM search_misses"
        " WHERE day >= ? GROUP BY query ORDER BY sum(count) DESC, max(day) DESC, query");
    s.bind(1, since.toString(Qt::ISODate));
    QList<SearchMiss> out;
    while (s.step())
        out.append({s.text(0), int(s.integer(1)), int(s.integer(2)),
                    QDate::fromString(s.text(3), Qt::ISODate)});
    return out;
}

} // namespace jiujin
