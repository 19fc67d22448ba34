#pragma once

#include "centralcalendar.h"
#include "centralstorage.h"
#include "devicerecords.h"
#include "result.h"
#include "workcalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <utility>

namespace jiujin {
class EnrollmentService;
}

namespace jiujin::gateway {

/** One enrolled kiosk as the fleet view shows it (no personal data anywhere in it). */
struct FleetDevice
{
    DeviceRow row;
    /** When the device's current certificate ends; nullopt when it does not parse. */
    std::optional<QDateTime> certificateExpires;
    /** No heartbeat for FleetService::silentAfterSeconds of its point's opening hours. */
    bool silent = false;
    /** Its last heartbeat, or its enrollment when it never sent one: what silence counts from. */
    QDateTime lastHeard() const { return row.lastHeartbeat.value_or(row.enrolledAt); }
};

/**
 * The banner's kiosks for technicians (docs/DESIGN.md §13h): every device with its heartbeat and
 * certificate, "silent" ones (no heartbeat for two hours of their point's opening hours) first;
 * enrollment tokens made (EnrollmentService, audited) and listed without their secrets; devices
 * revoked with a reason, audited in the AuditChain in the same transaction.
 */
class FleetService
{
public:
    /** Opening-hours seconds without a heartbeat after which a device is silent. */
    static constexpr qint64 silentAfterSeconds = 2 * 3600;
    /** The longest note a revocation takes. */
    static constexpr int maxNoteChars = 200;

    /** Opening periods of a day [from, to), China time, in order. */
    using Periods = QList<std::pair<QTime, QTime>>;

    /** All borrowed; @p calendar says which days a point is open. */
    FleetService(CentralStorage &storage, EnrollmentService &enrollment,
                 const WorkCalendar &calendar = liveCalendar());

    /** Seconds of [@p from, @p to) that fall in @p periods of the open days of @p calendar
     *  (China days), counted up to @p cap (the count stops there). */
    static qint64 openSeconds(const WorkCalendar &calendar, const Periods &periods,
                              const QDateTime &from, const QDateTime &to, qint64 cap);
    /** Whether a device last heard of at @p last is silent at @p now. */
    static bool silent(const WorkCalendar &calendar, const Periods &periods, const QDateTime &last,
                       const QDateTime &now);

    /** The opening hours of @p point: its booking plan's periods (BookingService's default plan,
     *  08:30-12:00 and 14:30-17:30, when it has none). */
    Result<Periods> openingHours(const QString &point);

    /** Every device: silent ones first (the longest silent first), then the others by point and
     *  id, revoked ones last (never silent). */
    Result<QList<FleetDevice>> devices(const QDateTime &now);

    /** A new enrollment token (given once, only its hash kept) for @p point. */
    struct CreatedToken
    {
        QString token;
        TokenRow row;
    };
    /** Makes a token with EnrollmentService::createToken and audits it (`device.token.create`,
     *  by @p actor) in one transaction. Error::Invalid for a bad point or suite. */
    Result<CreatedToken> createToken(const QString &actor, const QString &point,
                                     const QString &suite, const QDateTime &now);
    /** Tokens, newest first (DeviceRecords::tokens). */
    Result<QList<TokenRow>> tokens(int offset, int limit);
    Result<int> tokenCount();
    /** How a token is named where its secret must not be: the first 16 hex digits of its hash. */
    static QString tokenId(const TokenRow &t) { return t.hash.left(16); }
    /** "used", "expired" or "open" at @p now. */
    static QString tokenState(const TokenRow &t, const QDateTime &now);
    /** Withdraws the unused token named @p id (tokenId()): deleted, so it enrolls nothing, and
     *  audited as `device.token.withdraw` by @p actor in the same transaction. False when it was
     *  used already (nothing changes); Error::NotFound when no token has that id. */
    Result<bool> withdrawToken(const QString &actor, const QString &id, const QDateTime &now);

    /** Why a device may be revoked: lost, stolen, retired, replaced, compromised, other. */
    static QStringList revokeReasons();
    /** Revokes @p device for @p reason (one of revokeReasons()) with an optional @p note (at most
     *  maxNoteChars, nothing shaped like an ID or phone number), audited as `device.revoke` by
     *  @p actor in the same transaction. False when it was revoked already (nothing changes);
     *  Error::NotFound for an unknown device, Error::Invalid for a bad reason or note. */
    Result<bool> revoke(const QString &actor, const QString &device, const QString &reason,
                        const QString &note, const QDateTime &now);

private:
    CentralStorage &m_storage;
    EnrollmentService &m_enrollment;
    const WorkCalendar &m_calendar;
};

} // namespace jiujin::gateway
