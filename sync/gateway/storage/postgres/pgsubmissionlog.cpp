#include "pgsubmissionlog.h"

#include "pgdatabase.h"

#include <QTimeZone>

namespace jiujin::gateway {

Result<SubmissionPage> PgSubmissionLog::listSubmissions(const QString &device,
                                                        std::optional<qint64> after, int limit)
{
    if (limit < 1)
        return Error{Error::Invalid, QStringLiteral("limit: at least 1")};
    if (after && *after < 0)
        return Error{Error::Invalid, QStringLiteral("after: a row number (0 or more)")};
    const qint64 from = after.value_or(-1);
    PgStatement s =
        m_db.prepare(after ? "SELECT id, uuid, device, item, status, receipt, reason, received_at"
                             " FROM submissions WHERE (?1 = '' OR device = ?1) AND id > ?2"
                             " ORDER BY id LIMIT ?3"
                           : "SELECT id, uuid, device, item, status, receipt, reason, received_at"
                             " FROM submissions WHERE (?1 = '' OR device = ?1) AND id > ?2"
                             " ORDER BY id DESC LIMIT ?3");
    s.bind(1, device).bind(2, from).bind(3, qint64(limit));
    SubmissionPage page;
    while (s.step()) {
        SubmissionSummary r;
        r.number = s.integer(0);
        r.uuid = s.text(1);
        r.device = s.text(2);
        r.item = s.text(3);
        r.status = s.text(4);
        r.receipt = s.isNull(5) ? QString() : s.text(5);
        r.reason = s.text(6);
        r.receivedAt = QDateTime::fromSecsSinceEpoch(s.integer(7), QTimeZone::utc());
        page.rows.append(r);
    }
    if (s.error())
        return *s.error();
    PgStatement count =
        m_db.prepare("SELECT count(*) FROM submissions WHERE (?1 = '' OR device = ?1) AND id > ?2");
    count.bind(1, device).bind(2, from);
    if (!count.step())
        return count.error().value_or(Error{Error::Io, QStringLiteral("count failed")});
    page.leftOut = count.integer(0) - page.rows.size();
    return page;
}

} // namespace jiujin::gateway
