#include "sqliteratingrecords.h"

#include "database.h"
#include "ratingrows.h"

#include <variant>

namespace jiujin::gateway {

using ratingrows::countsFrom;
using ratingrows::entryFrom;
using ratingrows::ratedCaseFrom;
using rows::bindOptionalTime;

namespace {

const char *const isoDate = "yyyy-MM-dd";

// One SELECT for every read: a rating, its case's number and its follow-up (NULLs: none).
const char *const entryColumns =
    "SELECT r.id, r.device, r.uuid, r.point, r.item, r.department, r.refers_to, r.case_id,"
    " COALESCE(c.number, ''), r.level, r.efficiency, r.competence, r.attitude, r.reasons,"
    " r.rated_at, r.received_at,"
    " f.id, f.department, f.state, f.opened_at, f.due_date, f.called_at, f.called_by, f.reached,"
    " f.call_note, f.call_attempts, f.rectified_at, f.rectified_by, f.cause, f.action,"
    " f.closed_at, f.closed_by, COALESCE(c.receipt, '')"
    " FROM ratings r LEFT JOIN cases c ON c.id = r.case_id"
    " LEFT JOIN rating_followups f ON f.rating_id = r.id";

} // namespace

Result<void> SqliteRatingRecords::noteReceipt(const QString &device, const QString &receipt,
                                              const QString &uuid)
{
    auto s = m_db->cached("INSERT INTO kiosk_receipts(device, receipt, uuid) VALUES (?, ?, ?)"
                          " ON CONFLICT(device, receipt) DO NOTHING");
    s.bind(1, device).bind(2, receipt).bind(3, uuid);
    return s.run();
}

Result<std::optional<RatedCase>> SqliteRatingRecords::caseOfReceipt(const QString &device,
                                                                    const QString &receipt)
{
    auto s = m_db->cached("SELECT c.id, c.number, c.department FROM kiosk_receipts k"
                          " JOIN cases c ON c.device = k.device AND c.uuid = k.uuid"
                          " WHERE k.device = ? AND k.receipt = ?");
    s.bind(1, device).bind(2, receipt);
    return rows::first(s, ratedCaseFrom<Statement>);
}

Result<int> SqliteRatingRecords::link(const QString &device, const QString &receipt,
                                      const RatedCase &linked)
{
    // Run for every application intake stores, and almost never with a rating to link (a
    // rating comes after its application): one probe of the unlinked index instead of two
    // updates that find nothing.
    {
        auto any = m_db->cached("SELECT 1 FROM ratings WHERE device = ? AND refers_to = ?"
                                " AND case_id IS NULL LIMIT 1");
        any.bind(1, device).bind(2, receipt);
        if (!any.step()) {
            if (any.error())
                return *any.error(); // fail closed: a read error is not "none to link"
            return 0;
        }
    }
    // The case's department owns the follow-ups too (the item's was only a stand-in), unless
    // the case has none. Prepared once per connection.
    auto f = m_db->cached(
        "UPDATE rating_followups SET department = ? WHERE ? <> '' AND rating_id IN"
        " (SELECT id FROM ratings WHERE device = ? AND refers_to = ? AND case_id IS NULL)");
    f.bind(1, linked.department).bind(2, linked.department).bind(3, device).bind(4, receipt);
    if (auto r = f.run(); !r)
        return r.error();
    auto s = m_db->cached(
        "UPDATE ratings SET case_id = ?, department = CASE WHEN ? <> '' THEN ? ELSE department END"
        " WHERE device = ? AND refers_to = ? AND case_id IS NULL");
    s.bind(1, linked.caseId).bind(2, linked.department).bind(3, linked.department);
    s.bind(4, device).bind(5, receipt);
    if (auto r = s.run(); !r)
        return r.error();
    return int(m_db->changes());
}

Result<qint64> SqliteRatingRecords::insertRating(const RatingRow &r)
{
    Statement s = m_db->prepare(
        "INSERT INTO ratings(device, uuid, point, item, department, refers_to, case_id, level,"
        " efficiency, competence, attitude, reasons, rated_at, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    s.bind(1, r.device).bind(2, r.uuid).bind(3, r.point).bind(4, r.item).bind(5, r.department);
    s.bind(6, r.refersTo);
    if (r.caseId)
        s.bind(7, *r.caseId);
    else
        s.bindNull(7);
    s.bind(8, qint64(r.level)).bind(9, qint64(r.efficiency)).bind(10, qint64(r.competence));
    s.bind(11, qint64(r.attitude));
    s.bind(12, rows::listJson(r.reasons));
    s.bind(13, r.ratedAt.toSecsSinceEpoch()).bind(14, r.receivedAt.toSecsSinceEpoch());
    return rows::onlyInteger(s, Error{Error::Io, QStringLiteral("rating not stored")});
}

Result<qint64> SqliteRatingRecords::insertFollowUp(const FollowUpRow &f)
{
    Statement s = m_db->prepare("INSERT INTO rating_followups(rating_id, department, state,"
                                " opened_at, due_date) VALUES (?, ?, ?, ?, ?) RETURNING id");
    s.bind(1, f.ratingId).bind(2, f.department).bind(3, f.state);
    s.bind(4, f.openedAt.toSecsSinceEpoch()).bind(5, f.dueDate.toString(QLatin1String(isoDate)));
    return rows::onlyInteger(s, Error{Error::Io, QStringLiteral("follow-up not stored")});
}

Result<void> SqliteRatingRecords::updateFollowUp(const FollowUpRow &f)
{
    Statement s = m_db->prepare(
        "UPDATE rating_followups SET state = ?, called_at = ?, called_by = ?, reached = ?,"
        " call_note = ?, call_attempts = ?, rectified_at = ?, rectified_by = ?, cause = ?,"
        " action = ?, closed_at = ?, closed_by = ? WHERE id = ?");
    s.bind(1, f.state);
    bindOptionalTime(s, 2, f.calledAt);
    s.bind(3, f.calledBy).bind(4, qint64(f.reached ? 1 : 0)).bind(5, f.callNote);
    s.bind(6, qint64(f.callAttempts));
    bindOptionalTime(s, 7, f.rectifiedAt);
    s.bind(8, f.rectifiedBy).bind(9, f.cause).bind(10, f.action);
    bindOptionalTime(s, 11, f.closedAt);
    s.bind(12, f.closedBy).bind(13, f.id);
    if (auto r = s.run(); !r)
        return r;
    if (m_db->changes() != 1)
        return Error{Error::NotFound, QStringLiteral("no follow-up %1").arg(f.id)};
    return {};
}

Result<std::optional<RatingEntry>> SqliteRatingRecords::followUp(qint64 id)
{
    Statement s = m_db->prepare((QByteArray(entryColumns) + " WHERE f.id = ?").constData());
    s.bind(1, id);
    return rows::first(s, entryFrom<Statement>);
}

namespace {

/** The WHERE clause of @p filter (without order and paging) and its values, in order. */
struct Where
{
    QByteArrayList terms;
    QList<std::variant<QString, qint64>> values;

    void in(const char *column, const QStringList &codes)
    {
        if (codes.isEmpty())
            return;
        QByteArrayList marks;
        for (const QString &code : codes) {
            marks << "?";
            values << code;
        }
        terms << QByteArray(column) + " IN (" + marks.join(", ") + ")";
    }
    QByteArray sql() const
    {
        return terms.isEmpty() ? QByteArray() : " WHERE " + terms.join(" AND ");
    }
    /** Binds the values from index @p i on; the next free index. */
    int bind(Statement &s, int i) const
    {
        for (const auto &v : values) {
            if (std::holds_alternative<QString>(v))
                s.bind(i++, std::get<QString>(v));
            else
                s.bind(i++, std::get<qint64>(v));
        }
        return i;
    }
};

Where whereOf(const RatingFilter &filter)
{
    Where w;
    if (!filter.point.isEmpty()) {
        w.terms << "r.point = ?";
        w.values << filter.point;
    }
    if (filter.from.isValid()) {
        w.terms << "r.received_at >= ?";
        w.values << filter.from.toSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        w.terms << "r.received_at < ?";
        w.values << filter.to.toSecsSinceEpoch();
    }
    if (!filter.department.isEmpty()) {
        w.terms << "r.department = ?";
        w.values << filter.department;
    }
    if (!filter.item.isEmpty()) {
        w.terms << "r.item = ?";
        w.values << filter.item;
    }
    if (filter.level >= 1 && filter.level <= 5) {
        w.terms << "r.level = ?";
        w.values << qint64(filter.level);
    }
    // A point's township is the first 9 digits of its code (OperatorRoles::township).
    w.in("substr(r.point, 1, 9)", filter.townships);
    w.in("r.department", filter.departments);
    if (filter.followUpOnly || filter.openOnly || !filter.followUpState.isEmpty() ||
        filter.order == RatingFilter::Order::Due)
        w.terms << "f.id IS NOT NULL";
    if (filter.openOnly || filter.followUpState == QLatin1String("open"))
        w.terms << "f.state <> 'closed'";
    if (filter.followUpState == QLatin1String("closed"))
        w.terms << "f.state = 'closed'";
    if (filter.followUpState == QLatin1String("overdue")) {
        w.terms << "f.state <> 'closed'"
                << "f.due_date < ?";
        w.values << filter.overdueOn.toString(QLatin1String(isoDate));
    }
    return w;
}

} // namespace

Result<QList<RatingEntry>> SqliteRatingRecords::ratings(const RatingFilter &filter)
{
    Where w = whereOf(filter);
    QByteArray order = " ORDER BY r.received_at, r.id";
    if (filter.order == RatingFilter::Order::Newest) {
        if (filter.beforeId > 0) {
            w.terms << "r.id < ?";
            w.values << filter.beforeId;
        }
        order = " ORDER BY r.id DESC";
    } else if (filter.order == RatingFilter::Order::Due) {
        if (filter.afterDue.isValid()) {
            const QString due = filter.afterDue.toString(QLatin1String(isoDate));
            w.terms << "(f.due_date > ? OR (f.due_date = ? AND f.id > ?))";
            w.values << due << due << filter.afterId;
        }
        order = " ORDER BY f.due_date, f.id";
    }
    Statement s =
        m_db->prepare((QByteArray(entryColumns) + w.sql() + order + " LIMIT ?").constData());
    const int i = w.bind(s, 1);
    s.bind(i, qint64(filter.limit));
    return rows::all(s, entryFrom<Statement>);
}

Result<std::optional<RatingEntry>> SqliteRatingRecords::rating(qint64 id)
{
    Statement s = m_db->prepare((QByteArray(entryColumns) + " WHERE r.id = ?").constData());
    s.bind(1, id);
    return rows::first(s, entryFrom<Statement>);
}

Result<QList<RatingCounts>> SqliteRatingRecords::figureCounts(const RatingFilter &filter,
                                                              const QDate &today)
{
    RatingFilter unordered = filter;
    unordered.order = RatingFilter::Order::Received;
    const Where w = whereOf(unordered);
    // Months and "on time" are China days: UTC+8 all year (chinatime.h), 28800 s.
    const QByteArray sql =
        "SELECT r.point, r.department, strftime('%Y-%m', r.received_at + 28800, 'unixepoch'),"
        " COUNT(*), COALESCE(SUM(r.level <= 2), 0), COUNT(f.id),"
        " COALESCE(SUM(f.state = 'closed' AND date(f.closed_at + 28800, 'unixepoch') <= "
        "f.due_date), 0),"
        " COALESCE(SUM(f.state = 'closed' AND (f.closed_at IS NULL"
        "     OR date(f.closed_at + 28800, 'unixepoch') > f.due_date)), 0),"
        " COALESCE(SUM(f.state <> 'closed'), 0),"
        " COALESCE(SUM(f.state <> 'closed' AND f.due_date < ?), 0)"
        " FROM ratings r LEFT JOIN rating_followups f ON f.rating_id = r.id" +
        w.sql() + " GROUP BY 1, 2, 3";
    Statement s = m_db->prepare(sql.constData());
    s.bind(1, today.toString(QLatin1String(isoDate)));
    w.bind(s, 2);
    return rows::all(s, countsFrom<Statement>);
}

Result<std::pair<qint64, qint64>> SqliteRatingRecords::satisfaction(const QString &point,
                                                                    const QDateTime &since)
{
    Statement s = m_db->prepare("SELECT COALESCE(SUM(level <= 2), 0), COUNT(*) FROM ratings"
                                " WHERE point = ? AND received_at >= ?");
    s.bind(1, point).bind(2, since.toSecsSinceEpoch());
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("no count")};
    return std::pair<qint64, qint64>(s.integer(0), s.integer(1));
}

} // namespace jiujin::gateway
