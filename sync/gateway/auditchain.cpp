#include "auditchain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace jiujin::gateway {

QString AuditChain::genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::entryHash(const AuditRow &row)
{
    const QJsonArray fields{row.prevHash,
                            QString::number(row.seq),
                            QString::number(row.at.toSecsSinceEpoch()),
                            row.actor,
                            row.action,
                            row.subject,
                            row.detail};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Result<AuditRow> AuditChain::append(const QString &actor, const QString &action,
                                    const QString &subject, const QString &detail,
                                    const QDateTime &at)
{
    auto tx = m_storage.begin(); // nests in the caller's
    if (!tx)
        return tx.error();
    auto last = m_storage.auditLog().last();
    if (!last)
        return last.error();
    AuditRow row;
    row.seq = last.value() ? last.value()->seq + 1 : 1;
    row.at = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    row.actor = actor;
    row.action = action;
    row.subject = subject;
    row.detail = detail;
    row.prevHash = last.value() ? last.value()->hash : genesis();
    row.hash = entryHash(row);
    if (auto r = m_storage.auditLog().append(row); !r)
        return r.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    return row;
}

Result<AuditChain::Verification> AuditChain::verify()
{
    auto tx = m_storage.begin(Access::Snapshot);
    if (!tx)
        return tx.error();
    Verification v;
    QString previous = genesis();
    qint64 seq = 0;
    for (;;) {
        auto page = m_storage.auditLog().entries(seq, 1000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const AuditRow &row : page.value()) {
            QString why;
            if (row.seq != seq + 1)
                why = QStringLiteral("entry %1 follows entry %2: entries are missing")
                          .arg(row.seq)
                          .arg(seq);
            else if (row.prevHash != previous)
                why = QStringLiteral("its previous hash is not the hash of entry %1").arg(seq);
            else if (entryHash(row) != row.hash)
                why = QStringLiteral("its hash does not match its content (edited)");
            if (!why.isEmpty()) {
                v.brokenAt = row.seq;
                v.why = why;
                return v;
            }
            previous = row.hash;
            seq = row.seq;
            ++v.entries;
        }
    }
    return v;
}

} // namespace jiujin::gateway
