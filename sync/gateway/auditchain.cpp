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

Result<void> AuditChain::append(const QString &actor, const QString &action, const QString &subject,
                                const QString &detail, const QDateTime &at)
{
    AuditRow row;
    row.at = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    row.actor = actor;
    row.action = action;
    row.subject = subject;
    row.detail = detail;
    CentralStorage &storage = m_storage;
    return m_storage.beforeCommit([&storage, row]() mutable -> Result<void> {
        auto tx = storage.begin(); // nests in the caller's
        if (!tx)
            return tx.error();
        auto last = storage.auditLog().last();
        if (!last)
            return last.error();
        row.seq = last.value() ? last.value()->seq + 1 : 1;
        row.prevHash = last.value() ? last.value()->hash : genesis();
        row.hash = entryHash(row);
        if (auto r = storage.auditLog().append(row); !r)
            return r.error();
        return tx.value()->commit();
    });
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
