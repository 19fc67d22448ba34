#include "pgsubmissionlog.h"

#include "pgdatabase.h"
#include "submissionrows.h"

namespace jiujin::gateway {

Result<SubmissionPage> PgSubmissionLog::listSubmissions(const QString &device,
                                                        std::optional<qint64> after, int limit)
{
    if (auto r = submissionrows::checkPage(after, limit); !r)
        return r.error();
    const qint64 from = after.value_or(-1);
    PgStatement s =
        m_db.prepare(after ? "SELECT id, uuid, device, item, status, receipt, reason, received_at"
                             " FROM submissions WHERE (?1 = '' OR device = ?1) AND id > ?2"
                             " ORDER BY id LIMIT ?3"
                           : "SELECT id, uuid, device, item, status, receipt, reason, received_at"
                             " FROM submissions WHERE (?1 = '' OR device = ?1) AND id > ?2"
                             " ORDER BY id DESC LIMIT ?3");
    s.bind(1, device).bind(2, from).bind(3, qint64(limit));
    auto listed = rows::all(s, submissionrows::summaryFrom<PgStatement>);
    if (!listed)
        return listed.error();
    SubmissionPage page;
    page.rows = std::move(listed.value());
    PgStatement count =
        m_db.prepare("SELECT count(*) FROM submissions WHERE (?1 = '' OR device = ?1) AND id > ?2");
    count.bind(1, device).bind(2, from);
    if (!count.step())
        return count.error().value_or(Error{Error::Io, QStringLiteral("count failed")});
    page.leftOut = count.integer(0) - page.rows.size();
    return page;
}

} // namespace jiujin::gateway
