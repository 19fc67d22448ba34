#pragma once

#include "kioskenrollment.h"
#include "result.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace jiujin {

class Database;

/** What adding a gateway pin did. */
struct PinChange
{
    bool alreadyAccepted = false;
    QStringList dropped; ///< pins no longer accepted (the oldest, beyond protocol::maxPins)
};

/**
 * The technician's changes to this device's link with central: enrollment, the gateway pins it
 * accepts and the nudge that ends jiujin-syncd's backoff. Each change is audited (device.*,
 * sync.nudged), so that jiujinctl changes nothing the audit log does not show.
 */
class DeviceAdminService
{
public:
    using Clock = std::function<QDateTime()>;
    explicit DeviceAdminService(Database &db, Clock clock = &QDateTime::currentDateTimeUtc,
                                QString actor = QStringLiteral("ctl"));

    /**
     * Enrolls through KioskEnrollment, then audits device.enrolled. KioskEnrollment commits
     * its own transaction before the audit entry is written: when the entry cannot be written,
     * the device is enrolled and this says so as an error (the technician runs it again: enroll
     * is safe to repeat).
     */
    Result<Enrolled> enroll(const EnrollOptions &options);
    /** Accepts @p pin (sha256//...) besides the current ones; needs an enrolled device. */
    Result<PinChange> addPin(const QString &pin);
    /** Asks jiujin-syncd to try at once (it watches the database for this setting). */
    Result<void> nudgeSync();

private:
    Database &m_db;
    Clock m_clock;
    QString m_actor;
};

} // namespace jiujin
