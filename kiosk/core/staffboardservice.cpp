#include "staffboardservice.h"

#include "cataloguestore.h"
#include "settingkeys.h"
#include "syncerrortext.h"

namespace jiujin {

OutboxCounts StaffBoardService::counts()
{
    return OutboxStore(m_db).counts();
}

QList<OutboxRecord> StaffBoardService::board(int limit)
{
    return OutboxStore(m_db).board(limit);
}

QString SyncHealth::problem() const
{
    return SyncErrorText::explain(lastError, clockWrong);
}

SyncHealth StaffBoardService::syncHealth()
{
    CatalogueStore settings(m_db);
    const auto setting = [&](const char *key) { return settings.setting(QLatin1String(key)); };
    SyncHealth h;
    h.enrolled = !setting(syncsetting::deviceId).isEmpty();
    h.lastSuccess = QDateTime::fromString(setting(syncsetting::lastSuccess), Qt::ISODate);
    h.lastErrorAt = QDateTime::fromString(setting(syncsetting::lastErrorAt), Qt::ISODate);
    h.lastError = setting(syncsetting::lastError);
    const QString skew = setting(syncsetting::clockSkew);
    h.clockWrong = !skew.isEmpty();
    bool known = false;
    const qint64 seconds = skew.toLongLong(&known);
    if (known)
        h.clockSkewS = seconds;
    return h;
}

} // namespace jiujin
