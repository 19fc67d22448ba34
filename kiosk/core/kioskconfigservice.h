#pragma once

#include "result.h"
#include "settingkeys.h"
#include "suite.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace jiujin {

class Database;

/** kiosk_settings keys this service owns (what a technician sets with jiujinctl). */

/**
 * The kiosk's own configuration as a technician changes it: service point and kiosk number,
 * central's sealing key, receipt printer and how long delivered records stay listed. Each change
 * is validated, written and audited (config.*) in one transaction.
 */
class KioskConfigService
{
public:
    using Clock = std::function<QDateTime()>;
    explicit KioskConfigService(Database &db, Clock clock = &QDateTime::currentDateTimeUtc,
                                QString actor = QStringLiteral("ctl"));

    /** @p point must be a point of the catalogue in use; @p number two digits, 01-99. */
    Result<void> setPoint(const QString &point, const QString &number);
    /** @p pem must be an X25519 or SM2 key (public or private: only the public half is kept);
     *  its suite. */
    Result<protocol::Suite> setCentralKey(QByteArrayView pem);
    /** cups:NAME, file:DIR, or empty for the default file. */
    Result<void> setPrinter(const QString &spec);
    /** 1-3650 days. */
    Result<void> setRetentionDays(int days);
    /** Voice guidance at the start of each visit: on, off or elder (every screen read aloud). */
    Result<void> setVoice(const QString &mode);

    /** The printer as set (setPrinter()); empty: the default file. */
    QString printer();
    /** The voice mode as set (setVoice()); empty: not set (the kiosk's default). */
    QString voice();

private:
    /** Writes @p values and their audit entry in one transaction. */
    Result<void> write(const QList<std::pair<const char *, QString>> &values, const QString &action,
                       const QString &subject, const QString &detail = {});

    Database &m_db;
    Clock m_clock;
    QString m_actor;
};

} // namespace jiujin
