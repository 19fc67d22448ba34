#include "caseactionstore.h"

#include "database.h"

namespace jiujin {

Result<void> CaseActionStore::insert(const CaseAction &a)
{
    Statement s = m_db.prepare(
        "INSERT INTO case_actions (uuid, receipt, action, material, material_kind, staff,"
        " case_seq, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, a.uuid).bind(2, a.receipt).bind(3, a.action).bind(4, a.material);
    s.bind(5, a.materialKind).bind(6, a.staff).bind(7, a.caseSeq);
    s.bind(8, a.createdAt.toUTC().toString(Qt::ISODateWithMs));
    return s.run();
}

Result<QList<CaseAction>> CaseActionStore::forReceipt(const QString &receipt)
{
    // An action whose record the retention has since forgotten was delivered long ago: its
    // state is taken as accepted.
    Statement s = m_db.prepare(
        "SELECT a.uuid, a.receipt, a.action, a.material, a.material_kind, a.staff, a.case_seq,"
        " a.created_at, COALESCE(o.state, 'accepted'), COALESCE(o.reason, '')"
        " FROM case_actions a LEFT JOIN outbox o ON o.uuid = a.uuid"
        " WHERE a.receipt = ? ORDER BY a.created_at DESC, a.uuid");
    s.bind(1, receipt);
    QList<CaseAction> out;
    while (s.step()) {
        CaseAction a;
        a.uuid = s.text(0);
        a.receipt = s.text(1);
        a.action = s.text(2);
        a.material = s.text(3);
        a.materialKind = s.text(4);
        a.staff = s.text(5);
        a.caseSeq = s.integer(6);
        a.createdAt = QDateTime::fromString(s.text(7), Qt::ISODateWithMs);
        a.state = s.text(8);
        a.reason = s.text(9);
        out.append(std::move(a));
    }
    if (s.error())
        return *s.error(); // fail closed: a read error is not "nothing recorded"
    return out;
}

Result<QHash<QString, QString>> CaseActionStore::kioskReceipts()
{
    Statement s = m_db.prepare("SELECT central_receipt, receipt FROM outbox"
                               " WHERE kind = 'submission' AND central_receipt IS NOT NULL");
    QHash<QString, QString> out;
    while (s.step())
        out.insert(s.text(0), s.text(1));
    if (s.error())
        return *s.error();
    return out;
}

} // namespace jiujin
