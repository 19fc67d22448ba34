#include "fleetservice.h"

#include "auditchain.h"
#include "bookingservice.h"
#include "certificateauthority.h"
#include "chinatime.h"
#include "enrollmentservice.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace jiujin::gateway {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

FleetService::FleetService(CentralStorage &storage, EnrollmentService &enrollment,
                           const WorkCalendar &calendar)
    : m_storage(storage), m_enrollment(enrollment), m_calendar(calendar)
{
}

qint64 FleetService::openSeconds(const WorkCalendar &calendar, const Periods &periods,
                                 const QDateTime &from, const QDateTime &to, qint64 cap)
{
    if (!from.isValid() || !to.isValid() || to <= from || periods.isEmpty())
        return 0;
    qint64 total = 0;
    const QDate last = chinaDate(to);
    // Bounded: the count stops at cap, and no calendar closes a point for a year.
    int days = 0;
    for (QDate day = chinaDate(from); day <= last && total < cap && days < 400;
         day = day.addDays(1), ++days) {
        if (!calendar.isOpen(day))
            continue;
        for (const auto &[open, close] : periods) {
            const QDateTime start = std::max(from, chinaTime(day, open));
            const QDateTime end = std::min(to, chinaTime(day, close));
            if (end > start)
                total += start.secsTo(end);
        }
    }
    return std::min(total, cap);
}

bool FleetService::silent(const WorkCalendar &calendar, const Periods &periods,
                          const QDateTime &last, const QDateTime &now)
{
    return openSeconds(calendar, periods, last, now, silentAfterSeconds) >= silentAfterSeconds;
}

Result<FleetService::Periods> FleetService::openingHours(const QString &point)
{
    auto plan = BookingService(m_storage, m_calendar).plan(point);
    if (!plan)
        return plan.error();
    auto periods = dayPlanPeriods(plan->dayPlan);
    if (!periods) // a stored plan passed PointPlan::check(): this is damage, not "never open"
        return Error{Error::Invalid, QStringLiteral("the plan of %1 does not parse").arg(point)};
    return *periods;
}

Result<QList<FleetDevice>> FleetService::devices(const QDateTime &now)
{
    auto rows = m_storage.devices().devices();
    if (!rows)
        return rows.error();
    QHash<QString, Periods> hours; // by point
    QList<FleetDevice> out;
    out.reserve(rows->size());
    for (const DeviceRow &row : rows.value()) {
        FleetDevice d{row, pki::notAfter(row.certificatePem), false};
        // The PEMs are not the fleet view's business: keep the list small.
        d.row.certificatePem.clear();
        d.row.signingKeyPem.clear();
        if (!row.revokedAt) {
            auto it = hours.find(row.point);
            if (it == hours.end()) {
                auto periods = openingHours(row.point);
                if (!periods)
                    return periods.error(); // fail closed: not "never silent"
                it = hours.insert(row.point, periods.value());
            }
            d.silent = silent(m_calendar, it.value(), d.lastHeard(), now);
        }
        out.append(std::move(d));
    }
    std::stable_sort(out.begin(), out.end(), [](const FleetDevice &a, const FleetDevice &b) {
        const int rankA = a.silent ? 0 : a.row.revokedAt ? 2 : 1;
        const int rankB = b.silent ? 0 : b.row.revokedAt ? 2 : 1;
        if (rankA != rankB)
            return rankA < rankB;
        if (rankA == 0 && a.lastHeard() != b.lastHeard())
            return a.lastHeard() < b.lastHeard();
        if (a.row.point != b.row.point)
            return a.row.point < b.row.point;
        return a.row.id < b.row.id;
    });
    return out;
}

Result<FleetService::CreatedToken> FleetService::createToken(const QString &actor,
                                                             const QString &point,
                                                             const QString &suite,
                                                             const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto token = m_enrollment.createToken(point, suite, now);
    if (!token)
        return token.error();
    auto row = m_storage.devices().token(tokenHash(token.value()));
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{Error::Io, QStringLiteral("the new token was not stored")};
    const TokenRow made = *row.value();
    auto audited = AuditChain(m_storage).append(
        actor, QStringLiteral("device.token.create"), tokenId(made),
        json({{QStringLiteral("point"), made.point}, {QStringLiteral("suite"), made.suite}}), now);
    if (!audited)
        return audited.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return CreatedToken{token.value(), made};
}

Result<QList<TokenRow>> FleetService::tokens(int offset, int limit)
{
    return m_storage.devices().tokens(offset, limit);
}

Result<int> FleetService::tokenCount()
{
    return m_storage.devices().tokenCount();
}

Result<bool> FleetService::withdrawToken(const QString &actor, const QString &id,
                                         const QDateTime &now)
{
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto count = m_storage.devices().tokenCount();
    if (!count)
        return count.error();
    // A short id names a token outside central (tokenId); tokens are few (one per kiosk set up).
    auto all = m_storage.devices().tokens(0, count.value() + 1);
    if (!all)
        return all.error();
    std::optional<TokenRow> found;
    for (const TokenRow &t : all.value())
        if (tokenId(t) == id) {
            if (found) // two tokens whose hashes share 64 bits: withdraw neither by that name
                return Error{Error::Invalid, QStringLiteral("ambiguous token id")};
            found = t;
        }
    if (!found)
        return Error{Error::NotFound, QStringLiteral("no such token")};
    if (found->usedAt)
        return false;
    auto withdrawn = m_storage.devices().withdrawToken(found->hash);
    if (!withdrawn)
        return withdrawn.error();
    if (!withdrawn.value())
        return false; // used meanwhile
    auto audited =
        AuditChain(m_storage).append(actor, QStringLiteral("device.token.withdraw"), id,
                                     json({{QStringLiteral("point"), found->point}}), now);
    if (!audited)
        return audited.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return true;
}

QString FleetService::tokenState(const TokenRow &t, const QDateTime &now)
{
    if (t.usedAt)
        return QStringLiteral("used");
    if (now >= t.expiresAt)
        return QStringLiteral("expired");
    return QStringLiteral("open");
}

QStringList FleetService::revokeReasons()
{
    return {QStringLiteral("lost"),     QStringLiteral("stolen"),      QStringLiteral("retired"),
            QStringLiteral("replaced"), QStringLiteral("compromised"), QStringLiteral("other")};
}

Result<bool> FleetService::revoke(const QString &actor, const QString &device,
                                  const QString &reason, const QString &note, const QDateTime &now)
{
    if (!revokeReasons().contains(reason))
        return Error{Error::Invalid,
                     QStringLiteral("reason: one of ") + revokeReasons().join(QLatin1String(", "))};
    // The note goes into the audit log, which holds no personal data: no control characters,
    // and nothing that could be an ID card or phone number (a run of 11 or more digits).
    static const QRegularExpression digits(QStringLiteral("\\d{11,}"));
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    if (note.size() > maxNoteChars || control.match(note).hasMatch() ||
        digits.match(QString(note).remove(QRegularExpression(QStringLiteral("[\\s-]")))).hasMatch())
        return Error{Error::Invalid,
                     QStringLiteral("note: at most %1 characters, no ID or phone numbers")
                         .arg(maxNoteChars)};
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto known = m_storage.devices().device(device);
    if (!known)
        return known.error();
    if (!known->has_value())
        return Error{Error::NotFound, QStringLiteral("no such device")};
    if (known.value()->revokedAt)
        return false;
    if (auto r = m_storage.devices().revoke(device, now); !r)
        return r.error();
    QJsonObject detail{{QStringLiteral("reason"), reason},
                       {QStringLiteral("point"), known.value()->point}};
    if (!note.trimmed().isEmpty())
        detail.insert(QStringLiteral("note"), note.trimmed());
    auto audited = AuditChain(m_storage).append(actor, QStringLiteral("device.revoke"), device,
                                                json(detail), now);
    if (!audited)
        return audited.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return true;
}

} // namespace jiujin::gateway
