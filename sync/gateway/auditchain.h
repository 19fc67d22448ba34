#pragma once

#include "caserecords.h"
#include "centralstorage.h"
#include "result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace jiujin::gateway {

/**
 * Central's hash-chained audit log: each entry's hash is SHA-256 over the previous entry's hash
 * and the entry itself (entryHash), the first entry's previous hash 64 zeros. verify() recomputes
 * the chain from the first entry: an edited, removed or reordered entry breaks it there.
 */
class AuditChain
{
public:
    explicit AuditChain(CentralStorage &storage) : m_storage(storage) {}

    /** The previous hash of the first entry. */
    static QString genesis();
    /** Lower-case hex SHA-256 of @p row's prevHash, seq, time, actor, action, subject and detail
     *  (as one compact JSON array: unambiguous, whatever the texts hold). */
    static QString entryHash(const AuditRow &row);

    /** Appends an entry after the newest; call inside the write transaction of what it records,
     *  so that both are stored or neither. The entry is chained as that transaction's last work,
     *  just before it commits (CentralStorage::beforeCommit), together with every other entry
     *  the transaction appends: the chain's head, which every writer takes in turn, is read and
     *  locked once per transaction (an intake batch: once, not once per case) and held for the
     *  entries' one write and the commit alone (DESIGN §11c). An entry appended in a nested
     *  transaction that rolls back goes with it. @p detail: never personal data. */
    Result<void> append(const QString &actor, const QString &action, const QString &subject,
                        const QString &detail, const QDateTime &at);

    struct Verification
    {
        qint64 entries = 0;             ///< entries checked
        std::optional<qint64> brokenAt; ///< the first entry that does not chain
        QString why;                    ///< what is wrong with it
    };
    /** Recomputes the whole chain (in pages, one snapshot); a read error is an Error. */
    Result<Verification> verify();

private:
    CentralStorage &m_storage;
};

} // namespace jiujin::gateway
