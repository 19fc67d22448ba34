#include "sqliteratingrecords.h"

#include "database.h"
#include "sqliterows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jiujin::gateway {

using sqlite::optionalTime;
using sqlite::time;

namespace {

const char *const isoDate = "yyyy-MM-dd";

Statement &bindOptionalTime(Statement &s, int index, const std::optional<QDateTime> &t)
{
    return t ? s.bind(index, t->toSecsSinceEpoch()) : s.bindNull(index);
}

// One SELECT for every read: a rating, its case's number and its follow-up (NULLs: none).
const char *const entryColumns =
    "SELECT r.id, r.device, r.uuid, r.point, r.item, r.department, r.refers_to, r.case_id,"
    " COALESCE(c.number, ''), r.level, r.efficiency, r.competence, r.attitude, r.reasons,"
    " r.rated_at, r.received_at,"
    " f.id, f.department, f.state, f.opened_at, f.due_date, f.called_at, f.called_by, f.reached,"
    " f.call_note, f.call_attempts, f.rectified_at, f.rectified_by, f.cause, f.action,"
    " f.closed_at, f.closed_by"
    " FROM ratings r LEFT JOIN cases c ON c.id = r.case_id"
    " LEFT JOIN rating_followups f ON f.rating_id = r.id";

RatingEntry entryFrom(const Statement &s)
{
    RatingEntry e;
    RatingRow &r = e.rating;
    r.id = s.integer(0);
    r.device = s.text(1);
    r.uuid = s.text(2);
    r.point = s.text(3);
    r.item = s.text(4);
    r.department = s.text(5);
    r.refersTo = s.text(6);
    if (!s.isNull(7))
        r.caseId = s.integer(7);
    r.caseNumber = s.text(8);
    r.level = int(s.integer(9));
    r.efficiency = int(s.integer(10));
    r.competence = int(s.integer(11));
    r.attitude = int(s.integer(12));
    for (const QJsonValue &v : QJsonDocument::fromJson(s.text(13).toUtf8()).array())
        r.reasons.append(v.toString());
    r.ratedAt = time(s, 14);
    r.receivedAt = time(s, 15);
    if (s.isNull(16))
        return e;
    FollowUpRow f;
    f.id = s.integer(16);
    f.ratingId = r.id;
    f.department = s.text(17);
    f.state = s.text(18);
    f.openedAt = time(s, 19);
    f.dueDate = QDate::fromString(s.text(20), QLatin1String(isoDate));
    f.calledAt = optionalTime(s, 21);
    f.calledBy = s.text(22);
    f.reached = s.integer(23) != 0;
    f.callNote = s.text(24);
    f.callAttempts = int(s.integer(25));
    f.rectifiedAt = optionalTime(s, 26);
    f.rectifiedBy = s.text(27);
    f.cause = s.text(28);
    f.action = s.text(29);
    f.closedAt = optionalTime(s, 30);
    f.closedBy = s.text(31);
    e.followUp = f;
    return e;
}

} // namespace

Result<void> SqliteRatingRecords::noteReceipt(const QString &device, const QString &receipt,
                                              const QString &uuid)
{
    Statement s = m_db->prepare("INSERT INTO kiosk_receipts(device, receipt, uuid) VALUES (?, ?, ?)"
                                " ON CONFLICT(device, receipt) DO NOTHING");
    s.bind(1, device).bind(2, receipt).bind(3, uuid);
    return s.run();
}

Result<std::optional<RatedCase>> SqliteRatingRecords::caseOfReceipt(const QString &device,
                                                                    const QString &receipt)
{
    Statement s = m_db->prepare("SELECT c.id, c.number, c.department FROM kiosk_receipts k"
                                " JOIN cases c ON c.device = k.device AND c.uuid = k.uuid"
                                " WHERE k.device = ? AND k.receipt = ?");
    s.bind(1, device).bind(2, receipt);
    if (!s.step()) {
        if (s.error())
            return *s.error(); // fail closed: a read error is not "no case yet"
        return std::optional<RatedCase>();
    }
    return std::optional<RatedCase>(RatedCase{s.integer(0), s.text(1), s.text(2)});
}

Result<int> SqliteRatingRecords::link(const QString &device, const QString &receipt,
                                      const RatedCase &linked)
{
    // The case's department owns the follow-ups too (the item's was only a stand-in), unless
    // the case has none.
    Statement f = m_db->prepare(
        "UPDATE rating_followups SET department = ? WHERE ? <> '' AND rating_id IN"
        " (SELECT id FROM ratings WHERE device = ? AND refers_to = ? AND case_id IS NULL)");
    f.bind(1, linked.department).bind(2, linked.department).bind(3, device).bind(4, receipt);
    if (auto r = f.run(); !r)
        return r.error();
    Statement s = m_db->prepare(
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
    s.bind(
        12,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(r.reasons)).toJson(QJsonDocument::Compact)));
    s.bind(13, r.ratedAt.toSecsSinceEpoch()).bind(14, r.receivedAt.toSecsSinceEpoch());
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("rating not stored")};
    const qint64 id = s.integer(0);
    s.step(); // finish the statement
    if (s.error())
        return *s.error();
    return id;
}

Result<qint64> SqliteRatingRecords::insertFollowUp(const FollowUpRow &f)
{
    Statement s = m_db->prepare("INSERT INTO rating_followups(rating_id, department, state,"
                                " opened_at, due_date) VALUES (?, ?, ?, ?, ?) RETURNING id");
    s.bind(1, f.ratingId).bind(2, f.department).bind(3, f.state);
    s.bind(4, f.openedAt.toSecsSinceEpoch()).bind(5, f.dueDate.toString(QLatin1String(isoDate)));
    if (!s.step())
        return s.error() ? *s.error() : Error{Error::Io, QStringLiteral("follow-up not stored")};
    const qint64 id = s.integer(0);
    s.step();
    if (s.error())
        return *s.error();
    return id;
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
    if (!s.step()) {
        if (s.error())
            return *s.error();
        return std::optional<RatingEntry>();
    }
    return std::optional<RatingEntry>(entryFrom(s));
}

Result<QList<RatingEntry>> SqliteRatingRecords::ratings(const RatingFilter &filter)
{
    QByteArray sql(entryColumns);
    QByteArrayList where;
    if (!filter.point.isEmpty())
        where << "r.point = ?";
    if (filter.from.isValid())
        where << "r.received_at >= ?";
    if (filter.to.isValid())
        where << "r.received_at < ?";
    if (filter.followUpOnly || filter.openOnly)
        where << "f.id IS NOT NULL";
    if (filter.openOnly)
        where << "f.state <> 'closed'";
    if (!where.isEmpty())
        sql += " WHERE " + where.join(" AND ");
    sql += " ORDER BY r.received_at, r.id LIMIT ?";
    Statement s = m_db->prepare(sql.constData());
    int i = 1;
    if (!filter.point.isEmpty())
        s.bind(i++, filter.point);
    if (filter.from.isValid())
        s.bind(i++, filter.from.toSecsSinceEpoch());
    if (filter.to.isValid())
        s.bind(i++, filter.to.toSecsSinceEpoch());
    s.bind(i, qint64(filter.limit));
    QList<RatingEntry> out;
    while (s.step())
        out.append(entryFrom(s));
    if (s.error())
        return *s.error();
    return out;
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
