#include "pgcasefeedrecords.h"

#include "pgdatabase.h"
#include "pgtransaction.h"

namespace jiujin::gateway {

Result<qint64> PgCaseFeedRecords::touch(qint64 caseId, const QString &point)
{
    if (!m_db->writing())
        return takeNext(caseId, point);
    // The point's counter row is held from its upsert until COMMIT and every writer of the point
    // takes it: taken just before the commit, points in order, after every row lock the
    // transaction takes (one lock order, DESIGN §11c). Its number is known then, not now.
    // Its number is not read here: one statement takes it and files the case under it, queued
    // to go with the COMMIT (no round trip of its own).
    auto r = PgTransaction::atCommit(
        *m_db, PgTransaction::Feed, point, [this, caseId, point]() -> Result<void> {
            PgStatement s = m_db->cached(
                "WITH next AS (INSERT INTO case_feed_points(point, seq) VALUES (?1, 1)"
                " ON CONFLICT(point) DO UPDATE SET seq = case_feed_points.seq + 1 RETURNING seq)"
                " INSERT INTO case_feed(case_id, point, seq) SELECT ?2, ?1, seq FROM next"
                " ON CONFLICT(case_id) DO UPDATE SET point = excluded.point, seq = excluded.seq");
            s.bind(1, point).bind(2, caseId);
            return s.queue();
        });
    if (!r)
        return r.error();
    return qint64(0);
}

Result<qint64> PgCaseFeedRecords::takeNext(qint64 caseId, const QString &point)
{
    PgStatement next = m_db->cached(
        "INSERT INTO case_feed_points(point, seq) VALUES (?, 1)"
        " ON CONFLICT(point) DO UPDATE SET seq = case_feed_points.seq + 1 RETURNING seq");
    next.bind(1, point);
    if (!next.step())
        return next.error() ? *next.error()
                            : Error{Error::Corrupt, QStringLiteral("no feed sequence returned")};
    const qint64 seq = next.integer(0);
    next.step(); // finish the statement
    if (next.error())
        return *next.error();
    PgStatement s = m_db->cached(
        "INSERT INTO case_feed(case_id, point, seq) VALUES (?, ?, ?)"
        " ON CONFLICT(case_id) DO UPDATE SET point = excluded.point, seq = excluded.seq");
    s.bind(1, caseId).bind(2, point).bind(3, seq);
    if (auto r = s.run(); !r)
        return r.error();
    return seq;
}

Result<qint64> PgCaseFeedRecords::current(const QString &point)
{
    PgStatement s = m_db->prepare("SELECT seq FROM case_feed_points WHERE point = ?");
    s.bind(1, point);
    if (!s.step())
        return s.error() ? Result<qint64>(*s.error()) : Result<qint64>(qint64(0));
    return s.integer(0);
}

Result<QList<CaseFeedEntry>> PgCaseFeedRecords::changedSince(const QString &point, qint64 since,
                                                             int limit)
{
    PgStatement s =
        m_db->prepare("SELECT f.seq, c.receipt FROM case_feed f JOIN cases c ON c.id = f.case_id"
                      " WHERE f.point = ? AND f.seq > ? ORDER BY f.seq LIMIT ?");
    s.bind(1, point).bind(2, since).bind(3, qint64(limit));
    QList<CaseFeedEntry> out;
    while (s.step())
        out.append({s.integer(0), s.text(1)});
    if (s.error())
        return *s.error();
    return out;
}

} // namespace jiujin::gateway
