#include "sqlitecaselookuprecords.h"

#include "database.h"
#include "securedelete.h"

namespace jiujin::gateway {

namespace {

Result<LookupWindow> window(Statement &s)
{
    if (!s.step())
        return s.error() ? *s.error()
                         : Error{Error::Corrupt, QStringLiteral("no lookup count returned")};
    LookupWindow w;
    w.count = int(s.integer(0));
    if (w.count > 0 && !s.isNull(1))
        w.oldest = QDateTime::fromSecsSinceEpoch(s.integer(1), Qt::UTC);
    return w;
}

} // namespace

Result<QList<std::pair<QString, QString>>>
SqliteCaseLookupRecords::applications(const QString &receipt, int limit)
{
    Statement s = m_db->prepare(
        "SELECT device, uuid FROM kiosk_receipts WHERE receipt = ? ORDER BY device LIMIT ?");
    s.bind(1, receipt).bind(2, qint64(limit));
    QList<std::pair<QString, QString>> out;
    while (s.step())
        out.append({s.text(0), s.text(1)});
    if (s.error())
        return *s.error();
    return out;
}

Result<qint64> SqliteCaseLookupRecords::feedSequence(qint64 caseId)
{
    Statement s = m_db->prepare("SELECT seq FROM case_feed WHERE case_id = ?");
    s.bind(1, caseId);
    if (!s.step())
        return s.error() ? Result<qint64>(*s.error()) : Result<qint64>(qint64(0));
    return s.integer(0);
}

Result<void> SqliteCaseLookupRecords::record(const QString &device, const QString &receipt,
                                             const QDateTime &at, const QString &outcome)
{
    Statement s =
        m_db->prepare("INSERT INTO case_lookups(device, receipt, at, outcome) VALUES (?, ?, ?, ?)");
    s.bind(1, device).bind(2, receipt).bind(3, at.toSecsSinceEpoch()).bind(4, outcome);
    return s.run();
}

Result<LookupWindow> SqliteCaseLookupRecords::byDevice(const QString &device,
                                                       const QDateTime &since)
{
    Statement s =
        m_db->prepare("SELECT COUNT(*), MIN(at) FROM case_lookups WHERE device = ? AND at >= ?");
    s.bind(1, device).bind(2, since.toSecsSinceEpoch());
    return window(s);
}

Result<LookupWindow> SqliteCaseLookupRecords::failuresByDevice(const QString &device,
                                                               const QDateTime &since)
{
    Statement s = m_db->prepare("SELECT COUNT(*), MIN(at) FROM case_lookups"
                                " WHERE device = ? AND at >= ? AND outcome = 'not_found'");
    s.bind(1, device).bind(2, since.toSecsSinceEpoch());
    return window(s);
}

Result<LookupWindow> SqliteCaseLookupRecords::failuresOfReceipt(const QString &receipt,
                                                                const QDateTime &since)
{
    Statement s = m_db->prepare("SELECT COUNT(*), MIN(at) FROM case_lookups"
                                " WHERE receipt = ? AND at >= ? AND outcome = 'not_found'");
    s.bind(1, receipt).bind(2, since.toSecsSinceEpoch());
    return window(s);
}

Result<int> SqliteCaseLookupRecords::forgetBefore(const QDateTime &before)
{
    // Zeroed, not left in free space: which device asked for which receipt, when. This runs in
    // the lookup's transaction, so the WAL is not emptied here; its frames are reused in turn.
    SecureDelete wiping(*m_db);
    Statement s = m_db->prepare("DELETE FROM case_lookups WHERE at < ?");
    s.bind(1, before.toSecsSinceEpoch());
    if (auto r = s.run(); !r)
        return r.error();
    return m_db->changes();
}

} // namespace jiujin::gateway
