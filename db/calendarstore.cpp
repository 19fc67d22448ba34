#include "calendarstore.h"

#include "auditlog.h"
#include "database.h"

namespace jiujin {

namespace {

Result<QString> settingValue(Database &db, const char *key)
{
    Statement s = db.prepare("SELECT value FROM kiosk_settings WHERE key = ?");
    s.bind(1, QString::fromLatin1(key));
    if (!s.step())
        return s.error() ? Result<QString>(*s.error()) : Result<QString>(QString());
    return s.text(0);
}

Result<void> setSetting(Database &db, const char *key, const QString &value)
{
    Statement s = db.prepare("INSERT INTO kiosk_settings(key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, QString::fromLatin1(key)).bind(2, value);
    return s.run();
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

Result<CalendarStore::Held> CalendarStore::held()
{
    Held out;
    for (const auto &[key, target] : {std::pair{calendarsetting::document, &out.text},
                                      std::pair{calendarsetting::signature, &out.signature},
                                      std::pair{calendarsetting::version, &out.version}}) {
        auto v = settingValue(m_db, key);
        if (!v)
            return v.error();
        *target = v.value().toUtf8();
    }
    out.signature = QByteArray::fromBase64(out.signature);
    auto checked = settingValue(m_db, calendarsetting::checkedAt);
    if (!checked)
        return checked.error();
    if (!checked.value().isEmpty())
        out.checkedAt = QDateTime::fromString(checked.value(), Qt::ISODate);
    return out;
}

Result<void> CalendarStore::save(const QByteArray &text, const QByteArray &signature,
                                 const QByteArray &version, const QString &actor,
                                 const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (const auto &[key, value] :
         {std::pair{calendarsetting::document, QString::fromUtf8(text)},
          std::pair{calendarsetting::signature, QString::fromLatin1(signature.toBase64())},
          std::pair{calendarsetting::version, QString::fromLatin1(version)},
          std::pair{calendarsetting::checkedAt, isoUtc(now)}})
        if (auto r = setSetting(m_db, key, value); !r)
            return r.error();
    if (auto r = AuditLog(m_db).append(now, actor, QStringLiteral("calendar.apply"),
                                       QString::fromLatin1(version), QString());
        !r)
        return r.error();
    return tx.commit();
}

Result<void> CalendarStore::checked(const QDateTime &now)
{
    return setSetting(m_db, calendarsetting::checkedAt, isoUtc(now));
}

} // namespace jiujin
