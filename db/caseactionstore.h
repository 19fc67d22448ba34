#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace jiujin {

class Database;

/** A staff action on a case of this point, as recorded here, with its outbox record's state. */
struct CaseAction
{
    QString uuid;                   ///< the outbox record (kind case_event)
    QString receipt;                ///< central's receipt of the case
    QString action;                 ///< "material_received" or "handed_over"
    QString material, materialKind; ///< material_received: name, "rongque" or "chengnuo"
    QString staff;                  ///< the staff number that recorded it
    qint64 caseSeq = 0; ///< the case's update sequence when recorded (its row in case_statuses)
    QDateTime createdAt;
    QString state;  ///< the outbox record's: pending|sending|accepted|rejected|needs_attention
    QString reason; ///< why central refused it (rejected) or it needs a hand
};

/** Owns case_actions: what staff recorded on this point's cases ("材料已收到", "已交给申请人"),
 *  each beside the sealed outbox record that carries it to central. */
class CaseActionStore
{
public:
    explicit CaseActionStore(Database &db) : m_db(db) {}

    /** Inserts @p action (its state and reason are the outbox's). Call inside the transaction
     *  that queues its record. */
    Result<void> insert(const CaseAction &action);
    /** The actions on case @p receipt, newest first, with their records' states. */
    Result<QList<CaseAction>> forReceipt(const QString &receipt);
    /** Central receipt -> this kiosk's 受理编号, for the applications central accepted. */
    Result<QHash<QString, QString>> kioskReceipts();

private:
    Database &m_db;
};

} // namespace jiujin
