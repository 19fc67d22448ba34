#include "kioskconfigservice.h"

#include "auditlog.h"
#include "cataloguestore.h"
#include "database.h"
#include "keys.h"

#include <QCryptographicHash>

namespace jiujin {

KioskConfigService::KioskConfigService(Database &db, Clock clock, QString actor)
    : m_db(db), m_clock(std::move(clock)), m_actor(std::move(actor))
{
}

QString KioskConfigService::printer()
{
    return CatalogueStore(m_db).setting(QLatin1String(kiosksetting::printer));
}

QString KioskConfigService::voice()
{
    return CatalogueStore(m_db).setting(QLatin1String(kiosksetting::voice));
}

Result<void> KioskConfigService::setPoint(const QString &point, const QString &number)
{
    if (!CatalogueStore(m_db).point(point))
        return Error{
            Error::Invalid,
            QStringLiteral("%1 is not a service point of the catalogue in use").arg(point)};
    if (number.size() != 2 || !number.at(0).isDigit() || !number.at(1).isDigit() ||
        number == QLatin1String("00"))
        return Error{Error::Invalid, QStringLiteral("the kiosk number is two digits, 01-99")};
    return write({{kiosksetting::point, point}, {kiosksetting::kioskNumber, number}},
                 QStringLiteral("config.point"), point, number);
}

Result<protocol::Suite> KioskConfigService::setCentralKey(QByteArrayView pem)
{
    auto key = protocol::Key::fromPem(pem);
    if (!key)
        return Error{key.error().code, QStringLiteral("not a usable key: ") + key.error().message};
    if (!key->canSeal())
        return Error{
            Error::Invalid,
            QStringLiteral("this key cannot receive sealed records (it must be X25519 or SM2)")};
    const QByteArray publicPem = key->publicPem();
    // The audit entry names the key by a short fingerprint: enough to tell two keys apart.
    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(publicPem, QCryptographicHash::Sha256).toHex().left(16));
    if (auto r = write({{kiosksetting::centralKey, QString::fromLatin1(publicPem)}},
                       QStringLiteral("config.central_key"), protocol::suiteName(key->suite()),
                       fingerprint);
        !r)
        return r.error();
    return key->suite();
}

Result<void> KioskConfigService::setPrinter(const QString &spec)
{
    if (!spec.isEmpty() && !spec.startsWith(QLatin1String("cups:")) &&
        !spec.startsWith(QLatin1String("file:")))
        return Error{Error::Invalid, QStringLiteral("a printer is cups:NAME or file:DIR")};
    return write({{kiosksetting::printer, spec}}, QStringLiteral("config.printer"), spec);
}

Result<void> KioskConfigService::setRetentionDays(int days)
{
    if (days < 1 || days > 3650)
        return Error{Error::Invalid, QStringLiteral("retention is a number of days, 1-3650")};
    return write({{kiosksetting::retentionDays, QString::number(days)}},
                 QStringLiteral("config.retention"), QString::number(days));
}

Result<void> KioskConfigService::setVoice(const QString &mode)
{
    if (mode != QLatin1String("on") && mode != QLatin1String("off") &&
        mode != QLatin1String("elder"))
        return Error{Error::Invalid, QStringLiteral("voice is on, off or elder")};
    return write({{kiosksetting::voice, mode}}, QStringLiteral("config.voice"), mode);
}

Result<void> KioskConfigService::write(const QList<std::pair<const char *, QString>> &values,
                                       const QString &action, const QString &subject,
                                       const QString &detail)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    CatalogueStore settings(m_db);
    for (const auto &[key, value] : values) {
        if (auto r = settings.setSetting(QLatin1String(key), value); !r)
            return r;
    }
    if (auto r = AuditLog(m_db).append(m_clock(), m_actor, action, subject, detail); !r)
        return r;
    return tx.commit();
}

} // namespace jiujin
