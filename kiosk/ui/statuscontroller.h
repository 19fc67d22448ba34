#pragma once

#include "published.h"

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

class Database;
class KioskSession;
class QrScanner;
class SubmissionService;

/** 查进度 and later 评价: looks up a typed or scanned receipt number in this kiosk's outbox. */
class StatusController : public QObject, public Published<StatusController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Status)
    QML_SINGLETON
    Q_PROPERTY(bool found READ found NOTIFY resultChanged)
    Q_PROPERTY(QString receipt READ receipt NOTIFY resultChanged)
    Q_PROPERTY(QString itemName READ itemName NOTIFY resultChanged)
    Q_PROPERTY(QString submittedAt READ submittedAt NOTIFY resultChanged) ///< local time in words
    Q_PROPERTY(QString state READ state NOTIFY resultChanged) ///< pending|sending|accepted|rejected|needs_attention
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY resultChanged)
    Q_PROPERTY(QString stateDetail READ stateDetail NOTIFY resultChanged) ///< what happens next, in words
    Q_PROPERTY(bool canRate READ canRate NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged) ///< not found / malformed number
public:
    StatusController(Database &db, SubmissionService &service, KioskSession &session, QObject *parent = nullptr);
    void setQrScanner(QrScanner *qr);

    bool found() const { return !m_receipt.isEmpty(); }
    QString receipt() const { return m_receipt; }
    QString itemName() const { return m_itemName; }
    QString submittedAt() const { return m_submittedAt; }
    QString state() const { return m_state; }
    QString stateLabel() const;
    QString stateDetail() const;
    bool canRate() const { return m_canRate; }
    QString message() const { return m_message; }

    /** Looks up a receipt number as typed (spaces, dashes, full-width digits are fine). */
    Q_INVOKABLE bool lookup(const QString &typed);
    /** 好差评 of the service found. */
    Q_INVOKABLE bool rate(int level, const QStringList &reasons);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void resultChanged();
    /** A receipt QR code was scanned while this screen was open. */
    void scanned(const QString &text);

private:
    Database &m_db;
    SubmissionService &m_service;
    KioskSession &m_session;
    QString m_receipt, m_itemName, m_submittedAt, m_state, m_reason, m_central, m_message;
    bool m_canRate = false;
};

} // namespace jiujin
