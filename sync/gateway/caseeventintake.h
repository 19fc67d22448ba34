#pragma once

#include "centralstorage.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace jiujin {
struct DeviceRow;
}

namespace jiujin::gateway {

/**
 * Intake of a kiosk's staff actions on a case (records of kind case_event, RECORD.md): "材料已收到"
 * (a 容缺/告知承诺 material handed in at the point) and "已交给申请人" (the result handed over:
 * 送达). Checks that the case is the device's point's and that its stage allows the action, then
 * has CaseService make the change, audited with the device and the staff number; a refusal is a
 * reason for that record alone.
 */
class CaseEventIntake
{
public:
    static inline const QString kind = QStringLiteral("case_event");
    static inline const QString materialReceived = QStringLiteral("material_received");
    static inline const QString handedOver = QStringLiteral("handed_over");

    static bool handles(const QString &recordKind) { return recordKind == kind; }
    /** Why a case_event's metadata @p meta or opened payload @p body is malformed, or "". */
    static QString recordProblem(const QJsonObject &meta, const QJsonObject &body);
    /** Who central's audit chain names for a staff action: the device and the kiosk's staff
     *  number (never a name). */
    static QString actor(const QString &device, const QString &staff);

    explicit CaseEventIntake(CentralStorage &storage) : m_storage(storage) {}

    /** Applies the action of sound record @p meta from @p device, joining the caller's
     *  transaction: "" when done, else why it is refused (nothing changed). An Error is a
     *  storage fault: the batch is retried whole. */
    Result<QString> apply(const DeviceRow &device, const QJsonObject &meta, const QDateTime &now);

private:
    CentralStorage &m_storage;
};

} // namespace jiujin::gateway
