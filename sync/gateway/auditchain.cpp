#include "auditchain.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/sha.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace jiujin::gateway {

QString AuditChain::genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::entryHash(const AuditRow &row)
{
    // SHA-256 of the entry's fields as one compact JSON array of strings. Written straight to
    // bytes (every case intake opens hashes an entry): the same text QJsonDocument writes, its
    // escapes included; a text that is not sound UTF-16 (which the document escapes as \uXXXX)
    // takes the document's way, so every chain verifies as before.
    const QString seq = QString::number(row.seq);
    const QString at = QString::number(row.at.toSecsSinceEpoch());
    const QString *const fields[] = {&row.prevHash, &seq,         &at,        &row.actor,
                                     &row.action,   &row.subject, &row.detail};
    QByteArray text;
    if (std::all_of(std::begin(fields), std::end(fields),
                    [](const QString *f) { return f->isValidUtf16(); })) {
        text.reserve(160 + row.detail.size() * 3);
        text += '[';
        for (const QString *f : fields) {
            if (f != fields[0])
                text += ',';
            protocol::json::appendJsonString(text, f->toUtf8());
        }
        text += ']';
    } else {
        QJsonArray array;
        for (const QString *f : fields)
            array.append(*f);
        text = QJsonDocument(array).toJson(QJsonDocument::Compact);
    }
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()), digest);
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

namespace {

/** The entries one write transaction appends, in the order given: each entry's step (run just
 *  before the commit) adds its row, and the last step to run chains them all and writes them in
 *  one go. Steps given in a nested transaction that rolled back never run and are not counted:
 *  the engine drops them (CentralStorage::beforeCommit), which ends their Ticket. */
struct PendingEntries
{
    QList<AuditRow> rows;
    int live = 0; ///< steps of this transaction not dropped (run or still to run)
    int ran = 0;
};

/** Held by one entry's step for as long as the engine keeps the step. */
class Ticket
{
public:
    explicit Ticket(std::shared_ptr<PendingEntries> pending) : m_pending(std::move(pending))
    {
        ++m_pending->live;
    }
    ~Ticket() { --m_pending->live; }
    Ticket(const Ticket &) = delete;
    Ticket &operator=(const Ticket &) = delete;
    PendingEntries &pending() const { return *m_pending; }

private:
    std::shared_ptr<PendingEntries> m_pending;
};

/** Per thread and storage: the entries of the write transaction open now, if it has any. The
 *  steps own them; once the transaction ends (its steps run or dropped), the entry expires. */
std::shared_ptr<PendingEntries> pendingOf(const CentralStorage &storage)
{
    static thread_local std::unordered_map<const CentralStorage *, std::weak_ptr<PendingEntries>>
        map;
    std::weak_ptr<PendingEntries> &slot = map[&storage];
    auto pending = slot.lock();
    if (!pending) {
        pending = std::make_shared<PendingEntries>();
        slot = pending;
    }
    return pending;
}

} // namespace

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
    auto ticket = std::make_shared<Ticket>(pendingOf(storage));
    return m_storage.beforeCommit([&storage, row, ticket]() -> Result<void> {
        PendingEntries &pending = ticket->pending();
        pending.rows.append(row);
        if (++pending.ran < pending.live)
            return {}; // more of this transaction's entries to come: chained together below
        // The last one: the head is read (and on PostgreSQL locked, until the commit) once for
        // the whole transaction, its entries chained in memory and written in one go.
        QList<AuditRow> rows = std::move(pending.rows);
        pending.rows.clear();
        pending.ran = 0;
        auto last = storage.auditLog().last();
        if (!last)
            return last.error();
        qint64 seq = last.value() ? last.value()->seq : 0;
        QString previous = last.value() ? last.value()->hash : genesis();
        for (AuditRow &r : rows) {
            r.seq = ++seq;
            r.prevHash = previous;
            r.hash = entryHash(r);
            previous = r.hash;
        }
        return storage.auditLog().append(rows);
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
