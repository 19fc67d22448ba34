#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin::gateway {

/** An operator account as stored (OperatorService). */
struct OperatorRow
{
    QString id, name;
    QString role;      ///< "clerk", "officer", "supervisor" or "technician"
    QStringList scope; ///< township codes (clerk) or department codes (officer); empty otherwise
    bool enabled = true;
    QString passwordHash;        ///< "$scrypt$ln=..,r=..,p=..$salt$hash"
    QByteArray totpSecretSealed; ///< empty: no TOTP
    qint64 totpLastStep = -1;    ///< the newest TOTP step accepted
    int failedLogins = 0;
    std::optional<QDateTime> lockedUntil;
    QDateTime createdAt, updatedAt;
};

/** An operator session: only the token's SHA-256 is stored. */
struct OperatorSessionRow
{
    QString tokenHash, operatorId;
    QDateTime createdAt, lastSeen;
    std::optional<QDateTime> endedAt;
};

/**
 * Central's operator accounts and their sessions. Reads fail closed: a storage error is an
 * Error, never "not found". Writes belong to the caller's open transaction.
 */
class OperatorRecords
{
public:
    virtual ~OperatorRecords() = default;

    /** Error::Busy when the id is taken. */
    virtual Result<void> insertOperator(const OperatorRow &row) = 0;
    /** Writes every field but id and createdAt. */
    virtual Result<void> updateOperator(const OperatorRow &row) = 0;
    virtual Result<std::optional<OperatorRow>> operatorById(const QString &id) = 0;
    /** Every operator, by id. */
    virtual Result<QList<OperatorRow>> operators() = 0;

    virtual Result<void> insertSession(const OperatorSessionRow &row) = 0;
    virtual Result<std::optional<OperatorSessionRow>> session(const QString &tokenHash) = 0;
    virtual Result<void> touchSession(const QString &tokenHash, const QDateTime &at) = 0;
    virtual Result<void> endSession(const QString &tokenHash, const QDateTime &at) = 0;
    /** Ends every open session of @p operatorId; how many. */
    virtual Result<int> endSessionsOf(const QString &operatorId, const QDateTime &at) = 0;
};

} // namespace jiujin::gateway
