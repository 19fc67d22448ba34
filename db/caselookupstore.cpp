#include "caselookupstore.h"

#include "database.h"
#include "securedelete.h"

namespace jiujin {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

CaseLookupRow rowOf(const Statement &s)
{
    CaseLookupRow r;
    r.id = s.text(0);
    r.receipt = s.text(1);
    r.last4 = s.text(2);
    r.created = QDateTime::fromString(s.text(3), Qt::ISODateWithMs).toUTC();
    r.state = s.text(4);
    r.answer = s.text(5);
    r.error = s.text(6);
    return r;
}

/** The row is gone from the pages; its older copies in the WAL go too, unless a reader holds
 *  them (then they are overwritten as the WAL is reused): the deletion stands either way. */
void flushWal(SecureDelete &wiping)
{
    if (auto r = wiping.flushWal(); !r)
        qCInfo(lcDb) << "case lookup deleted, WAL not emptied yet:" << r.error().message;
}

const char *const columns = "SELECT id, receipt, last4, created, state, answer, error"
                            " FROM case_lookups";

} // namespace

Result<void> CaseLookupStore::ask(const CaseLookupRow &row)
{
    Statement s = m_db.prepare("INSERT INTO case_lookups(id, receipt, last4, created, state) "
                               "VALUES (?, ?, ?, ?, 'asked')");
    s.bind(1, row.id).bind(2, row.receipt).bind(3, row.last4).bind(4, iso(row.created));
    return s.run();
}

Result<std::optional<CaseLookupRow>> CaseLookupStore::row(const QString &id)
{
    Statement s = m_db.prepare((QByteArray(columns) + " WHERE id = ?").constData());
    s.bind(1, id);
    if (!s.step()) {
        if (s.error())
            return *s.error();
        return std::optional<CaseLookupRow>();
    }
    return std::optional<CaseLookupRow>(rowOf(s));
}

Result<QList<CaseLookupRow>> CaseLookupStore::waiting()
{
    Statement s =
        m_db.prepare((QByteArray(columns) + " WHERE state = 'asked' ORDER BY created").constData());
    QList<CaseLookupRow> out;
    while (s.step())
        out.append(rowOf(s));
    if (s.error())
        return *s.error();
    return out;
}

Result<void> CaseLookupStore::answer(const QString &id, const QString &state, const QString &answer,
                                     const QString &error)
{
    // The digits' old cell is zeroed, not left in the page's free space.
    SecureDelete wiping(m_db);
    Statement s = m_db.prepare("UPDATE case_lookups SET state = ?, answer = ?, error = ?,"
                               " last4 = '' WHERE id = ? AND state = 'asked'");
    s.bind(1, state).bind(2, answer).bind(3, error).bind(4, id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db.changes() == 0)
        return Error{Error::NotFound, QStringLiteral("case lookup %1 is not waiting").arg(id)};
    return {};
}

Result<void> CaseLookupStore::remove(const QString &id)
{
    SecureDelete wiping(m_db);
    Statement s = m_db.prepare("DELETE FROM case_lookups WHERE id = ?");
    s.bind(1, id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db.changes() > 0)
        flushWal(wiping);
    return {};
}

Result<int> CaseLookupStore::removeBefore(const QDateTime &before)
{
    SecureDelete wiping(m_db);
    Statement s = m_db.prepare("DELETE FROM case_lookups WHERE created < ?");
    s.bind(1, iso(before));
    if (auto r = s.run(); !r)
        return r.error();
    const int removed = m_db.changes();
    if (removed > 0)
        flushWal(wiping);
    return removed;
}

Result<int> CaseLookupStore::count()
{
    Statement s = m_db.prepare("SELECT COUNT(*) FROM case_lookups");
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Corrupt, QStringLiteral("no count")};
    return int(s.integer(0));
}

} // namespace jiujin
