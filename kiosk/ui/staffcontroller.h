#pragma once

#include "boardmodel.h"
#include "published.h"
#include "staffservice.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace jiujin {

class CatalogueStore;
class Database;
class KioskSession;

/** An outbox state (pending, accepted, ...) in words for the screen. */
QString outboxStateLabel(const QString &state);
/** A moment as the kiosk's clock on the wall shows it: Asia/Shanghai, yyyy-MM-dd HH:mm. */
QString localTimeText(const QDateTime &t);

/** Staff login (PIN), the queue board and the kiosk's alerts for staff. */
class StaffController : public QObject, public Published<StaffController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Staff)
    QML_SINGLETON
    Q_PROPERTY(int pinLength READ pinLength CONSTANT) ///< digits in a staff PIN
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY loggedInChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY loggedInChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY loggedInChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged) ///< why the last login failed
    Q_PROPERTY(jiujin::BoardModel *records READ records CONSTANT)
    Q_PROPERTY(int pending READ pending NOTIFY boardChanged) ///< pending + sending
    Q_PROPERTY(int accepted READ accepted NOTIFY boardChanged)
    Q_PROPERTY(int rejected READ rejected NOTIFY boardChanged)
    Q_PROPERTY(int needsAttention READ needsAttention NOTIFY boardChanged)
    Q_PROPERTY(
        QString oldestWaiting READ oldestWaiting NOTIFY boardChanged) ///< age in words, or empty
    Q_PROPERTY(QString alert READ alert NOTIFY alertChanged) ///< e.g. the database was quarantined
    Q_PROPERTY(QString syncState READ syncState NOTIFY
                   boardChanged) ///< last delivery and last error, in words
public:
    StaffController(Database &db, StaffService &service, KioskSession &session,
                    std::function<QDateTime()> clock = &QDateTime::currentDateTimeUtc,
                    QObject *parent = nullptr);

    static int pinLength() { return StaffService::pinDigits; }
    bool loggedIn() const { return !m_staffId.isEmpty(); }
    QString staffId() const { return m_staffId; }
    QString displayName() const { return m_displayName; }
    QString message() const { return m_message; }
    BoardModel *records() { return &m_records; }
    int pending() const { return m_counts.pending + m_counts.sending; }
    int accepted() const { return m_counts.accepted; }
    int rejected() const { return m_counts.rejected; }
    int needsAttention() const { return m_counts.needsAttention; }
    QString oldestWaiting() const;
    QString alert() const { return m_alert; }
    QString syncState() const { return m_syncState; }
    void setAlert(const QString &alert);

    Q_INVOKABLE bool login(const QString &staffId, const QString &pin);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void loggedInChanged();
    void messageChanged();
    void boardChanged();
    void alertChanged();

private:
    void setMessage(const QString &message);
    Database &m_db;
    StaffService &m_service;
    KioskSession &m_session;
    std::function<QDateTime()> m_clock;
    BoardModel m_records;
    OutboxCounts m_counts;
    QString m_staffId, m_displayName, m_message, m_alert, m_syncState;
};

} // namespace jiujin
