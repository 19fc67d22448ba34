#include "centralcalendar.h"

#include "auditchain.h"
#include "calendarrecords.h"
#include "centralstorage.h"

namespace jiujin::gateway {

Result<CentralCalendar::Imported> CentralCalendar::import(QByteArrayView file, const QString &actor,
                                                          const QDateTime &now)
{
    auto year = protocol::decodeCalendarYear(file);
    if (!year)
        return year.error();
    const QByteArray text = protocol::encode(year.value());
    auto tx = m_storage.begin(Access::Write);
    if (!tx)
        return tx.error();
    auto rows = m_storage.calendar().years();
    if (!rows)
        return rows.error();
    Imported out;
    out.year = year.value();
    for (const CalendarYearRow &row : rows.value())
        if (row.year == year->year) {
            out.replaced = true;
            if (row.document == text)
                return out; // the same year again: nothing to store or audit
        }
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    if (auto r = m_storage.calendar().put({year->year, text, at}); !r)
        return r.error();
    // No personal data: the year, its source and how many days it names, and the text's hash.
    const QString detail = QStringLiteral("%1 %2 holidays, %3 make-up days, sha256 %4")
                               .arg(protocol::calendarSourceName(year->source))
                               .arg(year->holidays.size())
                               .arg(year->makeUpDays.size())
                               .arg(QString::fromLatin1(protocol::calendarVersion(text)));
    if (auto a = AuditChain(m_storage).append(actor, QStringLiteral("calendar.import"),
                                              QString::number(year->year), detail, at);
        !a)
        return a.error();
    if (auto c = tx.value()->commit(); !c)
        return c.error();
    out.changed = true;
    return out;
}

Result<protocol::CalendarDocument> CentralCalendar::imported()
{
    auto rows = m_storage.calendar().years();
    if (!rows)
        return rows.error();
    protocol::CalendarDocument doc;
    for (const CalendarYearRow &row : rows.value()) {
        // Stored only after the same checks: a row that fails them now is damage, not "none".
        auto year = protocol::decodeCalendarYear(row.document);
        if (!year)
            return Error{Error::Corrupt, QStringLiteral("calendar year %1 as stored: %2")
                                             .arg(row.year)
                                             .arg(year.error().message)};
        if (year->year != row.year)
            return Error{
                Error::Corrupt,
                QStringLiteral("calendar year %1 stores year %2").arg(row.year).arg(year->year)};
        doc.years.append(std::move(year.value()));
    }
    return doc;
}

Result<WorkCalendar> CentralCalendar::effective()
{
    auto doc = imported();
    if (!doc)
        return doc.error();
    return protocol::overlay(WorkCalendar::china(), doc.value());
}

CentralCalendar::Document CentralCalendar::documentOf(const WorkCalendar &calendar)
{
    Document out;
    out.text = protocol::encode(protocol::calendarDocument(calendar));
    out.version = protocol::calendarVersion(out.text);
    return out;
}

Result<CentralCalendar::Document> CentralCalendar::document()
{
    auto calendar = effective();
    if (!calendar)
        return calendar.error();
    return documentOf(calendar.value());
}

Result<QByteArray> CentralCalendar::refresh(WorkCalendar &live)
{
    auto calendar = effective();
    if (!calendar)
        return calendar.error();
    live = calendar.value();
    return documentOf(calendar.value()).version;
}

WorkCalendar &liveCalendar()
{
    static WorkCalendar calendar = WorkCalendar::china();
    return calendar;
}

} // namespace jiujin::gateway
