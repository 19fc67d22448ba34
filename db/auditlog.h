#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

namespace jiujin {

class Database;

/** One entry of the audit log as stored. */
struct AuditEntry
{
    qint64 seq = 0;
    QString at, actor, action, subject, detail, prevHash, hash;
};

/** The outcome of checking the whole chain: where it first breaks, if it does. */
struct AuditCheck
{
    bool ok = true;
    qint64 entries = 0;
    qint64 brokenAt = 0; ///< seq of the first entry that does not fit the chain; 0 when ok
    QString problem;
};

/**
 * Appends to and verifies the hash-chained audit log of state changes, staff logins and catalogue
 * switches. Each entry's hash covers the previous entry's hash, and the newest (seq, hash) is
 * also kept in kiosk_settings, so an edited, deleted, reordered or cut-off entry breaks the chain.
 * Entries never carry personal data: subjects are record UUIDs, staff numbers and versions.
 */
class AuditLog
{
public:
    /** When the newest (seq, hash) is copied to kiosk_settings. */
    enum class Head {
        EachEntry, ///< by every append()
        AtEnd,     ///< by writeHead(), once for many entries (call it before the commit)
    };
    explicit AuditLog(Database &db, Head head = Head::EachEntry) : m_db(db), m_head(head) {}

    /** Appends one entry. Call inside the transaction that makes the change it records. */
    Result<void> append(const QDateTime &at, const QString &actor, const QString &action,
                        const QString &subject, const QString &detail = QString());
    /** Head::AtEnd: copies the newest entry's (seq, hash), whoever appended it, to
     *  kiosk_settings; in the transaction of the appends, before it commits. */
    Result<void> writeHead();
    AuditCheck verify();

private:
    Database &m_db;
    Head m_head;
    QDateTime m_lastAt; ///< the instant of the last entry appended, and its text
    QString m_lastWhen;
};

} // namespace jiujin
