#include "deviceadminservice.h"

#include "auditlog.h"
#include "cataloguestore.h"
#include "database.h"
#include "deviceconfig.h"
#include "renewal.h"

namespace jiujin {

DeviceAdminService::DeviceAdminService(Database &db, Clock clock, QString actor)
    : m_db(db), m_clock(std::move(clock)), m_actor(std::move(actor))
{
}

Result<Enrolled> DeviceAdminService::enroll(const EnrollOptions &options)
{
    auto enrolled = KioskEnrollment(m_db).enroll(options);
    if (!enrolled)
        return enrolled;
    Transaction tx(m_db);
    auto audited = tx.begun();
    if (audited)
        audited = AuditLog(m_db).append(m_clock(), m_actor, QStringLiteral("device.enrolled"),
                                        enrolled->deviceId,
                                        enrolled->point + QLatin1Char(' ') + enrolled->suite);
    if (audited)
        audited = tx.commit();
    if (!audited)
        return Error{audited.error().code,
                     QStringLiteral("enrolled as device %1, but the audit entry was not written "
                                    "(run it again): %2")
                         .arg(enrolled->deviceId, audited.error().message)};
    return enrolled;
}

Result<PinChange> DeviceAdminService::addPin(const QString &pin)
{
    if (!protocol::isPin(pin.toLatin1()))
        return Error{
            Error::Invalid,
            QStringLiteral("a pin is sha256// and the base64 SHA-256 of the gateway's public key")};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    CatalogueStore settings(m_db);
    if (settings.setting(QLatin1String(syncsetting::deviceId)).isEmpty())
        return Error{Error::Invalid,
                     QStringLiteral("this kiosk is not enrolled: give pins to jiujinctl enroll")};
    QStringList pins = settings.setting(QLatin1String(syncsetting::pins))
                           .split(QLatin1Char(';'), Qt::SkipEmptyParts);
    PinChange change;
    if (pins.contains(pin)) {
        change.alreadyAccepted = true;
        return change;
    }
    pins.append(pin);
    while (pins.size() > protocol::maxPins)
        change.dropped.append(pins.takeFirst());
    if (auto r = settings.setSetting(QLatin1String(syncsetting::pins), pins.join(QLatin1Char(';')));
        !r)
        return r.error();
    if (auto r = AuditLog(m_db).append(m_clock(), m_actor, QStringLiteral("device.pin_added"), pin,
                                       change.dropped.join(QLatin1Char(' ')));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return change;
}

Result<void> DeviceAdminService::nudgeSync()
{
    const QDateTime now = m_clock();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = CatalogueStore(m_db).setSetting(QLatin1String(syncsetting::nudgedAt),
                                                 now.toString(Qt::ISODateWithMs));
        !r)
        return r;
    if (auto r = AuditLog(m_db).append(now, m_actor, QStringLiteral("sync.nudged"), QString()); !r)
        return r;
    return tx.commit();
}

} // namespace jiujin
