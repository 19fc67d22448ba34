#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace jiujin {

class SyncEngine;

/**
 * Keeps this kiosk's identity valid for years without a visit: renews its TLS certificate (same
 * device id, a new P-256 key, POST /v1/renew over the current certificate, signed as every
 * request) at 2/3 of its lifetime, and keeps central's pins as central announces them (GET
 * /v1/pins, signed by the receipt key: the current server key and the next one).
 *
 * A renewal makes tls.key.next before it asks, writes device.crt.next when the answer is checked,
 * and only then renames both into place; recover() finishes or drops an interrupted one, so the
 * key and certificate in use always match and the old certificate serves until the switch.
 */
class IdentityKeeper
{
public:
    using Clock = std::function<QDateTime()>;
    /** Seconds after a failed renewal before the next try: doubles from this, capped below. */
    static constexpr qint64 firstRetryS = 60, maxRetryS = 6 * 3600;
    /** Seconds between two pin look-ups in the daemon. */
    static constexpr qint64 pinsIntervalS = 3600;

    explicit IdentityKeeper(SyncEngine &engine, Clock clock = &QDateTime::currentDateTimeUtc);

    /** When a certificate is due for renewal: 2/3 of its lifetime counted from its issue
     *  (notBefore plus the day it is backdated, PROTOCOL.md); nullopt if it does not parse. */
    static std::optional<QDateTime> renewAt(const QByteArray &certificatePem);
    /** Finishes (or drops) a renewal interrupted between its steps in @p keysDir. */
    static Result<void> recover(const QString &keysDir);

    /** recover(), then renew() when the certificate is due on central's clock and no backoff
     *  after a failure is running; true when it renewed. */
    Result<bool> renewIfDue();
    /** Renews now (see the class comment). */
    Result<void> renew();
    /** Asks central for the pins to keep (at most every pinsIntervalS unless @p force) and keeps
     *  them when central's signature verifies; the pins in use afterwards. */
    Result<QStringList> refreshPins(bool force = false);

    /** The earliest time (kiosk clock) of the next renewal attempt after a failure; invalid
     *  when none is pending. */
    QDateTime retryAt() const { return m_retryAt; }

private:
    QDateTime centralNow() const;

    SyncEngine &m_engine;
    Clock m_clock;
    int m_failures = 0;
    QDateTime m_retryAt;
    QDateTime m_pinsAt;
};

} // namespace jiujin
